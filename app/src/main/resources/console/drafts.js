// Draft review: lists the answers held for staff, oldest first; approve (with the edited text) or discard each.
(function () {
  const list = document.getElementById('drafts');
  const empty = document.getElementById('empty');
  const OLD_HOURS = 4;

  /** "3 min", "2 h 5 min", "1 d 3 h": how long the person has been waiting. */
  function age(since) {
    const minutes = Math.max(0, Math.floor((Date.now() - new Date(since).getTime()) / 60000));
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return hours + ' h ' + (minutes % 60) + ' min';
    return Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
  }

  function source(c) {
    const li = osee.el('li');
    const label = c.title ? c.title + (c.section && c.section !== c.title ? ' — ' + c.section : '') : c.source;
    if (c.url && /^https?:\/\//i.test(c.url)) {
      const a = osee.el('a', label);
      a.href = c.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      li.appendChild(a);
    } else {
      li.appendChild(document.createTextNode(label));
    }
    li.appendChild(osee.el('span', ' (' + c.source + ')', 'meta'));
    return li;
  }

  function card(d) {
    const li = osee.el('li');
    li.dataset.id = d.id;
    li.dataset.conversation = d.conversationId;
    const meta = osee.el('p', null, 'meta');
    const waited = osee.el('span', 'waiting ' + age(d.createdAt), 'age');
    if ((Date.now() - new Date(d.createdAt).getTime()) / 3600000 >= OLD_HOURS) waited.classList.add('old');
    meta.appendChild(waited);
    meta.appendChild(document.createTextNode(' · ' + d.channel + ' · ' + d.language + ' · ' + d.participant +
      ' · confidence ' + Number(d.confidence).toFixed(2) + ' · held ' + new Date(d.createdAt).toLocaleString()));
    li.appendChild(meta);
    li.appendChild(osee.el('h2', 'Question'));
    li.appendChild(osee.el('blockquote', d.question || '(the question is no longer kept)', 'question'));
    li.appendChild(osee.el('h2', 'Drafted answer'));
    const answer = osee.el('textarea', null, 'answer');
    answer.value = d.answer;
    answer.setAttribute('aria-label', 'Drafted answer, editable');
    li.appendChild(answer);
    if (d.citations.length) {
      li.appendChild(osee.el('h2', 'Sources'));
      const sources = osee.el('ol', null, 'sources');
      d.citations.forEach(function (c) { sources.appendChild(source(c)); });
      li.appendChild(sources);
    }
    const actions = osee.el('div', null, 'actions');
    const approve = osee.el('button', 'Approve and send', 'approve');
    approve.type = 'button';
    const discard = osee.el('button', 'Discard, I will write my own', 'discard secondary');
    discard.type = 'button';
    const outcome = osee.el('p', null, 'outcome');
    approve.addEventListener('click', function () {
      const edited = answer.value.trim();
      if (!edited) { outcome.textContent = 'The answer is empty: write one, or discard the draft.'; return; }
      decide(li, 'approve', edited === d.answer.trim() ? {} : { text: answer.value }, 'Sent.');
    });
    discard.addEventListener('click', function () {
      decide(li, 'discard', {}, 'Discarded: reply from the queue.');
    });
    actions.appendChild(approve);
    actions.appendChild(discard);
    li.appendChild(actions);
    li.appendChild(outcome);
    return li;
  }

  async function decide(li, verb, body, done) {
    li.querySelectorAll('button, textarea').forEach(function (e) { e.disabled = true; });
    try {
      await osee.api('drafts/' + encodeURIComponent(li.dataset.id) + '/' + verb, body);
      li.querySelector('.outcome').textContent = done;
      li.classList.add('decided');
    } catch (e) {
      await load(); // decided by someone else meanwhile, or refused: show what is left
    }
  }

  async function load() {
    const data = await osee.api('drafts');
    list.textContent = '';
    data.drafts.forEach(function (d) { list.appendChild(card(d)); });
    empty.hidden = data.drafts.length > 0;
    // the queue links here with #<conversation id>
    if (location.hash.length > 1) {
      const wanted = decodeURIComponent(location.hash.slice(1));
      list.querySelectorAll('li[data-conversation]').forEach(function (li) {
        if (li.dataset.conversation === wanted) { li.classList.add('highlight'); li.scrollIntoView(); }
      });
    }
  }

  document.getElementById('refresh').addEventListener('click', load);
  load();
})();
