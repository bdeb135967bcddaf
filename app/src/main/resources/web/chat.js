// The chat page: sends questions (and requests for a person) to /api/ask, shows replies with their sources and
// helpful / not helpful buttons (sent to /api/feedback), and polls for staff replies.
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
    return li;
  }

  function feedbackButtons(li, replyId) {
    const box = document.createElement('div');
    box.className = 'feedback';
    [[true, 'Helpful', '\u{1F44D}'], [false, 'Not helpful', '\u{1F44E}']].forEach(function (choice) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary ' + (choice[0] ? 'helpful' : 'not-helpful');
      b.setAttribute('aria-label', choice[1]);
      b.title = choice[1];
      b.textContent = choice[2];
      b.addEventListener('click', function () { sendFeedback(box, replyId, choice[0]); });
      box.appendChild(b);
    });
    li.appendChild(box);
  }

  async function sendFeedback(box, replyId, helpful) {
    box.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    try {
      const res = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversation: conversation, reply: replyId, helpful: helpful })
      });
      box.textContent = res.ok ? 'Thank you for your feedback.' : 'Your feedback could not be sent.';
    } catch (e) {
      box.textContent = 'Your feedback could not be sent.';
    }
  }

  function showReply(r) {
    if (r.seq && r.seq <= seen) return;
    if (r.seq) { seen = r.seq; sessionStorage.setItem('osee-seen', String(seen)); }
    const li = add(r.author === 'staff' ? 'staff' : 'bot', r.answer, r.author === 'staff' ? 'Staff' : 'Assistant',
      r.citations);
    if (r.author === 'bot' && r.id && r.decision === 'answer') feedbackButtons(li, r.id);
  }

  async function ask(question, kind) {
    add('user', question);
    send.disabled = true;
    const request = { question: question, kind: kind || 'text' };
    if (conversation) request.conversation = conversation;
    if (kind === 'human' && navigator.language) request.language = navigator.language.slice(0, 2).toLowerCase();
    try {
      const res = await fetch('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
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
  const human = document.getElementById('human');
  human.addEventListener('click', function () { ask(human.textContent, 'human'); });
  setInterval(poll, 5000);
})();
