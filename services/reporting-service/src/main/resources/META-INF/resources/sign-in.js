// The sign-in: on the local stack one button per analyst whose dev token the stack wrote (the server sets the
// session cookie); where the county's identity provider is configured, a link to its sign-in (/sign-in/county),
// followed at once when it is the only way in, unless the provider just signed in someone without the analyst role.
// The pages' policy allows no form submissions (form-action 'none'), so the choice is a same-origin request.
'use strict';

async function offerMethods() {
  const methods = await (await fetch('/sign-in/methods', { headers: { Accept: 'application/json' } })).json();
  const refused = new URLSearchParams(window.location.search).has('refused');
  document.getElementById('refused').hidden = !refused;
  document.getElementById('county').hidden = !methods.county;
  document.getElementById('local-intro').hidden = !methods.local;
  if (methods.local) { await listUsers(); return; }
  document.getElementById('no-local').hidden = false;
  if (methods.county && !refused) { window.location.assign('/sign-in/county'); }
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
