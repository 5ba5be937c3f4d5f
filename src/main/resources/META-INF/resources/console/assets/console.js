// Staff console: forms marked data-api send JSON (or the raw text of a data-raw field) to the
// console API and show its {error, message} answer; on success the page reloads (or goes to data-then).
'use strict';

function formBody(form) {
  const raw = form.querySelector('[data-raw]');
  if (raw) {
    return { type: raw.dataset.raw, body: raw.value };
  }
  const data = {};
  for (const field of form.elements) {
    if (!field.name) {
      continue;
    }
    data[field.name] = field.type === 'checkbox' ? field.checked : field.value;
  }
  return { type: 'application/json', body: JSON.stringify(data) };
}

// data-then may name fields of the JSON answer, e.g. /console/traces/{traceId}.
async function nextPage(form, response) {
  const then = form.dataset.then || window.location.pathname;
  if (!then.includes('{')) {
    return then;
  }
  let body = {};
  try {
    body = await response.json();
  } catch (ignored) {
    // no JSON body: the placeholders become empty
  }
  return then.replace(/\{(\w+)\}/g, (match, key) => encodeURIComponent(body[key] === undefined ? '' : String(body[key])));
}

async function send(form) {
  const status = form.querySelector('[data-status]');
  const button = form.querySelector('button[type=submit]');
  const request = formBody(form);
  status.classList.remove('failed');
  status.textContent = 'Working...';
  button.disabled = true;
  try {
    const response = await fetch(form.dataset.api, {
      method: form.dataset.method || 'POST',
      headers: { 'Content-Type': request.type, 'Accept': 'application/json' },
      body: form.dataset.method === 'DELETE' ? undefined : request.body,
      credentials: 'same-origin'
    });
    if (response.ok) {
      status.textContent = 'Done.';
      window.location.assign(await nextPage(form, response));
      return;
    }
    let message = 'The request failed (HTTP ' + response.status + ').';
    try {
      const error = await response.json();
      if (error && error.message) {
        message = error.message;
      }
    } catch (ignored) {
      // not JSON: keep the generic message
    }
    status.textContent = message;
    status.classList.add('failed');
  } finally {
    button.disabled = false;
  }
}

document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-api]');
  if (!form) {
    return;
  }
  event.preventDefault();
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    return;
  }
  send(form);
});
