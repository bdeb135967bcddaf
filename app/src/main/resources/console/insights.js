// The insights page: key figures and the knowledge-gap table from /console/api/insights, charts as server-drawn SVG
// images, CSV downloads for the chosen date range. Text from questions is only ever set as textContent.
(function () {
  const form = document.getElementById('range');
  const from = document.getElementById('from');
  const to = document.getElementById('to');
  const low = document.getElementById('low');
  const status = document.getElementById('status');

  function iso(date) { return date.toISOString().slice(0, 10); }

  function query() {
    const q = new URLSearchParams();
    if (from.value) q.set('from', from.value);
    if (to.value) q.set('to', to.value);
    if (low.value) q.set('low', low.value);
    return q;
  }

  function percent(rate) { return rate === null || rate === undefined ? '–' : Math.round(rate * 100) + '%'; }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    if (seconds < 60) return seconds + ' s';
    if (seconds < 3600) return Math.round(seconds / 60) + ' min';
    if (seconds < 172800) return (seconds / 3600).toFixed(1) + ' h';
    return (seconds / 86400).toFixed(1) + ' days';
  }

  function set(id, text) { document.getElementById(id).textContent = text; }

  function showFigures(data) {
    set('questions', String(data.totals.questions));
    set('answer-rate', percent(data.totals.answer_rate));
    set('helpful-rate', percent(data.feedback.helpful_rate));
    set('feedback-detail', 'found helpful (' + data.feedback.helpful + ' helpful, ' + data.feedback.not_helpful + ' not helpful)');
    set('median-reply', duration(data.staff.median_reply_seconds));
    set('staff-detail', 'median time to a staff reply (' + data.staff.answered + ' answered, ' + data.staff.awaiting + ' waiting)');
  }

  function showGaps(groups) {
    const body = document.getElementById('gap-rows');
    body.textContent = '';
    if (!groups.length) {
      const tr = osee.el('tr');
      const td = osee.el('td', 'No unanswered questions in this range.');
      td.colSpan = 7;
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    groups.forEach(function (g) {
      const tr = osee.el('tr', null, 'gap');
      tr.appendChild(osee.el('td', g.label, 'topic'));
      tr.appendChild(osee.el('td', String(g.count), 'count'));
      ['escalated', 'declined', 'low_confidence'].forEach(function (k) {
        tr.appendChild(osee.el('td', String(g.by_kind[k] || 0)));
      });
      const examples = osee.el('td');
      const ul = osee.el('ul', null, 'examples');
      g.examples.forEach(function (e) { ul.appendChild(osee.el('li', e)); });
      examples.appendChild(ul);
      tr.appendChild(examples);
      tr.appendChild(osee.el('td', new Date(g.last_asked).toLocaleString()));
      body.appendChild(tr);
    });
  }

  async function load() {
    const q = query();
    status.textContent = 'Loading…';
    const stamp = '&t=' + Date.now();
    document.getElementById('chart-decision').src = '/console/api/insights/daily.svg?by=decision&' + q + stamp;
    document.getElementById('chart-channel').src = '/console/api/insights/daily.svg?by=channel&' + q + stamp;
    document.getElementById('chart-gaps').src = '/console/api/insights/gaps.svg?' + q + stamp;
    document.getElementById('daily-csv').href = '/console/api/insights/daily.csv?' + q;
    document.getElementById('gaps-csv').href = '/console/api/insights/gaps.csv?' + q;
    try {
      const data = await osee.api('insights?' + q);
      from.value = data.from;
      to.value = data.to;
      showFigures(data);
      showGaps(data.gaps);
      status.textContent = data.from + ' to ' + data.to + ' (UTC days)';
    } catch (e) {
      status.textContent = 'The figures could not be loaded.';
    }
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  const today = new Date();
  to.value = iso(today);
  from.value = iso(new Date(today.getTime() - 29 * 86400000));
  load();
})();
