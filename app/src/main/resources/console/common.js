// Shared by every console page: the signed-in account and JSON calls to /console/api with the CSRF token.
window.osee = (function () {
  let me = null;

  /** The signed-in account: { account, name, role, csrf }. */
  async function whoami() {
    if (!me) {
      const res = await fetch('/console/api/me', { credentials: 'same-origin' });
      if (res.status === 401) { location.href = '/console/signin?next=' + encodeURIComponent(location.pathname + location.search + location.hash); throw new Error('signed out'); }
      me = await res.json();
    }
    return me;
  }

  /** Calls the console API; GET when body is undefined, else POST (or the given method) with a JSON body. */
  async function api(path, body, method) {
    const options = { credentials: 'same-origin', headers: {} };
    if (body !== undefined || (method && method !== 'GET')) {
      const who = await whoami();
      options.method = method || 'POST';
      options.headers['Content-Type'] = 'application/json';
      if (who.csrf) options.headers['X-CSRF-Token'] = who.csrf;
      options.body = JSON.stringify(body === undefined ? {} : body);
    }
    const res = await fetch('/console/api/' + path, options);
    const type = res.headers.get('Content-Type') || '';
    const json = type.indexOf('json') >= 0 ? await res.json() : {};
    if (!res.ok) { alert(json.error || ('Request failed: ' + res.status)); throw new Error(json.error || String(res.status)); }
    return json;
  }

  /** A text node or element with text only: user text never becomes HTML. */
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  /** The console's pages, in the order of the navigation bar; admin-only ones last. */
  const PAGES = [
    { href: '/console/', label: 'Queue' },
    { href: '/console/drafts.html', label: 'Drafts' },
    { href: '/console/canned.html', label: 'Canned answers' },
    { href: '/console/knowledge.html', label: 'Knowledge' },
    { href: '/console/insights.html', label: 'Insights' },
    { href: '/console/accounts.html', label: 'Accounts', admin: true },
    { href: '/console/audit.html', label: 'Audit log', admin: true }
  ];

  /** Fills <nav id="console-nav"> with the pages this account may open and who is signed in. */
  async function nav() {
    const bar = document.getElementById('console-nav');
    if (!bar) return;
    const who = await whoami();
    bar.textContent = '';
    PAGES.filter(function (p) { return !p.admin || who.role === 'admin'; }).forEach(function (p) {
      const a = el('a', p.label);
      a.href = p.href;
      if (location.pathname === p.href) a.setAttribute('aria-current', 'page');
      bar.appendChild(a);
    });
    bar.appendChild(el('span', who.name + ' (' + who.role + ')', 'who'));
    const out = el('button', 'Sign out', 'secondary');
    out.type = 'button';
    out.id = 'signout';
    out.addEventListener('click', signOut);
    bar.appendChild(out);
  }

  /** Ends the session and goes back to the sign-in page. */
  async function signOut() {
    try { await api('signout', {}); } finally { me = null; location.href = '/console/signin'; }
  }

  document.addEventListener('DOMContentLoaded', function () { nav().catch(function () {}); });

  return { whoami: whoami, api: api, el: el, nav: nav, signOut: signOut };
})();
