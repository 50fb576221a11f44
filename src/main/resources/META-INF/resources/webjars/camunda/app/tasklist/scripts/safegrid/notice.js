/*
 * SafeGrid: one way for our Tasklist scripts to tell the officer something — a box at the top of
 * the window with a sentence and, where there is one, a link to the ledger page (new tab). It stays
 * until closed or replaced, so that a hazard number can be copied.
 */
const BOX_ID = 'safegrid-notice';

export function notice(message, link, kind = 'info') {
  let box = document.getElementById(BOX_ID);
  if (!box) {
    box = document.createElement('div');
    box.id = BOX_ID;
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    document.body.appendChild(box);
  }
  box.className = 'safegrid-notice safegrid-notice-' + kind;
  box.textContent = '';
  const text = document.createElement('span');
  text.className = 'safegrid-notice-text';
  text.textContent = message;
  box.appendChild(text);
  if (link && link.href) {
    const a = document.createElement('a');
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.className = 'safegrid-notice-link';
    a.textContent = link.label || '查看';
    box.appendChild(a);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'safegrid-notice-close';
  close.setAttribute('aria-label', '关闭');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.appendChild(close);
}

/** GET of the app's own API with the Tasklist login; resolves to the JSON, or null on any failure. */
export async function api(path) {
  try {
    const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json', 'X-XSRF-TOKEN': 'Fetch'}});
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

export default {};
