/*
 * SafeGrid's Cockpit plugin for supervisors: the hazards as they think of them.
 *
 * - 隐患督办 (navigation, page #/safegrid/hazards): every hazard the reader may see, open and
 *   closed — number, grid, category, lead unit, current step, deadline, days overdue, escalation
 *   tier — searchable by number and filtered by area, village, department, tier and status. A row
 *   of a hazard still in its loop opens its process instance; a closed one shows its trail.
 * - the tab 隐患 on the definition of 隐患闭环整改 (the same list), and 隐患情况 on an instance:
 *   the hazard's facts with Chinese names, where it stands, and its whole trail from the ledger.
 * - a section on the dashboard: how many hazards are open, overdue and at each escalation tier.
 *
 * All data comes from the app's ledger API (/api/hazards/overview, /api/hazards/{number}), which
 * applies the ledger's one rights check: a town leader sees the town, a 片长 his area, a department
 * head his department's, a village's 网格长 his village. Nothing here changes anything.
 */
const OVERVIEW = '/api/hazards/overview';
const PAGE_PATH = '/safegrid/hazards';
const HAZARD_PROCESS = 'hazard-rectification';
const ROUND_PROCESSES = ['inspection-round', 'extra-inspection-round'];
const PAGE_SIZE = 20;

// ---------------------------------------------------------------- small helpers
class ApiError extends Error {}

async function api(path) {
  let response;
  try {
    response = await fetch(path, {headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': 'Fetch'},
      credentials: 'same-origin'});
  } catch (offline) {
    throw new ApiError('无法连接服务器，请检查网络后重试。');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(body && body.message ? body.message : '读取数据失败（' + response.status + '），请稍后重试。');
  }
  return body;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key === 'className') {
      node.className = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.substring(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
  });
  return node;
}

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n) => (n < 10 ? '0' + n : String(n));

function beijing(iso) {
  const t = new Date(iso).getTime();
  if (isNaN(t)) {
    return null;
  }
  const d = new Date(t + BEIJING_OFFSET_MS);
  return [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate()), pad(d.getUTCHours()), pad(d.getUTCMinutes())];
}

/** "2026-12-02 14:05", Beijing time. */
function time(iso) {
  const p = iso ? beijing(iso) : null;
  return p ? p[0] + '-' + p[1] + '-' + p[2] + ' ' + p[3] + ':' + p[4] : '';
}

/** A deadline as the forms say it: midnight is the end of the day before, "12月5日 24 时前". */
function due(iso) {
  const p = iso ? beijing(iso) : null;
  if (!p) {
    return '—';
  }
  if (p[3] === '00' && p[4] === '00') {
    const q = beijing(new Date(new Date(iso).getTime() - 60000).toISOString());
    return q[0] + '年' + Number(q[1]) + '月' + Number(q[2]) + '日 24 时前';
  }
  return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日 ' + p[3] + ':' + p[4] + ' 前';
}

function message(node, text, className) {
  node.replaceChildren(el('p', {className: className || 'text-muted', role: 'status'}, text));
}

function instanceLink(processInstanceId) {
  return '#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime';
}

// ---------------------------------------------------------------- the list
function tierBadge(row) {
  return row.escalation === 'NONE' ? '—'
    : el('span', {className: 'safegrid-tier safegrid-tier-' + row.escalation}, row.escalationLabel);
}

function lateCell(row) {
  if (!row.daysOverdue) {
    return row.open ? '未逾期' : '按期';
  }
  return el('span', {className: 'safegrid-late'}, (row.open ? '逾期 ' : '逾期销号 ') + row.daysOverdue + ' 天');
}

function trailRow(row, columns) {
  const cell = el('td', {colspan: columns});
  const tr = el('tr', {className: 'safegrid-trail'}, cell);
  message(cell, '正在读取办理记录…');
  api('/api/hazards/' + encodeURIComponent(row.number)).then((detail) => {
    cell.replaceChildren(
      el('strong', {}, row.number + ' 办理记录'),
      el('ol', {}, detail.trail.map((e) => el('li', {},
        time(e.at) + ' ' + e.actionLabel + ' · ' + (e.actorName || '系统')
          + (e.toStatusLabel ? ' → ' + e.toStatusLabel : '') + (e.remarks ? '：' + e.remarks : '')))),
      el('a', {href: '/ledger/hazard.html?number=' + encodeURIComponent(row.number), target: '_blank',
        rel: 'noopener'}, '台账详情和照片'));
  }, (error) => message(cell, error.message, 'text-danger'));
  return tr;
}

const COLUMNS = ['隐患编号', '网格', '类别', '牵头单位', '当前环节', '整改期限', '逾期', '督办层级'];

function table(rows) {
  const body = el('tbody');
  rows.forEach((row) => {
    const tr = el('tr', {className: 'safegrid-row', 'data-number': row.number,
      title: row.open ? '打开流程实例' : '查看办理记录'},
      el('td', {}, el('strong', {}, row.number), row.open ? null : el('div', {className: 'safegrid-closed'}, '已销号')),
      el('td', {}, row.gridName, row.areaName ? el('div', {className: 'text-muted'}, row.areaName) : null),
      el('td', {}, row.categoryName, el('div', {className: 'text-muted'}, row.gradeLabel)),
      el('td', {}, row.leadUnitName || '—', row.assistingDepartmentNames.length
        ? el('div', {className: 'text-muted'}, '协办：' + row.assistingDepartmentNames.join('、')) : null),
      el('td', {}, row.open ? (row.currentSteps.length ? row.currentSteps.map((s) => el('div', {}, s))
        : el('span', {className: 'text-muted'}, row.statusLabel)) : '已销号 ' + time(row.closedAt)),
      el('td', {}, due(row.rectificationDue)),
      el('td', {}, lateCell(row)),
      el('td', {}, tierBadge(row)));
    tr.addEventListener('click', (event) => {
      if (event.target.closest('a')) {
        return;
      }
      if (row.open && row.processInstanceId) {
        window.location.hash = instanceLink(row.processInstanceId);
        return;
      }
      const next = tr.nextElementSibling;
      if (next && next.classList.contains('safegrid-trail')) {
        next.remove();
      } else {
        tr.after(trailRow(row, COLUMNS.length));
      }
    });
    body.appendChild(tr);
  });
  return el('table', {className: 'table'}, el('thead', {}, el('tr', {}, COLUMNS.map((c) => el('th', {}, c)))), body);
}

function select(name, label, options, emptyLabel) {
  return el('label', {}, label + ' ',
    el('select', {name}, el('option', {value: ''}, emptyLabel), options.map((o) => el('option', {value: o.code}, o.name))));
}

/** The filterable list, into node. fixed: filters always applied (none today). */
async function hazardList(node, heading) {
  node.classList.add('safegrid-hazards');
  message(node, '正在读取隐患…');
  let options;
  let me;
  try {
    [options, me] = await Promise.all([api(OVERVIEW + '/filter-options'), api('/api/webapps/me')]);
  } catch (error) {
    message(node, error.message, 'text-danger');
    return;
  }
  const form = el('form', {className: 'safegrid-filters', role: 'search'},
    el('input', {type: 'search', name: 'q', placeholder: '隐患编号、地点或描述', 'aria-label': '搜索隐患'}),
    select('areaCode', '片', options.areas, '全部'),
    select('gridCode', '村', options.villages, '全部'),
    select('department', '部门', options.departments, '全部'),
    select('escalation', '督办层级', options.escalations, '全部'),
    el('label', {}, '状态 ', el('select', {name: 'open'},
      el('option', {value: 'true'}, '未销号'), el('option', {value: 'false'}, '已销号'), el('option', {value: ''}, '全部'))),
    el('label', {}, el('input', {type: 'checkbox', name: 'overdue', value: 'true'}), ' 只看逾期'),
    el('button', {type: 'submit', className: 'btn btn-primary btn-sm'}, '查询'),
    el('a', {className: 'btn btn-default btn-sm safegrid-export', href: '#'}, '导出 Excel'));
  const results = el('div', {className: 'safegrid-results'});
  node.replaceChildren(...[
    heading ? el('h2', {}, heading) : null,
    el('div', {className: 'safegrid-scope'}, '您可以查看：' + me.scope),
    form, results].filter(Boolean));
  let page = 0;
  let asked = 0; // the latest request: an earlier answer arriving later is dropped

  function query(forExport) {
    const params = new URLSearchParams();
    new FormData(form).forEach((value, key) => {
      if (value !== '') {
        params.set(key, value);
      }
    });
    if (!forExport) {
      params.set('page', page);
      params.set('size', PAGE_SIZE);
    }
    return params;
  }

  async function load() {
    const mine = ++asked;
    const filters = query(true).toString();
    message(results, '正在读取隐患…');
    let answer;
    try {
      answer = await api(OVERVIEW + '?' + query(false));
    } catch (error) {
      if (mine === asked) {
        message(results, error.message, 'text-danger');
      }
      return;
    }
    if (mine !== asked) {
      return;
    }
    // what the list now shows the answer to (for a person the list itself says it; tests wait for it)
    results.dataset.answered = filters;
    if (!answer.content.length) {
      message(results, '没有符合条件的隐患。');
      return;
    }
    const previous = el('button', {type: 'button', className: 'btn btn-default btn-sm', disabled: page === 0}, '上一页');
    const next = el('button', {type: 'button', className: 'btn btn-default btn-sm',
      disabled: page + 1 >= answer.totalPages}, '下一页');
    previous.addEventListener('click', () => { page--; load(); });
    next.addEventListener('click', () => { page++; load(); });
    results.replaceChildren(table(answer.content), el('div', {className: 'safegrid-pager'}, previous, next,
      el('span', {}, '共 ' + answer.totalElements + ' 项，第 ' + (page + 1) + ' / ' + answer.totalPages + ' 页')));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    load();
  });
  form.addEventListener('change', () => {
    page = 0;
    load();
  });
  form.querySelector('.safegrid-export').addEventListener('click', (event) => {
    event.preventDefault();
    const params = query(true);
    window.location.href = '/api/hazards/export.xlsx?' + params;
  });
  await load();
}

// ---------------------------------------------------------------- one instance
const FACTS = [
  ['隐患编号', (h) => h.number],
  ['状态', (h) => h.statusLabel],
  ['网格', (h) => h.gridName + (h.areaName ? '（' + h.areaName + '）' : '')],
  ['隐患类别', (h) => h.categoryName],
  ['隐患等级', (h) => h.gradeLabel],
  ['具体地点', (h) => h.location],
  ['隐患描述', (h) => h.description],
  ['来源', (h) => h.sourceLabel || '上报'],
  ['上报人', (h) => h.reporterName + '，' + time(h.reportedAt)],
  ['牵头单位', (h) => h.leadUnitName],
  ['协办部门', (h) => (h.assistingDepartmentNames.length ? h.assistingDepartmentNames.join('、') : '无')],
  ['整改责任单位、责任人', (h) => [h.responsibleUnit, h.responsiblePerson].filter(Boolean).join('，') || '尚未受理'],
  ['整改期限', (h) => due(h.rectificationDue)],
  ['逾期和督办', (h) => (h.overdue ? '已逾期，' : '') + h.escalationLabel],
  ['销号时间', (h) => (h.closedAt ? time(h.closedAt) : '未销号')]
];

async function hazardOfInstance(node, processInstanceId) {
  node.classList.add('safegrid-hazards');
  message(node, '正在读取隐患…');
  try {
    const instance = await api('/camunda/api/engine/engine/default/process-instance/'
      + encodeURIComponent(processInstanceId));
    if (!instance.businessKey) {
      message(node, '这个流程实例没有对应的台账记录。');
      return;
    }
    const definition = await api('/camunda/api/engine/engine/default/process-definition/'
      + encodeURIComponent(instance.definitionId));
    if (ROUND_PROCESSES.includes(definition.key)) {
      node.replaceChildren(el('p', {}, '这是一次隐患排查（' + instance.businessKey + '）。排查记录、逐项结果和发现的隐患见 ',
        el('a', {href: '/ledger/inspections.html', target: '_blank', rel: 'noopener'}, '排查台账'), '。'));
      return;
    }
    if (definition.key !== HAZARD_PROCESS) {
      message(node, '这个流程实例没有对应的隐患台账记录。');
      return;
    }
    const detail = await api('/api/hazards/' + encodeURIComponent(instance.businessKey));
    const h = detail.hazard;
    node.replaceChildren(
      el('dl', {className: 'safegrid-facts'}, FACTS.map(([label, value]) => [el('dt', {}, label), el('dd', {}, value(h) || '—')])),
      el('h3', {}, '当前环节'),
      detail.currentSteps.length
        ? el('ul', {}, detail.currentSteps.map((s) => el('li', {}, s.taskName + '：'
          + (s.assigneeName ? s.assigneeName + ' 办理中' : '待 ' + (s.groupName || s.candidateNames.join('、')) + ' 认领')
          + (s.due ? '，期限 ' + due(s.due) : '') + (s.overdue ? '（已逾期）' : ''))))
        : el('p', {}, '没有待办环节。'),
      el('h3', {}, '办理记录'),
      el('ol', {}, detail.trail.map((e) => el('li', {}, time(e.at) + ' ' + e.actionLabel + ' · ' + (e.actorName || '系统')
        + (e.remarks ? '：' + e.remarks : '')))),
      el('p', {}, el('a', {href: '/ledger/hazard.html?number=' + encodeURIComponent(h.number), target: '_blank',
        rel: 'noopener'}, '台账详情和照片（' + detail.photos.length + ' 张）')));
  } catch (error) {
    message(node, error.message, 'text-danger');
  }
}

// ---------------------------------------------------------------- the dashboard's section
async function dashboardCounts(node) {
  node.classList.add('safegrid-hazards');
  const counts = [
    ['未销号', 'open=true'],
    ['已逾期', 'open=true&overdue=true', true],
    ['二级网格长督办', 'open=true&escalation=LEVEL_TWO', true],
    ['一级网格长督办', 'open=true&escalation=LEVEL_ONE', true],
    ['已移交纪委问责', 'open=true&escalation=ACCOUNTABILITY', true]
  ];
  try {
    const totals = await Promise.all(counts.map(([, filter]) => api(OVERVIEW + '?size=1&' + filter)));
    node.replaceChildren(el('div', {className: 'safegrid-dashboard-counts'}, counts.map(([label, filter, late], i) =>
      el('a', {href: '#' + PAGE_PATH + '?' + filter, className: late && totals[i].totalElements ? 'safegrid-late' : ''},
        el('strong', {}, String(totals[i].totalElements)), label))),
    el('a', {href: '#' + PAGE_PATH}, '查看隐患督办一览 »'));
  } catch (error) {
    message(node, error.message, 'text-danger');
  }
}

// ---------------------------------------------------------------- the plugins
export default [
  {
    id: 'safegrid-hazards-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 200,
    checkActive: (path) => path.indexOf('#' + PAGE_PATH) > -1,
    render: (node) => {
      node.appendChild(el('a', {href: '#' + PAGE_PATH}, '隐患督办'));
    },
    properties: {label: '隐患督办'}
  },
  {
    id: 'safegrid-hazards-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PAGE_PATH, label: '隐患督办'},
    render: (node) => {
      const page = el('div', {className: 'safegrid-hazards-page'});
      node.appendChild(page);
      hazardList(page, '隐患督办').then(() => applyQuery(page));
    }
  },
  {
    id: 'safegrid-hazards-of-definition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 20,
    properties: {label: '隐患'},
    render: (node, {processDefinitionId}) => {
      if (!String(processDefinitionId).startsWith(HAZARD_PROCESS + ':')) {
        message(node, ROUND_PROCESSES.some((key) => String(processDefinitionId).startsWith(key + ':'))
          ? '隐患排查的记录见排查台账（/ledger/inspections.html）。' : '这个流程没有隐患台账记录。');
        return;
      }
      hazardList(node);
    }
  },
  {
    id: 'safegrid-hazard-of-instance',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: {label: '隐患情况'},
    render: (node, {processInstanceId}) => {
      hazardOfInstance(node, processInstanceId);
    }
  },
  {
    id: 'safegrid-hazards-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    properties: {label: '隐患督办'},
    render: (node) => {
      node.appendChild(el('h3', {}, '隐患督办'));
      const counts = el('div');
      node.appendChild(counts);
      dashboardCounts(counts);
    }
  }
];

/** Filters given in the page's address (from the dashboard's counts): #/safegrid/hazards?open=true&overdue=true */
function applyQuery(page) {
  const search = window.location.hash.split('?')[1];
  const form = page.querySelector('form.safegrid-filters');
  if (!search || !form) {
    return;
  }
  new URLSearchParams(search).forEach((value, key) => {
    const field = form.elements[key];
    if (field && field.type === 'checkbox') {
      field.checked = value === 'true';
    } else if (field) {
      field.value = value;
    }
  });
  form.dispatchEvent(new Event('change'));
}
