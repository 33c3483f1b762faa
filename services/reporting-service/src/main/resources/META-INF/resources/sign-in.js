// The local stack's sign-in: one button per analyst whose dev token the stack wrote; the server sets the session
// cookie. Outside the local stack the list does not exist (404) and the page says where to sign in instead.
'use strict';

async function listUsers() {
  const response = await fetch('/sign-in/local/users', { headers: { Accept: 'application/json' } });
  if (!response.ok) { document.getElementById('no-local').hidden = false; return; }
  const list = document.getElementById('users');
  for (const user of await response.json()) {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/sign-in/local';
    for (const [name, value] of Object.entries(user)) {
      const field = document.createElement('input');
      Object.assign(field, { type: 'hidden', name, value });
      form.appendChild(field);
    }
    const button = document.createElement('button');
    button.type = 'submit';
    button.className = 'user';
    button.textContent = `${user.subject} (${user.organisation})`;
    form.appendChild(button);
    const item = document.createElement('li');
    item.appendChild(form);
    list.appendChild(item);
  }
}

Polku.initLanguage();
listUsers();
