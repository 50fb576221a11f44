/* The inspection ledger page: filters in the address, GET /api/inspections with them, rounds with
   Chinese statuses and Beijing times, and the Excel link with the same filters. */
(function (L) {
  'use strict';

  var el = L.el;
  function sub(text) { return text ? el('span', { className: 'sub' }, text) : null; }

  function findings(i) {
    if (!i.status || (i.status !== 'DONE' && i.status !== 'DONE_LATE')) { return el('span', { className: 'muted' }, '—'); }
    if (!i.findings) { return '无'; }
    var box = el('span', null, i.findings + ' 项：');
    i.hazardNumbers.forEach(function (number, n) {
      if (n > 0) { box.appendChild(document.createTextNode('、')); }
      box.appendChild(el('a', { href: '/ledger/hazard.html?number=' + encodeURIComponent(number) }, number));
    });
    return box;
  }

  function row(i) {
    var late = i.status === 'OVERDUE' || i.status === 'MISSED';
    var round = i.extra ? '加密排查第 ' + i.extraNo + ' 次'
      : i.roundsPerWeek > 1 ? '第 ' + i.roundNo + ' 次（每周 ' + i.roundsPerWeek + ' 次）' : null;
    return el('tr', { className: late ? 'overdue' : null, 'data-id': String(i.id) },
      L.cell('网格', 'num', el('a', { href: '/ledger/inspection.html?id=' + encodeURIComponent(i.id) }, i.gridName),
        sub(i.areaName)),
      L.cell('排查表', null, i.checklistLabel),
      L.cell('周次', null, L.week(i.week, i.weekStart), sub(round)),
      L.cell('截止', 'time', L.due(i.dueAt)),
      L.cell('状态', null, L.inspectionBadge(i)),
      L.cell('完成', 'time', i.doneAt ? L.time(i.doneAt) : '', sub(i.doneByName)),
      L.cell('发现隐患', null, findings(i)),
      L.cell('督办', null, i.supervisedByName || ''));
  }

  L.listPage({
    api: '/api/inspections',
    filters: ['gridCode', 'areaCode', 'week', 'status', 'outcome', 'checklist', 'dueFrom', 'dueTo', 'late', 'withFindings',
      'extra'],
    selects: { gridCode: 'grids', areaCode: 'areas', status: 'statuses', outcome: 'outcomes', checklist: 'checklists' },
    defaultSort: 'dueAt,desc',
    table: 'inspection-table',
    unit: '次排查',
    row: row
  });
})(window.Ledger);
