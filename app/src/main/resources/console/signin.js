// The sign-in page: posts the name and password as JSON, then opens the page asked for (only a console page).
(function () {
  const form = document.getElementById('signin');
  const message = document.getElementById('message');

  function next() {
    const asked = new URLSearchParams(location.search).get('next') || '';
    return /^\/console(\/[^\/\\]|\/?$)/.test(asked) && asked.indexOf('//') < 0 ? asked : '/console/';
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    message.textContent = '';
    const button = document.getElementById('submit');
    button.disabled = true;
    try {
      const res = await fetch('/console/api/signin', {
        method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: document.getElementById('name').value, password: document.getElementById('password').value })
      });
      const json = await res.json().catch(function () { return {}; });
      if (res.ok) { location.href = next(); return; }
      message.textContent = json.error || ('Sign-in failed (' + res.status + ')');
    } catch (e) {
      message.textContent = 'The server could not be reached.';
    } finally {
      button.disabled = false;
    }
  });
})();
