// The staff console: lists conversations, shows one, sends replies and notes, changes status.
(function () {
  const rows = document.getElementById('rows');
  const status = document.getElementById('status');
  const detail = document.getElementById('detail');
  const log = document.getElementById('log');
  const text = document.getElementById('text');
  let current = null;
  let history = null;

  const api = function (path, body) { return osee.api(path, body); };

  function cell(tr, value) { const td = document.createElement('td'); td.textContent = value; tr.appendChild(td); }

  async function list() {
    const data = await api('conversations?status=' + status.value);
    rows.textContent = '';
    data.conversations.forEach(function (c) {
      const tr = document.createElement('tr');
      tr.className = c.status.toLowerCase();
      cell(tr, c.status.toLowerCase()); cell(tr, c.channel); cell(tr, c.participantName || c.participant);
      cell(tr, new Date(c.updatedAt).toLocaleString());
      tr.style.cursor = 'pointer';
      tr.addEventListener('click', function () { open(c.id); });
      rows.appendChild(tr);
    });
  }

  async function open(id) {
    current = id;
    history = await api('conversations/' + encodeURIComponent(id));
    detail.hidden = false;
    document.getElementById('title').textContent = history.conversation.channel + ' · ' +
      (history.conversation.participantName || history.conversation.participant) + ' · ' + history.conversation.status.toLowerCase();
    log.textContent = '';
    history.messages.forEach(function (m) {
      const li = document.createElement('li');
      li.className = m.author === 'USER' ? 'user' : m.author === 'STAFF' ? 'staff' : 'bot';
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = m.author.toLowerCase() + (m.decision ? ' · ' + m.decision.toLowerCase() : '') +
        (m.escalationReason ? ' · ' + m.escalationReason.toLowerCase() : '') + ' · ' + new Date(m.createdAt).toLocaleString();
      li.appendChild(meta);
      li.appendChild(document.createTextNode(m.text));
      (history.feedback || []).filter(function (f) { return f.messageId === m.id; }).forEach(function (f) {
        const badge = document.createElement('span');
        badge.className = 'feedback ' + (f.helpful ? 'helpful' : 'not-helpful');
        badge.textContent = (f.helpful ? 'rated helpful' : 'rated not helpful') + ' · ' +
          new Date(f.at).toLocaleString() + (f.comment ? ': ' + f.comment : '');
        li.appendChild(badge);
      });
      log.appendChild(li);
    });
  }

  async function act(path, body) { await api('conversations/' + encodeURIComponent(current) + '/' + path, body); text.value = ''; await open(current); await list(); }

  document.getElementById('reply').addEventListener('click', function () { if (text.value.trim()) act('reply', { text: text.value }); });
  document.getElementById('note').addEventListener('click', function () { if (text.value.trim()) act('note', { text: text.value }); });
  document.getElementById('resolve').addEventListener('click', function () { act('status', { status: 'resolved' }); });
  document.getElementById('handback').addEventListener('click', function () { act('status', { status: 'open' }); });
  document.getElementById('knowledge').addEventListener('click', function () {
    const question = history.messages.filter(function (m) { return m.author === 'USER'; }).pop();
    const answer = history.messages.filter(function (m) { return m.author === 'STAFF'; }).pop();
    if (!question || !answer) { alert('Needs a question and a staff reply.'); return; }
    const title = prompt('Title of the new guide', question.text.slice(0, 80));
    if (title) api('conversations/' + encodeURIComponent(current) + '/knowledge',
      { title: title, question: question.text, answer: answer.text }).then(function (r) { alert('Saved as ' + r.source); });
  });
  document.getElementById('refresh').addEventListener('click', list);
  status.addEventListener('change', list);
  list();
  // links in escalation notices (Discord staff channel) end in #<conversation id>
  if (location.hash.length > 1) open(decodeURIComponent(location.hash.slice(1)));
})();
