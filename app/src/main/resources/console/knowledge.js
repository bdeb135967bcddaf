// Knowledge review: list entries by status, edit one, publish or withdraw it (admins). User text only via textContent.
(function () {
  const $ = function (id) { return document.getElementById(id); };
  const form = $('editor');
  let current = null; // the entry being edited, or null for a new one
  let admin = false;

  function when(iso) { return iso ? new Date(iso).toLocaleString() : ''; }

  async function list() {
    const res = await osee.api('knowledge?status=' + encodeURIComponent($('status').value));
    const rows = $('rows');
    rows.textContent = '';
    res.entries.forEach(function (e) {
      const tr = document.createElement('tr');
      tr.dataset.id = e.id;
      tr.appendChild(osee.el('td', e.title));
      tr.appendChild(osee.el('td', e.status, 'status-' + e.status));
      tr.appendChild(osee.el('td', e.language));
      tr.appendChild(osee.el('td', when(e.updated_at)));
      tr.appendChild(osee.el('td', e.updated_by));
      if (current && current.id === e.id) tr.setAttribute('aria-selected', 'true');
      tr.addEventListener('click', function () { open(e.id); });
      rows.appendChild(tr);
    });
    $('empty').hidden = res.entries.length > 0;
  }

  function show(entry) {
    current = entry;
    form.hidden = false;
    $('heading').textContent = entry ? 'Entry ' + entry.id : 'New entry';
    $('title').value = entry ? entry.title : '';
    $('question').value = entry ? entry.question : '';
    $('answer').value = entry ? entry.answer : '';
    $('language').value = entry && ['en', 'fr', 'es', 'pt'].indexOf(entry.language) >= 0 ? entry.language : 'en';
    $('entry-status').textContent = entry ? entry.status : 'draft (not saved yet)';
    $('entry-status').className = 'status-' + (entry ? entry.status : 'draft');
    $('entry-meta').textContent = entry ? '· version ' + entry.version + ' · by ' + entry.author
      + (entry.updated_by !== entry.author ? ', last changed by ' + entry.updated_by : '') : '';
    const conv = $('entry-conversation');
    conv.hidden = !(entry && entry.conversation_id);
    if (entry && entry.conversation_id) conv.href = '/console/#' + encodeURIComponent(entry.conversation_id);
    const doc = $('entry-document');
    doc.hidden = !(entry && entry.status === 'published');
    if (entry) doc.href = entry.document;
    const editable = !entry || entry.status === 'draft' || admin;
    ['title', 'question', 'answer', 'language', 'save'].forEach(function (id) { $(id).disabled = !editable; });
    $('publish').hidden = !admin || !entry || entry.status === 'published';
    $('withdraw').hidden = !admin || !entry || entry.status === 'withdrawn';
    $('message').textContent = '';
  }

  async function open(id) {
    show(await osee.api('knowledge/' + encodeURIComponent(id)));
    history.replaceState(null, '', '?entry=' + encodeURIComponent(id));
    list();
  }

  function fields() {
    return { title: $('title').value, question: $('question').value, answer: $('answer').value,
      language: $('language').value, version: current ? current.version : 0 };
  }

  function changed() {
    if (!current) return true;
    const f = fields();
    return f.title !== current.title || f.question !== current.question || f.answer !== current.answer
      || f.language !== current.language;
  }

  async function save() {
    if (!current) {
      const res = await osee.api('knowledge', fields());
      show(res.entry);
      history.replaceState(null, '', '?entry=' + encodeURIComponent(res.id));
    } else if (changed()) {
      show(await osee.api('knowledge/' + encodeURIComponent(current.id), fields()));
    }
    list();
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    save().then(function () { $('message').textContent = 'Saved.'; }).catch(function () {});
  });
  $('publish').addEventListener('click', function () {
    save().then(function () { return osee.api('knowledge/' + encodeURIComponent(current.id) + '/publish', {}); })
      .then(function (e) { show(e); list(); $('message').textContent = 'Published: the assistant now cites it as “' + e.title + '”.'; })
      .catch(function () {});
  });
  $('withdraw').addEventListener('click', function () {
    if (!confirm('Withdraw this entry? The assistant stops citing it.')) return;
    osee.api('knowledge/' + encodeURIComponent(current.id) + '/withdraw', {})
      .then(function (e) { show(e); list(); $('message').textContent = 'Withdrawn.'; }).catch(function () {});
  });
  $('new').addEventListener('click', function () { show(null); history.replaceState(null, '', location.pathname); });
  $('refresh').addEventListener('click', list);
  $('status').addEventListener('change', list);

  osee.whoami().then(function (who) {
    admin = who.role === 'admin';
    const wanted = new URLSearchParams(location.search).get('entry');
    if (wanted) open(wanted); else list();
  });
})();
