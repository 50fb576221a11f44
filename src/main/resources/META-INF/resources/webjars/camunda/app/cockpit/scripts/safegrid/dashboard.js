/*
 * SafeGrid, Cockpit: the way to the supervisors' dashboard (督查看板, /dashboard/).
 *  - a navigation entry 督查看板 in Cockpit's header (plugin point cockpit.navigation);
 *  - on Cockpit's start page (plugin point cockpit.dashboard) this month's figures of the app's
 *    dashboard API — hazards reported, open, overdue, the on-time rate, missed inspection rounds —
 *    each a link to the ledger list it counts, and a link to the whole dashboard.
 * The figures come from /api/dashboard/overview with the Cockpit login's session; the API counts only
 * what the ledgers show this officer. Text is put in with textContent only.
 */
const DASHBOARD = '/dashboard/';

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  return node;
}

function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

function figure(label, value, href, bad) {
  const box = element('a', null, {
    href, target: '_blank', rel: 'noopener', class: 'safegrid-figure',
    style: 'display:inline-flex;flex-direction:column;min-width:96px;padding:6px 12px;margin:0 8px 8px 0;'
      + 'border:1px solid #dde1e6;border-left:4px solid ' + (bad ? '#d93025' : '#1f4e79')
      + ';border-radius:4px;text-decoration:none;color:#222;background:#fafbfc'
  });
  box.appendChild(element('span', label, { style: 'font-size:12px;color:#555' }));
  box.appendChild(element('strong', String(value), { style: 'font-size:22px;' + (bad ? 'color:#b3261e' : '') }));
  return box;
}

async function render(node) {
  const panel = element('div', null, { class: 'safegrid-dashboard-card', style: 'padding:4px 16px 8px' });
  const heading = element('h3', '督查看板', { style: 'margin:4px 0 8px;font-size:16px' });
  panel.appendChild(heading);
  const body = element('div', '正在加载本月数字…', { class: 'safegrid-dashboard-figures' });
  panel.appendChild(body);
  const more = element('a', '打开督查看板（按片、网格、部门、类别分项，趋势，导出 Excel）', {
    href: DASHBOARD, target: '_blank', rel: 'noopener', class: 'safegrid-dashboard-open'
  });
  panel.appendChild(more);
  node.appendChild(panel);
  try {
    const response = await fetch('/api/dashboard/overview', {
      credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': 'Fetch' }
    });
    if (!response.ok) {
      body.textContent = response.status === 401 ? '登录已失效，请重新登录后刷新。' : '暂时无法读取看板数字（' + response.status + '）。';
      return;
    }
    const o = await response.json();
    body.textContent = '';
    heading.textContent = '督查看板 · ' + o.period.label;
    const h = o.hazards.counts;
    const r = o.inspections.counts;
    body.appendChild(figure('上报隐患', h.reported, o.hazards.links.reported));
    body.appendChild(figure('未销号', h.open, o.hazards.links.open));
    body.appendChild(figure('其中逾期', h.overdue, o.hazards.links.overdue, h.overdue > 0));
    body.appendChild(figure('按期整改率', percent(o.hazards.onTimeRate), o.hazards.links.notOnTime,
      o.hazards.onTimeRate !== null && o.hazards.onTimeRate < 0.8));
    body.appendChild(figure('全部逾期', o.backlog.overdue, o.backlog.links.overdue, o.backlog.overdue > 0));
    body.appendChild(figure('漏查', r.missed, o.inspections.links.missed, r.missed > 0));
    body.appendChild(figure('排查按时完成率', percent(o.inspections.rate), o.inspections.links.missed,
      o.inspections.rate !== null && o.inspections.rate < 0.8));
  } catch (e) {
    body.textContent = '暂时无法读取看板数字，请检查网络。';
  }
}

export default [
  {
    id: 'safegrid.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    checkActive: () => false,
    render: (node) => {
      node.appendChild(element('a', '督查看板', {
        href: DASHBOARD, target: '_blank', rel: 'noopener', id: 'safegrid-dashboard-link'
      }));
    }
  },
  {
    id: 'safegrid.dashboard.figures',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => {
      render(node);
    }
  }
];
