// Staff console, library changes: an uploaded file is read into the import form's fields, and
// while the candidate is being indexed or checked the page reloads when its state changes.
'use strict';

document.addEventListener('change', (event) => {
  const input = event.target.closest('input[type=file][data-upload]');
  if (!input || !input.files.length) {
    return;
  }
  const file = input.files[0];
  const form = input.form;
  file.text().then((text) => {
    form.elements.fileName.value = file.name;
    form.elements.content.value = text;
  });
});

const polled = document.querySelector('[data-poll]');
if (polled && ['BUILDING', 'CHECKING', 'PUBLISHING'].includes(polled.dataset.poll)) {
  const timer = window.setInterval(async () => {
    try {
      const response = await fetch('/console/api/candidate', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      const status = await response.json();
      if (status.state !== polled.dataset.poll) {
        window.clearInterval(timer);
        window.location.reload();
      }
    } catch (ignored) {
      // try again at the next tick
    }
  }, 1500);
}
