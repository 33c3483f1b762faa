// The local stack's sign-in: one button per analyst whose dev token the stack wrote; the server sets the session
// cookie. Outside the local stack the list does not exist (404) and the page says where to sign in instead.
// The pages' policy allows no form submissions (form-action 'none'), so the choice is a same-origin request.
'use strict';

async function listUsers() {
  const response = await fetch('/sign-in/local/users', { headers: { Accept: 'application/json' } });
  if (!response.ok) { document.getElementById('no-local').hidden = false; return; }
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
listUsers();
