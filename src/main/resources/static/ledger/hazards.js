/* The hazard ledger page: filters in the address (so a filtered list can be bookmarked or linked),
   GET /api/hazards with them, rows with Chinese names, and the Excel link with the same filters. */
(function (L) {
  'use strict';

  function sub(text) { return text ? L.el('span', { className: 'sub' }, text) : null; }

  function shorten(text, n) { return text && text.length > n ? text.slice(0, n) + '…' : (text || ''); }

  function row(h) {
    var link = L.el('a', { href: '/ledger/hazard.html?number=' + encodeURIComponent(h.number) }, h.number);
    var badges = L.el('div', { className: 'cell-badges' }, L.hazardBadges(h));
    var assisting = h.assistingDepartmentNames && h.assistingDepartmentNames.length
      ? '协办：' + h.assistingDepartmentNames.join('、') : null;
    var dueText = L.due(h.rectificationDue);
    return L.el('tr', { className: h.overdue ? 'overdue' : null, 'data-number': h.number },
      L.cell('编号', 'num', link),
      L.cell('网格', 'grid', h.gridName, sub(h.areaName)),
      L.cell('类别', 'cat', h.categoryName),
      L.cell('地点', null, L.el('strong', null, h.location), sub(shorten(h.description, 60))),
      L.cell('牵头单位', null, h.leadUnitName || '待分办', sub(assisting)),
      L.cell('状态', null, badges),
      L.cell('整改期限', h.overdue ? 'time late' : 'time', dueText || (h.status === 'CLOSED' ? '' : '受理后确定'),
        h.closedAt ? sub('销号 ' + L.time(h.closedAt)) : null),
      L.cell('上报', 'time', h.reporterName || '', sub(L.time(h.reportedAt))));
  }

  L.listPage({
    api: '/api/hazards',
    filters: ['q', 'gridCode', 'areaCode', 'department', 'leadDepartment', 'category', 'grade', 'status', 'escalation',
      'overdue', 'open', 'onTime', 'escalated', 'reportedFrom', 'reportedTo'],
    selects: { gridCode: 'grids', areaCode: 'areas', department: 'departments', leadDepartment: 'leadDepartments',
      category: 'categories', grade: 'grades', status: 'statuses', escalation: 'escalations' },
    defaultSort: 'reportedAt,desc',
    table: 'hazard-table',
    unit: '条隐患',
    row: row
  });
})(window.Ledger);
