// The audit log (admins only): filters by account, action prefix and dates; pages of 50, newest first.
(function () {
  const PAGE = 50;
  const rows = document.getElementById('entries');
  let offset = 0;

  function value(id) { return document.getElementById(id).value.trim(); }

  async function load() {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    ['actor', 'action', 'from', 'to'].forEach(function (k) { if (value(k)) q.set(k, value(k)); });
    const data = await osee.api('audit?' + q.toString());
    rows.textContent = '';
    data.entries.forEach(function (e) {
      const tr = document.createElement('tr');
      [new Date(e.at).toLocaleString(), e.actor, e.action, e.target, e.detail].forEach(function (v) {
        tr.appendChild(osee.el('td', v));
      });
      rows.appendChild(tr);
    });
    document.getElementById('page').textContent = data.entries.length
      ? (offset + 1) + '–' + (offset + data.entries.length) : 'nothing';
    document.getElementById('newer').disabled = offset === 0;
    document.getElementById('older').disabled = !data.more;
  }

  document.getElementById('filters').addEventListener('submit', function (event) {
    event.preventDefault(); offset = 0; load().catch(function () {});
  });
  document.getElementById('newer').addEventListener('click', function () {
    offset = Math.max(0, offset - PAGE); load().catch(function () {});
  });
  document.getElementById('older').addEventListener('click', function () {
    offset += PAGE; load().catch(function () {});
  });
  load().catch(function () {});
})();
