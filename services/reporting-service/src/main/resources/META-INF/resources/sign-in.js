// The sign-in: on the local stack one button per analyst whose dev token the stack wrote (the server sets the
// session cookie). Elsewhere the page says where to sign in instead.
// The pages' policy allows no form submissions (form-action 'none'), so the choice is a same-origin request.
'use strict';

async function offerMethods() {
  const methods = await (await fetch('/sign-in/methods', { headers: { Accept: 'application/json' } })).json();
  document.getElementById('local-intro').hidden = !methods.local;
  if (methods.local) { await listUsers(); return; }
  document.getElementById('no-local').hidden = false;
}

async function listUsers() {
  const response = await fetch('/sign-in/local/users', { headers: { Accept: 'application/json' } });
  const list = document.getElementById('users');
  for (const user of await response.json()) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'user';
    button.textContent = `${user.subject} (${user.organisation})`;
    button.addEventListener('click', () => signIn(user));
    const item = document.createElement('li');
    item.appendChild(button);
    list.appendChild(item);
  }
}

async function signIn(user) {
  const response = await fetch('/sign-in/local', { method: 'POST', credentials: 'same-origin',
    body: new URLSearchParams(user) });
  if (response.ok) { window.location.assign('/'); }
}

Polku.initLanguage();
offerMethods();
