// Accounts (admins only; the server refuses everyone else): list, add, change role, reset password, disable.
(function () {
  const rows = document.getElementById('accounts');
  const message = document.getElementById('message');
  const el = osee.el;

  function cell(tr, child) {
    const td = document.createElement('td');
    if (typeof child === 'string') td.textContent = child; else if (child) td.appendChild(child);
    tr.appendChild(td);
    return td;
  }

  function button(label, action) {
    const b = el('button', label, 'secondary');
    b.type = 'button';
    b.addEventListener('click', function () { action().then(load).catch(function () {}); });
    return b;
  }

  async function load() {
    const data = await osee.api('accounts');
    rows.textContent = '';
    data.accounts.forEach(function (a) {
      const tr = document.createElement('tr');
      tr.dataset.name = a.name;
      if (a.disabled) tr.className = 'disabled';
      cell(tr, a.name);
      cell(tr, a.displayName);
      const role = document.createElement('select');
      ['staff', 'admin'].forEach(function (r) { const o = el('option', r); o.value = r; role.appendChild(o); });
      role.value = a.role;
      role.addEventListener('change', function () {
        osee.api('accounts/' + encodeURIComponent(a.name), { role: role.value }).then(load).catch(load);
      });
      cell(tr, role);
      cell(tr, a.disabled ? 'disabled' : a.locked ? 'locked' : 'active');
      cell(tr, new Date(a.createdAt).toLocaleDateString());
      const actions = cell(tr, null);
      actions.appendChild(button(a.disabled ? 'Enable' : 'Disable', function () {
        return osee.api('accounts/' + encodeURIComponent(a.name), { disabled: !a.disabled });
      }));
      actions.appendChild(button('Reset password', async function () {
        const password = window.prompt('New password for ' + a.name + ' (at least 10 characters)');
        if (!password) return;
        await osee.api('accounts/' + encodeURIComponent(a.name) + '/password', { password: password });
        message.textContent = 'Password of ' + a.name + ' reset; their sessions ended.';
      }));
      rows.appendChild(tr);
    });
  }

  document.getElementById('add').addEventListener('submit', function (event) {
    event.preventDefault();
    const name = document.getElementById('new-name');
    const password = document.getElementById('new-password');
    osee.api('accounts', {
      name: name.value, displayName: document.getElementById('new-display').value,
      role: document.getElementById('new-role').value, password: password.value
    }).then(function (a) {
      message.textContent = 'Added ' + a.name + ' (' + a.role + ').';
      name.value = ''; password.value = ''; document.getElementById('new-display').value = '';
      return load();
    }).catch(function () {});
  });

  load().catch(function () {});
})();
