// The chat page: sends questions to /api/ask and shows replies with their sources; polls for staff replies.
(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  let conversation = sessionStorage.getItem('osee-conversation');
  let seen = Number(sessionStorage.getItem('osee-seen') || 0);

  function add(kind, text, meta, citations) {
    const li = document.createElement('li');
    li.className = kind;
    if (meta) {
      const m = document.createElement('span');
      m.className = 'meta';
      m.textContent = meta;
      li.appendChild(m);
    }
    li.appendChild(document.createTextNode(text));
    if (citations && citations.length) {
      const ol = document.createElement('ol');
      ol.className = 'sources';
      citations.forEach(function (c) {
        const item = document.createElement('li');
        const label = c.title + (c.section ? ' — ' + c.section : '');
        if (c.url && /^https?:\/\//.test(c.url)) {
          const a = document.createElement('a');
          a.href = c.url;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          a.textContent = label;
          item.appendChild(a);
        } else {
          item.textContent = label + ' (' + c.source + ')';
        }
        ol.appendChild(item);
      });
      li.appendChild(ol);
    }
    log.appendChild(li);
    li.scrollIntoView({ block: 'end' });
  }

  function showReply(r) {
    if (r.seq && r.seq <= seen) return;
    if (r.seq) { seen = r.seq; sessionStorage.setItem('osee-seen', String(seen)); }
    add(r.author === 'staff' ? 'staff' : 'bot', r.answer, r.author === 'staff' ? 'Staff' : 'Assistant', r.citations);
    if (r.decision === 'decline') offerPerson();
  }

  // A declined question is not passed to staff; one click asks for a person, as typing /human does.
  function offerPerson() {
    const li = document.createElement('li');
    li.className = 'bot offer';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ask-person';
    button.textContent = 'Ask a member of staff';
    button.addEventListener('click', function () { li.remove(); ask('/human'); });
    li.appendChild(button);
    log.appendChild(li);
  }

  async function ask(question) {
    add('user', question);
    send.disabled = true;
    try {
      const res = await fetch('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(conversation ? { question: question, conversation: conversation } : { question: question })
      });
      const body = await res.json();
      if (!res.ok) { add('bot', body.error || 'Something went wrong.', 'Error'); return; }
      conversation = body.conversation;
      sessionStorage.setItem('osee-conversation', conversation);
      if (!body.pending) showReply(body);
    } catch (e) {
      add('bot', 'The assistant cannot be reached right now. Please try again.', 'Error');
    } finally {
      send.disabled = false;
    }
  }

  async function poll() {
    if (!conversation) return;
    try {
      const res = await fetch('/api/messages?conversation=' + encodeURIComponent(conversation) + '&after=' + seen);
      if (res.ok) (await res.json()).messages.forEach(showReply);
    } catch (e) { /* try again later */ }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    const q = input.value.trim();
    if (q) { input.value = ''; ask(q); }
  });
  document.getElementById('human').addEventListener('click', function () { ask('I would like to talk to a person'); });
  setInterval(poll, 5000);
})();
