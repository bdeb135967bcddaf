// Canned responses: listed for everybody, created, edited and deleted by admins (the server refuses staff).
(function () {
  const el = osee.el;
  const $ = function (id) { return document.getElementById(id); };
  let editing = null;
  let admin = false;

  function edit(c) {
    editing = c ? c.id : null;
    $('editor-title').textContent = c ? 'Edit "' + c.title + '"' : 'New canned response';
    $('form-language').value = c ? c.language : ($('language').value || 'en');
    $('form-title').value = c ? c.title : '';
    $('form-text').value = c ? c.text : '';
    $('form-title').focus();
  }

  async function list() {
    const lang = $('language').value;
    const data = await osee.api('canned' + (lang ? '?language=' + encodeURIComponent(lang) : ''));
    const ul = $('list');
    ul.textContent = '';
    data.canned.forEach(function (c) {
      const li = el('li');
      li.dataset.id = c.id;
      li.appendChild(el('strong', '[' + c.language + '] ' + c.title));
      li.appendChild(el('span', ' · ' + c.updatedBy + ' · ' + new Date(c.updatedAt).toLocaleString(), 'meta'));
      li.appendChild(el('div', c.text, 'canned-text'));
      if (admin) {
        const actions = el('div', null, 'actions');
        const change = el('button', 'Edit', 'secondary');
        change.type = 'button';
        change.addEventListener('click', function () { edit(c); });
        const remove = el('button', 'Delete', 'secondary');
        remove.type = 'button';
        remove.addEventListener('click', async function () {
          if (!confirm('Delete "' + c.title + '"?')) return;
          await osee.api('canned/' + c.id + '/delete', {});
          if (editing === c.id) edit(null);
          list();
        });
        actions.appendChild(change);
        actions.appendChild(remove);
        li.appendChild(actions);
      }
      ul.appendChild(li);
    });
    $('empty').hidden = data.canned.length > 0;
  }

  $('form').addEventListener('submit', async function (e) {
    e.preventDefault();
    const body = { language: $('form-language').value, title: $('form-title').value, text: $('form-text').value };
    await osee.api('canned' + (editing ? '/' + editing : ''), body);
    edit(null);
    list();
  });
  $('cancel').addEventListener('click', function () { edit(null); });
  $('language').addEventListener('change', list);

  (async function start() {
    const who = await osee.whoami();
    admin = who.role === 'admin';
    $('editor').hidden = !admin;
    if (admin) edit(null);
    await list();
  })();
})();
