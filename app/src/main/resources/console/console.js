// The staff console's queue and conversation view: filters and pages, assignment, the transcript with what the
// assistant retrieved, canned responses, replies and notes, and new escalations shown without a reload.
// User text only ever reaches the page through textContent (osee.el), never as HTML.
(function () {
  const el = osee.el;
  const $ = function (id) { return document.getElementById(id); };
  const PAGE = 25;
  const POLL_MS = 5000;
  let offset = 0;
  let total = 0;
  let current = null;
  let history = null;
  let me = null;
  let canned = [];
  let latestSeen = null;

  const reasons = {
    asked_for_person: 'asked for a person', sensitive_topic: 'sensitive topic', negative_feedback: 'negative feedback',
    low_confidence: 'low confidence', already_escalated: 'already escalated'
  };
  function lower(value) { return value ? String(value).toLowerCase() : ''; }
  function reasonText(reason) { return reason ? (reasons[lower(reason)] || lower(reason).replace(/_/g, ' ')) : ''; }
  function statusText(status) { return lower(status) === 'waiting_for_user' ? 'waiting for the person' : lower(status); }

  /** "4 min", "2 h 5 min", "3 d" since an instant. */
  function since(iso) {
    if (!iso) return '';
    const minutes = Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60000));
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return hours + ' h ' + (minutes % 60) + ' min';
    return Math.floor(hours / 24) + ' d';
  }

  function cell(tr, value, className) { const td = el('td', value, className); tr.appendChild(td); return td; }

  function query() {
    const params = new URLSearchParams();
    params.set('status', $('filter-status').value);
    [['channel', 'filter-channel'], ['language', 'filter-language'], ['assignee', 'filter-assignee'], ['q', 'filter-q']]
      .forEach(function (pair) { const v = $(pair[1]).value.trim(); if (v) params.set(pair[0], v); });
    params.set('limit', PAGE);
    params.set('offset', offset);
    return params.toString();
  }

  /** The assignee cell: nobody, me, or someone else (marked, so two people do not answer the same person). */
  function assigneeBadge(assignee, assigneeName) {
    if (!assignee) return el('span', 'nobody', 'badge');
    if (me && assignee === me.account) return el('span', 'me', 'badge mine');
    return el('span', (assigneeName || assignee) + ' is on it', 'badge other');
  }

  async function list() {
    const data = await osee.api('conversations?' + query());
    total = data.total;
    const rows = $('rows');
    rows.textContent = '';
    data.conversations.forEach(function (c) {
      const tr = document.createElement('tr');
      tr.className = lower(c.status) + (c.id === current ? ' current' : '');
      tr.dataset.id = c.id;
      cell(tr, c.preview || '(no text)', 'preview');
      cell(tr, c.participantName || c.participant, 'who');
      cell(tr, c.channel);
      cell(tr, c.language || '?');
      cell(tr, reasonText(c.escalationReason));
      cell(tr, since(c.waitingSince), 'waiting');
      cell(tr, '').appendChild(assigneeBadge(c.assignee, c.assigneeName));
      cell(tr, statusText(c.status));
      tr.addEventListener('click', function () { open(c.id); });
      rows.appendChild(tr);
    });
    $('empty').hidden = data.conversations.length > 0;
    const last = Math.min(total, offset + data.conversations.length);
    $('page-info').textContent = total === 0 ? '0 conversations' : (offset + 1) + '–' + last + ' of ' + total;
    $('prev').disabled = offset === 0;
    $('next').disabled = offset + PAGE >= total;
  }

  function citations(m) {
    const box = el('div', null, 'explain citations');
    box.appendChild(el('span', 'Cited:'));
    const ol = el('ol');
    m.citations.forEach(function (c) {
      const li = el('li', (c.title || c.source) + (c.section ? ' — ' + c.section : ''));
      if (c.url && /^https?:\/\//.test(c.url)) {
        li.appendChild(document.createTextNode(' '));
        const a = el('a', 'open');
        a.href = c.url; a.target = '_blank'; a.rel = 'noopener noreferrer';
        li.appendChild(a);
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
    return box;
  }

  function passages(m) {
    const details = el('details', null, 'explain passages');
    details.appendChild(el('summary', 'Passages retrieved (' + m.retrieved.length + ')'));
    const ol = el('ol');
    m.retrieved.forEach(function (p) {
      const li = el('li');
      li.appendChild(el('span', p.score.toFixed(2), 'score'));
      li.appendChild(document.createTextNode(' ' + (p.title || p.source) + (p.section ? ' — ' + p.section : '') +
        ' (' + p.source + ')'));
      li.appendChild(el('span', p.excerpt + (p.excerpt.length >= 300 ? '…' : ''), 'excerpt'));
      ol.appendChild(li);
    });
    details.appendChild(ol);
    return details;
  }

  function message(m) {
    const note = m.author === 'INTERNAL_NOTE';
    const li = el('li', null, note ? 'note' : lower(m.author));
    if (note) li.appendChild(el('span', 'internal note — the person never sees this', 'note-label'));
    let meta = (note ? (m.authorName || 'staff') : m.author === 'BOT' ? 'assistant'
      : m.author === 'STAFF' ? 'staff · ' + m.authorName : 'person' + (m.authorName ? ' · ' + m.authorName : ''));
    if (m.decision) meta += ' · ' + lower(m.decision);
    if (m.confidence !== null && m.confidence !== undefined && m.author === 'BOT') meta += ' · confidence ' + m.confidence.toFixed(2);
    if (m.escalationReason) meta += ' · ' + reasonText(m.escalationReason);
    if (m.delivery) meta += ' · ' + lower(m.delivery);
    meta += ' · ' + new Date(m.createdAt).toLocaleString();
    li.appendChild(el('span', meta, 'meta'));
    li.appendChild(document.createTextNode(m.text));
    if (m.citations && m.citations.length) li.appendChild(citations(m));
    if (m.retrieved && m.retrieved.length) li.appendChild(passages(m));
    (history.feedback || []).filter(function (f) { return f.messageId === m.id; }).forEach(function (f) {
      li.appendChild(el('span', (f.helpful ? 'rated helpful' : 'rated not helpful') + ' · ' +
        new Date(f.at).toLocaleString() + (f.comment ? ': ' + f.comment : ''), 'feedback ' + (f.helpful ? 'helpful' : 'not-helpful')));
    });
    return li;
  }

  function showAssignment() {
    const marker = $('assignee-marker');
    marker.textContent = '';
    if (!history.assignee) {
      marker.appendChild(el('span', 'Nobody is working on this conversation.', 'badge'));
    } else if (me && history.assignee === me.account) {
      marker.appendChild(el('span', 'You are working on this conversation.', 'badge mine'));
    } else {
      marker.appendChild(el('span', (history.assigneeName || history.assignee) + ' is working on this conversation.', 'badge other'));
    }
    $('assign').hidden = !!(me && history.assignee === me.account);
    $('assign').textContent = history.assignee ? 'Take over' : 'Assign to me';
    $('unassign').hidden = !history.assignee;
  }

  function fillCanned() {
    const select = $('canned-select');
    const lang = history ? history.conversation.language : null;
    select.textContent = '';
    select.appendChild(el('option', canned.length ? 'choose…' : 'none yet (admins add them)'));
    select.firstChild.value = '';
    canned.slice().sort(function (a, b) {
      return (a.language === lang ? 0 : 1) - (b.language === lang ? 0 : 1) || a.title.localeCompare(b.title);
    }).forEach(function (c) {
      const option = el('option', '[' + c.language + '] ' + c.title);
      option.value = String(c.id);
      select.appendChild(option);
    });
  }

  async function open(id) {
    current = id;
    history = await osee.api('conversations/' + encodeURIComponent(id));
    $('detail').hidden = false;
    const c = history.conversation;
    $('title').textContent = c.channel + ' · ' + (c.participantName || c.participant) + ' · ' + (c.language || '?') +
      ' · ' + statusText(c.status);
    showAssignment();
    const log = $('log');
    log.textContent = '';
    history.messages.forEach(function (m) { log.appendChild(message(m)); });
    fillCanned();
    Array.prototype.forEach.call(document.querySelectorAll('#rows tr'), function (tr) {
      tr.classList.toggle('current', tr.dataset.id === id);
    });
  }

  async function act(path, body) {
    await osee.api('conversations/' + encodeURIComponent(current) + '/' + path, body);
    await open(current);
    await list();
  }

  function insertCanned() {
    const chosen = canned.filter(function (c) { return String(c.id) === $('canned-select').value; })[0];
    if (!chosen) return;
    const box = $('text');
    const start = box.selectionStart || 0;
    const end = box.selectionEnd || 0;
    box.value = box.value.slice(0, start) + chosen.text + box.value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + chosen.text.length;
  }

  /** New escalations: a cheap value read every few seconds, so every instance's escalations show up here. */
  async function poll() {
    try {
      const res = await fetch('/console/api/escalations/latest', { credentials: 'same-origin' });
      if (!res.ok) return;
      const data = await res.json();
      if (latestSeen !== null && data.latest > latestSeen) {
        const banner = $('new-escalations');
        banner.textContent = 'New escalation — the queue was updated. ' + data.escalated + ' conversation(s) escalated.';
        banner.hidden = false;
        document.title = '(' + data.escalated + ') OSEE Assistant — staff console';
        await list();
      }
      latestSeen = data.latest;
      document.body.dataset.polled = 'true';
    } catch (e) { /* offline for a moment: try again at the next tick */ }
  }

  $('filters').addEventListener('submit', function (e) { e.preventDefault(); offset = 0; list(); });
  $('prev').addEventListener('click', function () { offset = Math.max(0, offset - PAGE); list(); });
  $('next').addEventListener('click', function () { offset += PAGE; list(); });
  $('assign').addEventListener('click', function () {
    if (history.assignee && (!me || history.assignee !== me.account) &&
        !confirm((history.assigneeName || history.assignee) + ' is working on this. Take it over?')) return;
    act('assign', { assignee: 'me' });
  });
  $('unassign').addEventListener('click', function () { act('assign', { assignee: '' }); });
  $('canned-insert').addEventListener('click', insertCanned);
  $('reply').addEventListener('click', function () {
    const text = $('text').value;
    if (text.trim()) act('reply', { text: text }).then(function () { $('text').value = ''; });
  });
  $('note').addEventListener('click', function () {
    const text = $('text').value;
    if (text.trim()) act('note', { text: text }).then(function () { $('text').value = ''; });
  });
  $('resolve').addEventListener('click', function () { act('status', { status: 'resolved' }); });
  $('handback').addEventListener('click', function () { act('status', { status: 'open' }); });
  // a draft FAQ entry prefilled from the conversation, opened for editing; an admin publishes it
  $('knowledge').addEventListener('click', function () {
    osee.api('conversations/' + encodeURIComponent(current) + '/knowledge', {})
      .then(function (r) { location.href = r.page; });
  });
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) { $('new-escalations').hidden = true; document.title = 'OSEE Assistant — staff console'; }
  });

  (async function start() {
    me = await osee.whoami();
    canned = (await osee.api('canned')).canned;
    await list();
    await poll();
    setInterval(poll, POLL_MS);
    // links in escalation notices (Discord staff channel, staff email) end in #<conversation id>
    if (location.hash.length > 1) open(decodeURIComponent(location.hash.slice(1)));
  })();
})();
