/* The inspection ledger page: filters in the address, GET /api/inspections with them, rounds with
   Chinese statuses and Beijing times, and the Excel link with the same filters. */
(function (L) {
  'use strict';

  var el = L.el;
  var FILTERS = ['gridCode', 'areaCode', 'week', 'status', 'checklist', 'dueFrom', 'dueTo', 'late', 'withFindings'];
  var DEFAULT_SORT = 'dueAt,desc';
  var form = document.getElementById('filters');
  var state = L.params();

  var filterForm = L.filterForm(form, FILTERS, DEFAULT_SORT, '/api/inspections/export.xlsx');
  var filters = filterForm.filters;
  var fromForm = filterForm.fromForm;
  var excelHref = filterForm.excelHref;

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
    var round = i.roundsPerWeek > 1 ? '第 ' + i.roundNo + ' 次（每周 ' + i.roundsPerWeek + ' 次）' : null;
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

  function load(page, size) {
    var values = fromForm();
    var q = filters(values);
    q.sort = values.sort || DEFAULT_SORT;
    q.page = page;
    q.size = size;
    document.getElementById('loading').hidden = false;
    return L.api('/api/inspections' + L.query(q)).then(function (result) {
      document.getElementById('loading').hidden = true;
      document.getElementById('failure').hidden = true;
      var rows = L.clear(document.getElementById('rows'));
      result.content.forEach(function (i) { rows.appendChild(row(i)); });
      document.getElementById('inspection-table').hidden = result.content.length === 0;
      document.getElementById('empty').hidden = result.content.length !== 0;
      document.getElementById('total').textContent = '共 ' + result.totalElements + ' 次排查';
      L.pager(document.getElementById('pager'), result, function (p, s) {
        history.replaceState(null, '', L.query(Object.assign(fromForm(), { page: p || null, size: s === 20 ? null : s })));
        load(p, s).then(function () { window.scrollTo(0, document.getElementById('results').offsetTop); });
      });
    }).catch(L.fail);
  }

  ['week', 'dueFrom', 'dueTo', 'late', 'withFindings'].forEach(function (name) {
    if (state[name]) { form.elements[name].value = state[name]; }
  });
  if (state.sort) { form.elements.sort.value = state.sort; }
  if (state.week && form.elements.week.value !== state.week) {
    // a browser without a week picker keeps the text as typed
    form.elements.week.value = state.week;
  }
  L.filterPanel(document.getElementById('filter-panel'), FILTERS.filter(function (n) { return state[n]; }).length);
  document.getElementById('excel').href = excelHref(state);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.location.search = L.query(fromForm());
  });
  document.getElementById('reset').addEventListener('click', function () { window.location.search = ''; });
  ['change', 'input'].forEach(function (type) {
    form.addEventListener(type, function () { document.getElementById('excel').href = excelHref(fromForm()); });
  });

  L.whoAmI();
  L.api('/api/inspections/filter-options').then(function (options) {
    L.options(form.elements.gridCode, options.grids, state.gridCode || '');
    L.options(form.elements.areaCode, options.areas, state.areaCode || '');
    L.options(form.elements.status, options.statuses, state.status || '');
    L.options(form.elements.checklist, options.checklists, state.checklist || '');
    document.getElementById('excel').href = excelHref(fromForm());
    return load(Number(state.page) || 0, Number(state.size) || 20);
  }).catch(L.fail);
})(window.Ledger);
