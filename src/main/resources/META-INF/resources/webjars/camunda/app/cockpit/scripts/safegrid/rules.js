/*
 * SafeGrid in Cockpit: 规则管理 (rule management). A navigation entry to the rule management page
 * (/rules/), an action on a decision definition that opens its table there, and a tab that says
 * which version of the table is in force — Cockpit lists a decision's latest Camunda version, which
 * is not always the one in force (a release's table waiting for an administrator, docs/rules.md).
 * The data comes from the app's /api/rules with the Cockpit login; the API decides who may read.
 */
const RULES_PAGE = '/rules/';

function link(href, text, className) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) {
    a.className = className;
  }
  return a;
}

/** "2026-12-06 09:31" in Beijing time (UTC+8 all year). */
function beijing(iso) {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  const pad = n => (n < 10 ? '0' : '') + n;
  return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':'
    + pad(d.getUTCMinutes());
}

function api(path) {
  return fetch(path, { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch', Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : Promise.reject(response.status)));
}

function decisionKey(api, decisionDefinitionId) {
  return fetch(api.engineApi + '/decision-definition/' + encodeURIComponent(decisionDefinitionId), {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }).then(response => (response.ok ? response.json() : Promise.reject(response.status)));
}

export default [
  {
    id: 'safegrid-rules-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: node => {
      node.appendChild(link(RULES_PAGE, '规则管理', 'safegrid-rules-link'));
    }
  },
  {
    id: 'safegrid-rules-action',
    pluginPoint: 'cockpit.decisionDefinition.action',
    priority: 20,
    render: (node, { decisionDefinitionId, api: engine }) => {
      decisionKey(engine, decisionDefinitionId).then(definition => {
        const a = link(RULES_PAGE + '?table=' + encodeURIComponent(definition.key), '', 'btn btn-default action-button');
        a.title = '在规则管理中修改：编辑、检查、预览影响并部署这张规则表';
        const icon = document.createElement('span');
        icon.className = 'glyphicon glyphicon-pencil';
        a.appendChild(icon);
        node.appendChild(a);
      }, () => {});
    }
  },
  {
    id: 'safegrid-rules-tab',
    pluginPoint: 'cockpit.decisionDefinition.tab',
    priority: 20,
    properties: { label: '规则管理' },
    render: (node, { decisionDefinitionId, api: engine }) => {
      const box = document.createElement('div');
      box.className = 'safegrid-rules-tab';
      box.textContent = '正在读取…';
      node.appendChild(box);
      decisionKey(engine, decisionDefinitionId).then(definition =>
        api('/api/rules').then(tables => {
          const table = tables.find(t => t.key === definition.key);
          box.textContent = '';
          if (!table) {
            box.textContent = '这个决策不是 SafeGrid 管理的规则表。';
            return;
          }
          const p = document.createElement('p');
          p.textContent = (definition.version === table.activeVersion
            ? '这里显示的第 ' + definition.version + ' 版是生效版本。'
            : '这里显示的是第 ' + definition.version + ' 版；生效的是第 ' + table.activeVersion + ' 版。')
            + ' 生效版本由' + (table.deployedByName || '') + '于 ' + beijing(table.deployedAt)
            + ' 部署（' + (table.originLabel || '') + '），理由：' + (table.reason || '') + '。';
          box.appendChild(p);
          if (table.pending) {
            const pending = document.createElement('p');
            pending.textContent = '新版本发布的第 ' + table.pending.version + ' 版与生效版本不同，待管理员决定是否采用。';
            box.appendChild(pending);
          }
          box.appendChild(link(RULES_PAGE + '?table=' + encodeURIComponent(table.key),
            table.canDeploy ? '在规则管理中修改这张规则表' : '在规则管理中查看、检查和预览', 'btn btn-default'));
        })
      ).catch(() => {
        box.textContent = '无法读取规则表的生效版本。';
      });
    }
  }
];
