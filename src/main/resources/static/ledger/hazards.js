/* The hazard ledger page: filters in the address (so a filtered list can be bookmarked or linked),
   GET /api/hazards with them, rows with Chinese names, and the Excel link with the same filters. */
(function (L) {
  'use strict';

  var FILTERS = ['q', 'gridCode', 'areaCode', 'department', 'category', 'grade', 'status', 'escalation', 'overdue',
    'reportedFrom', 'reportedTo'];
  var DEFAULT_SORT = 'reportedAt,desc';
  var form = document.getElementById('filters');
  var state = L.params();

  var filterForm = L.filterForm(form, FILTERS, DEFAULT_SORT, '/api/hazards/export.xlsx');
  var filters = filterForm.filters;
  var fromForm = filterForm.fromForm;
  var excelHref = filterForm.excelHref;

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

  function load(page, size) {
    var values = fromForm();
    var q = filters(values);
    q.sort = values.sort || DEFAULT_SORT;
    q.page = page;
    q.size = size;
    document.getElementById('loading').hidden = false;
    return L.api('/api/hazards' + L.query(q)).then(function (result) {
      document.getElementById('loading').hidden = true;
      document.getElementById('failure').hidden = true;
      var rows = L.clear(document.getElementById('rows'));
      result.content.forEach(function (h) { rows.appendChild(row(h)); });
      document.getElementById('hazard-table').hidden = result.content.length === 0;
      document.getElementById('empty').hidden = result.content.length !== 0;
      document.getElementById('total').textContent = '共 ' + result.totalElements + ' 条隐患';
      L.pager(document.getElementById('pager'), result, function (p, s) {
        state.page = p; state.size = s;
        history.replaceState(null, '', L.query(Object.assign(fromForm(), { page: p || null, size: s === 20 ? null : s })));
        load(p, s).then(function () { window.scrollTo(0, document.getElementById('results').offsetTop); });
      });
    }).catch(L.fail);
  }

  function fill(options) {
    L.options(form.elements.gridCode, options.grids, state.gridCode || '');
    L.options(form.elements.areaCode, options.areas, state.areaCode || '');
    L.options(form.elements.department, options.departments, state.department || '');
    L.options(form.elements.category, options.categories, state.category || '');
    L.options(form.elements.grade, options.grades, state.grade || '');
    L.options(form.elements.status, options.statuses, state.status || '');
    L.options(form.elements.escalation, options.escalations, state.escalation || '');
  }

  ['q', 'overdue', 'reportedFrom', 'reportedTo'].forEach(function (name) {
    if (state[name]) { form.elements[name].value = state[name]; }
  });
  if (state.sort) { form.elements.sort.value = state.sort; }
  L.filterPanel(document.getElementById('filter-panel'), FILTERS.filter(function (n) { return state[n]; }).length);
  document.getElementById('excel').href = excelHref(state);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.location.search = L.query(fromForm());
  });
  document.getElementById('reset').addEventListener('click', function () {
    window.location.search = '';
  });
  ['change', 'input'].forEach(function (type) {
    form.addEventListener(type, function () { document.getElementById('excel').href = excelHref(fromForm()); });
  });

  L.whoAmI();
  L.api('/api/hazards/filter-options').then(function (options) {
    fill(options);
    document.getElementById('excel').href = excelHref(fromForm());
    return load(Number(state.page) || 0, Number(state.size) || 20);
  }).catch(L.fail);
})(window.Ledger);
