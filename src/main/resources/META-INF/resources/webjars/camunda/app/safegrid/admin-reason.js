/*
 * SafeGrid, Cockpit and Admin: the administrator's reason (操作理由). What an administrator does
 * over the engine beyond an officer's own work (changing variables, moving or cancelling an
 * instance, jobs, deployments, users…) needs a reason, which the server records with each call
 * (sg_admin_action). He writes it once into this bar; the server keeps it in his session for two
 * hours, so every call he makes meanwhile carries it. The bar shows only to administrators: the
 * server answers the others 403 and the bar stays hidden.
 */
const API = '/api/admin/reason';
const BAR_ID = 'safegrid-admin-reason';
let token = null;

async function call(method, body) {
  const headers = { 'Accept': 'application/json', 'X-XSRF-TOKEN': token || 'Fetch' };
  if (body) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(API, { method, headers, credentials: 'same-origin', body: body && JSON.stringify(body) });
  token = response.headers.get('X-XSRF-TOKEN') || token;
  return response;
}

function time(iso) {
  const date = new Date(iso);
  // Beijing time, whatever the browser's zone
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(date);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function style(bar) {
  Object.assign(bar.style, {
    position: 'fixed', right: '12px', bottom: '12px', zIndex: 2000, maxWidth: '560px',
    background: '#fffbe6', border: '1px solid #e0c45c', borderRadius: '4px', padding: '6px 10px',
    boxShadow: '0 1px 4px rgba(0,0,0,.2)', fontSize: '13px', display: 'flex', gap: '6px', alignItems: 'center',
    flexWrap: 'wrap'
  });
}

function render(bar, kept, message) {
  bar.textContent = '';
  bar.appendChild(element('strong', '操作理由'));
  if (kept) {
    bar.appendChild(element('span', kept.reason + '（' + time(kept.expiresAt) + ' 前有效）', 'safegrid-reason-text'));
    const change = element('button', '修改', 'btn btn-default btn-xs');
    change.type = 'button';
    change.addEventListener('click', () => render(bar, null));
    const end = element('button', '结束维护', 'btn btn-default btn-xs');
    end.type = 'button';
    end.addEventListener('click', async () => {
      await call('DELETE');
      render(bar, null, '已结束：之后的管理操作须重新填写理由。');
    });
    bar.append(change, end);
  } else {
    const input = element('input', null, 'form-control input-sm');
    input.type = 'text';
    input.maxLength = 500;
    input.placeholder = '修改流程、数据或用户前，请写明理由';
    input.setAttribute('aria-label', '操作理由');
    input.style.minWidth = '320px';
    input.style.flex = '1';
    const save = element('button', '确定', 'btn btn-primary btn-xs');
    save.type = 'button';
    const submit = async () => {
      const response = await call('PUT', { reason: input.value });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        render(bar, answer);
      } else {
        render(bar, null, answer.message || '未能保存操作理由，请重试。');
      }
    };
    save.addEventListener('click', submit);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        submit();
      }
    });
    bar.append(input, save);
  }
  if (message) {
    const note = element('span', message, 'safegrid-reason-message');
    note.setAttribute('role', 'status');
    note.style.flexBasis = '100%';
    note.style.color = '#8a6d3b';
    bar.appendChild(note);
  }
}

async function show() {
  if (document.getElementById(BAR_ID)) {
    return;
  }
  let response;
  try {
    response = await call('GET');
  } catch (offline) {
    return;
  }
  if (response.status !== 200 && response.status !== 204) {
    return; // not logged in yet, or not an administrator
  }
  if (document.getElementById(BAR_ID)) {
    return;
  }
  const bar = element('div');
  bar.id = BAR_ID;
  style(bar);
  document.body.appendChild(bar);
  render(bar, response.status === 200 ? await response.json() : null);
}

// Cockpit and Admin log in within the page: look again whenever the view changes
show();
window.addEventListener('hashchange', show);

export default [];
