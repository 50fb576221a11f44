/*
 * SafeGrid's Admin: people and groups come from the grid registry (网格台账), which mirrors them
 * into Camunda on every change. Admin's user and group pages say so at the top — where to change
 * them, and that an edit here is refused (the server refuses it, security/RegistryIdentityGuard);
 * passwords and authorizations stay Admin's. And the administrators' notice (系统公告) is written
 * under 系统 → 系统公告 (PUT/DELETE /api/notice; every webapp shows it, ../../safegrid/site-notice.js).
 */
const NOTE_ID = 'safegrid-registry-note';
const PAGES = /^#\/(users|user-create|users\/[^?]+|groups|group-create|groups\/[^?]+)(\?.*)?$/;

let token = null;

async function call(method, path, body) {
  const headers = {'Accept': 'application/json', 'X-XSRF-TOKEN': token || 'Fetch'};
  if (body) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {method, headers, credentials: 'same-origin', body: body && JSON.stringify(body)});
  token = response.headers.get('X-XSRF-TOKEN') || token;
  return response;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (key === 'className') {
      node.className = value;
    } else {
      node.setAttribute(key, value);
    }
  });
  children.forEach((child) => node.append(child));
  return node;
}

// ---------------------------------------------------------------- the registry's note
function registryNote() {
  const onPage = PAGES.test(window.location.hash);
  const existing = document.getElementById(NOTE_ID);
  if (!onPage) {
    if (existing) {
      existing.remove();
    }
    return;
  }
  // above the page's own heading, inside its section (Admin lays the pages out in columns)
  const heading = document.querySelector('.ctn-main section .section-content > header');
  const content = heading && heading.parentNode;
  if (!content || (existing && existing.parentNode === content)) {
    return;
  }
  if (existing) {
    existing.remove();
  }
  const note = el('div', {id: NOTE_ID, className: 'alert alert-info safegrid-registry-note', role: 'note'},
    el('strong', {}, '人员和用户组由网格台账管理。'),
    '新增、停用人员，修改姓名、职务、所在网格和部门、用户组及其成员、谁是系统管理员，请在网格台账中修改（领导小组办公室或系统管理员：',
    el('a', {href: '/api/docs', target: '_blank', rel: 'noopener'}, '网格台账接口 /api/registry'),
    '，或导出网格台账 Excel 工作簿、修改后导入），保存后自动同步到这里；在此处修改会被拒绝。密码和授权仍在系统管理中设置。');
  content.insertBefore(note, heading);
}

new MutationObserver(registryNote).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', registryNote);

// ---------------------------------------------------------------- 系统 → 系统公告
function time(iso) {
  return new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit'}).format(new Date(iso));
}

async function noticeEditor(node) {
  const status = el('p', {className: 'text-muted', role: 'status'});
  const text = el('textarea', {className: 'form-control', rows: '3', maxlength: '500', 'aria-label': '公告内容',
    placeholder: '例如：12月20日 20:00—22:00 系统维护，期间暂停使用。'});
  const publish = el('button', {type: 'button', className: 'btn btn-primary'}, '发布公告');
  const remove = el('button', {type: 'button', className: 'btn btn-default'}, '撤下公告');
  node.append(el('h3', {}, '系统公告'),
    el('p', {}, '发布后显示在任务列表、驾驶舱、系统管理和欢迎页每一页的顶部，直到撤下；不超过 500 字。'),
    text, el('p', {}, publish, ' ', remove), status);

  function show(notice) {
    text.value = notice ? notice.text : '';
    status.textContent = notice ? '当前公告由 ' + notice.updatedByName + ' 于 ' + time(notice.updatedAt) + ' 发布。'
      : '目前没有公告。';
  }

  async function answer(response) {
    if (response.status === 200) {
      show(await response.json());
    } else if (response.status === 204) {
      show(null);
    } else {
      const body = await response.json().catch(() => ({}));
      status.textContent = body.message || '没有保存，请重试。';
    }
  }

  publish.addEventListener('click', async () => answer(await call('PUT', '/api/notice', {text: text.value})));
  remove.addEventListener('click', async () => answer(await call('DELETE', '/api/notice')));
  await answer(await call('GET', '/api/notice'));
}

export default [
  {
    id: 'safegrid-site-notice',
    pluginPoint: 'admin.system',
    priority: 800,
    properties: {label: '系统公告'},
    render: (node) => {
      noticeEditor(node);
    }
  }
];
