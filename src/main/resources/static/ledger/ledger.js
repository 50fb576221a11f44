/*
 * What the four ledger pages (台账) share: calling the app's API with the Tasklist login, Chinese
 * messages for failures, Beijing times, badges, small DOM helpers. The pages hold no data of their
 * own: every record comes from /api/…, which checks who may see what (401 without a login, 404 for
 * a record outside the officer's grids and departments).
 *
 * Requests carry "X-XSRF-TOKEN: Fetch", as /hazard-photos.html does: it tells the API that a page
 * of ours asks (so a 401 never pops up the browser's Basic login box), and it hands back the
 * session's token. The pages only read, so they never need that token.
 */
(function (window, document) {
  'use strict';

  var TASKLIST = '/camunda/app/tasklist/';
  var HOUR = 3600 * 1000;
  /** Beijing time: UTC+8 all year (China has had no daylight saving time since 1991). */
  var BEIJING_OFFSET = 8 * HOUR;

  function LedgerError(status, message) {
    this.status = status;
    this.message = message;
  }

  /** Whether a message from the API is one of the app's own Chinese sentences (never raw exception text). */
  function chinese(message) {
    return typeof message === 'string' && /[\u4e00-\u9fff]/.test(message) && message.length < 300
      && !/Exception|\bat [a-z]+\./.test(message);
  }

  function messageFor(status, body) {
    var said = body && chinese(body.message) ? body.message.replace(/\s+[A-Za-z][^\u4e00-\u9fff]*$/, '') : null;
    if (status === 401) { return '您还没有登录，或者登录已失效。请先在任务列表（Tasklist）登录，然后刷新本页。'; }
    if (status === 403) { return '您无权查看这些内容。如需查看，请联系领导小组办公室。'; }
    if (status === 404) { return said || '没有找到这条记录，或者它不在您负责的范围内。'; }
    if (status === 400) { return said ? '查询条件有误：' + said : '查询条件有误，请检查后重试。'; }
    if (status === 0) { return '无法连接服务器，请检查网络后重试。'; }
    return '服务器暂时无法处理（' + status + '），请稍后重试。';
  }

  /** GET a JSON resource of the app's API; rejects with a LedgerError carrying a Chinese message. */
  function api(path) {
    return window.fetch(path, {
      credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': 'Fetch', 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.ok) {
        return response.json();
      }
      return response.json().then(function (body) { return body; }, function () { return null; })
        .then(function (body) { throw new LedgerError(response.status, messageFor(response.status, body)); });
    }, function () {
      throw new LedgerError(0, messageFor(0, null));
    });
  }

  /** An element: el('a', {href: '…', className: 'x'}, 'text', otherNode, …). Text is never parsed as HTML. */
  function el(tag, attributes) {
    var node = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (key) {
        var value = attributes[key];
        if (value === null || value === undefined || value === false) { return; }
        if (key === 'className') { node.className = value; } else if (key === 'text') { node.textContent = value; } else {
          node.setAttribute(key, value === true ? '' : value);
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
    return node;
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  /** The Beijing wall clock of an ISO instant, as [yyyy, MM, dd, HH, mm] (strings). */
  function beijing(iso) {
    var t = new Date(iso).getTime();
    if (isNaN(t)) { return null; }
    var d = new Date(t + BEIJING_OFFSET);
    return [String(d.getUTCFullYear()), pad(d.getUTCMonth() + 1), pad(d.getUTCDate()), pad(d.getUTCHours()),
      pad(d.getUTCMinutes())];
  }

  /** "2026-12-02 14:05" in Beijing time; '' for none. */
  function time(iso) {
    var p = iso ? beijing(iso) : null;
    return p ? p[0] + '-' + p[1] + '-' + p[2] + ' ' + p[3] + ':' + p[4] : '';
  }

  /**
   * A deadline in Beijing time, in the words the task names and forms use: one at midnight is the
   * end of the day before, "2026年12月5日 24 时前"; any other "2026年12月5日 10:00 前".
   */
  function due(iso) {
    var p = iso ? beijing(iso) : null;
    if (!p) { return ''; }
    var words = function (q) { return q[0] + '年' + Number(q[1]) + '月' + Number(q[2]) + '日'; };
    if (p[3] === '00' && p[4] === '00') {
      return words(beijing(new Date(new Date(iso).getTime() - 60 * 1000).toISOString())) + ' 24 时前';
    }
    return words(p) + ' ' + p[3] + ':' + p[4] + ' 前';
  }

  /** "2026-12-02" for a LocalDate or an instant's Beijing day. */
  function day(value) {
    if (!value) { return ''; }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) { return value; }
    var p = beijing(value);
    return p ? p[0] + '-' + p[1] + '-' + p[2] : '';
  }

  /**
   * A table cell that is also a card line on phones: its label (data-label, shown by the CSS on
   * phones) and one box holding the children, so that a value and its second line stay together.
   */
  function cell(label, className) {
    var value = el('div', { className: 'value' });
    for (var i = 2; i < arguments.length; i++) { append(value, arguments[i] === '' ? null : arguments[i]); }
    return el('td', { 'data-label': label, className: className || null }, value);
  }

  function badge(text, colour, title) {
    return el('span', { className: 'badge ' + (colour || 'grey'), title: title || null }, text);
  }

  var HAZARD_STATUS_COLOURS = {
    REPORTED: 'grey', ROUTED: 'amber', RETURNED: 'amber', ASSIGNED: 'blue', PLANNING: 'blue', RECTIFYING: 'blue',
    AWAITING_VERIFICATION: 'purple', AWAITING_CLOSURE_REVIEW: 'purple', CLOSED: 'green'
  };
  var ESCALATION_COLOURS = { OVERDUE: 'red', LEVEL_TWO: 'red', LEVEL_ONE: 'red', ACCOUNTABILITY: 'dark' };
  var INSPECTION_STATUS_COLOURS = {
    OPEN: 'blue', OVERDUE: 'red', MISSED: 'red', DONE: 'green', DONE_LATE: 'amber', CLOSED_UNFINISHED: 'dark'
  };
  var RESULT_COLOURS = { PASSED: 'green', HAZARD: 'red', NOT_APPLICABLE: 'grey' };

  /** The badges that tell a hazard's state at a glance: status, overdue, escalation, grade. */
  function hazardBadges(h) {
    var badges = [badge(h.statusLabel, HAZARD_STATUS_COLOURS[h.status])];
    if (h.overdue) { badges.push(badge('已逾期', 'red', '未销号且已超过整改期限')); }
    if (h.escalation && h.escalation !== 'NONE' && h.escalation !== 'OVERDUE') {
      badges.push(badge(h.escalationLabel, ESCALATION_COLOURS[h.escalation]));
    }
    if (h.grade === 'major') { badges.push(badge(h.gradeLabel, 'redline')); }
    if (h.listedSupervision) { badges.push(badge('挂牌督办', 'redline')); }
    return badges;
  }

  function inspectionBadge(i) {
    return badge(i.statusLabel, INSPECTION_STATUS_COLOURS[i.status]);
  }

  function resultBadge(item) {
    return badge(item.resultLabel, RESULT_COLOURS[item.result]);
  }

  /** Shows a failure in the page's message box; for 401 with the way to log in. */
  function fail(error) {
    var box = document.getElementById('failure');
    clear(box);
    var status = error && error.status;
    box.appendChild(document.createTextNode(error instanceof LedgerError ? error.message
      : '页面出错了，请刷新后重试。'));
    if (status === 401) {
      box.appendChild(el('a', { href: TASKLIST, target: '_blank', rel: 'noopener', id: 'login-link' }, '前往任务列表登录'));
      var again = el('button', { type: 'button', className: 'secondary' }, '已登录，刷新本页');
      again.addEventListener('click', function () { window.location.reload(); });
      box.appendChild(again);
    }
    box.hidden = false;
    var loading = document.getElementById('loading');
    if (loading) { loading.hidden = true; }
    if (status === 401 || status === 403) {
      // nothing to filter or read without the right to: only the message and the way on
      Array.prototype.forEach.call(document.querySelectorAll('.needs-data'), function (node) { node.hidden = true; });
    }
  }

  /** The officer's name in the nav ("董例勇"); silent when it cannot be read. */
  function whoAmI() {
    var me = document.getElementById('me');
    if (!me) { return; }
    api('/api/registry/me').then(function (m) {
      me.textContent = m.person && m.person.name ? '当前用户：' + m.person.name : '';
    }, function () { me.textContent = ''; });
  }

  /** The page's query string as a plain object (first value of each). */
  function params() {
    var out = {};
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (!(key in out)) { out[key] = value; }
    });
    return out;
  }

  /** "?a=1&b=2" of the non-empty values. */
  function query(values) {
    var search = new URLSearchParams();
    Object.keys(values).forEach(function (key) {
      var value = values[key];
      if (value !== null && value !== undefined && String(value).trim() !== '') {
        search.append(key, String(value).trim());
      }
    });
    var s = search.toString();
    return s ? '?' + s : '';
  }

  /** Fills a <select> with options [{code, name}] after its first ("全部") option, keeping a chosen value. */
  function options(select, list, chosen) {
    list.forEach(function (o) {
      select.appendChild(el('option', { value: o.code }, o.name));
    });
    if (chosen !== undefined && chosen !== null) {
      if (chosen !== '' && !list.some(function (o) { return o.code === chosen; })
          && !Array.prototype.some.call(select.options, function (o) { return o.value === chosen; })) {
        // a value from a link that the list does not offer (e.g. a grid without records): keep it selectable
        select.appendChild(el('option', { value: chosen }, chosen));
      }
      select.value = chosen;
    }
  }

  /** A <dl class="facts"> from [label, value] pairs; empty values are left out. */
  function facts(pairs) {
    var dl = el('dl', { className: 'facts' });
    pairs.forEach(function (pair) {
      var value = pair[1];
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) { return; }
      dl.appendChild(el('dt', null, pair[0]));
      dl.appendChild(el('dd', null, value));
    });
    return dl;
  }

  /** The week "2026-W49" of a Monday, with its days: "2026-W49（12月1日—12月7日）". */
  function week(isoWeek, monday) {
    if (!monday) { return isoWeek || ''; }
    var start = new Date(monday + 'T00:00:00Z');
    var end = new Date(start.getTime() + 6 * 24 * HOUR);
    function md(d) { return (d.getUTCMonth() + 1) + '月' + d.getUTCDate() + '日'; }
    return isoWeek + '（' + md(start) + '—' + md(end) + '）';
  }

  /**
   * A pager under a list: 共 N 条 · 第 x / y 页, 上一页 / 下一页, and the page size. go(page, size) loads.
   */
  function pager(box, page, go) {
    clear(box);
    if (page.totalElements === 0) { return; }
    var number = page.number;
    var prev = el('button', { type: 'button', className: 'secondary', id: 'prev-page' }, '上一页');
    var next = el('button', { type: 'button', className: 'secondary', id: 'next-page' }, '下一页');
    prev.disabled = page.first;
    next.disabled = page.last;
    prev.addEventListener('click', function () { go(number - 1, page.size); });
    next.addEventListener('click', function () { go(number + 1, page.size); });
    var size = el('select', { 'aria-label': '每页条数' });
    [20, 50, 100].forEach(function (n) { size.appendChild(el('option', { value: String(n) }, '每页 ' + n + ' 条')); });
    size.value = String(page.size);
    size.addEventListener('change', function () { go(0, Number(size.value)); });
    box.appendChild(prev);
    box.appendChild(el('span', { id: 'page-info' }, '第 ' + (number + 1) + ' / ' + Math.max(page.totalPages, 1) + ' 页'));
    box.appendChild(next);
    box.appendChild(size);
  }

  /**
   * Opens the filter panel on wide screens; phones start with it folded (the results first), its
   * title saying how many filters are set.
   */
  function filterPanel(details, count) {
    details.open = window.matchMedia('(min-width: 721px)').matches;
    if (count > 0) {
      details.querySelector('summary').textContent = '筛选条件（已设 ' + count + ' 项）';
    }
  }

  /**
   * A ledger list page (hazards, inspection rounds): the filters it keeps in the address, the
   * select options from the API's filter-options, one page of rows with a pager and the count, and
   * the Excel link with the same filters and sort.
   *   spec.api        '/api/hazards' — the list; spec.api + '/export.xlsx' and '/filter-options'
   *   spec.filters    the filter names (form fields and query parameters)
   *   spec.selects    {field: key of the filter-options answer} for the select fields
   *   spec.defaultSort, spec.table (id of the table), spec.unit ('条隐患'), spec.row (item → <tr>)
   */
  function listPage(spec) {
    var form = document.getElementById('filters');
    var excel = document.getElementById('excel');
    var state = params();

    function filters(from) {
      var values = {};
      spec.filters.forEach(function (name) { values[name] = from[name]; });
      return values;
    }
    function fromForm() {
      var values = {};
      spec.filters.concat(['sort']).forEach(function (name) { values[name] = form.elements[name].value; });
      if (values.sort === spec.defaultSort) { delete values.sort; }
      return values;
    }
    function excelHref(values) {
      var q = filters(values);
      if (values.sort) { q.sort = values.sort; }
      return spec.api + '/export.xlsx' + query(q);
    }
    function load(page, size) {
      var values = fromForm();
      var q = filters(values);
      q.sort = values.sort || spec.defaultSort;
      q.page = page;
      q.size = size;
      document.getElementById('loading').hidden = false;
      return api(spec.api + query(q)).then(function (result) {
        document.getElementById('loading').hidden = true;
        document.getElementById('failure').hidden = true;
        var rows = clear(document.getElementById('rows'));
        result.content.forEach(function (item) { rows.appendChild(spec.row(item)); });
        document.getElementById(spec.table).hidden = result.content.length === 0;
        document.getElementById('empty').hidden = result.content.length !== 0;
        document.getElementById('total').textContent = '共 ' + result.totalElements + ' ' + spec.unit;
        pager(document.getElementById('pager'), result, function (p, s) {
          history.replaceState(null, '', query(Object.assign(fromForm(), { page: p || null, size: s === 20 ? null : s })));
          load(p, s).then(function () { window.scrollTo(0, document.getElementById('results').offsetTop); });
        });
      }).catch(fail);
    }

    // the address's filters back into the form (a browser without a date or week picker keeps the text)
    spec.filters.forEach(function (name) {
      if (state[name] && !spec.selects[name]) { form.elements[name].value = state[name]; }
    });
    if (state.sort) { form.elements.sort.value = state.sort; }
    filterPanel(document.getElementById('filter-panel'), spec.filters.filter(function (n) { return state[n]; }).length);
    excel.href = excelHref(state);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.location.search = query(fromForm());
    });
    document.getElementById('reset').addEventListener('click', function () { window.location.search = ''; });
    ['change', 'input'].forEach(function (type) {
      form.addEventListener(type, function () { excel.href = excelHref(fromForm()); });
    });

    whoAmI();
    api(spec.api + '/filter-options').then(function (choices) {
      Object.keys(spec.selects).forEach(function (name) {
        options(form.elements[name], choices[spec.selects[name]], state[name] || '');
      });
      excel.href = excelHref(fromForm());
      return load(Number(state.page) || 0, Number(state.size) || 20);
    }).catch(fail);
  }

  window.Ledger = {
    api: api, el: el, cell: cell, clear: clear, time: time, due: due, day: day, week: week, badge: badge,
    hazardBadges: hazardBadges, inspectionBadge: inspectionBadge, resultBadge: resultBadge, fail: fail,
    whoAmI: whoAmI, params: params, query: query, options: options, facts: facts, pager: pager,
    filterPanel: filterPanel, listPage: listPage, LedgerError: LedgerError, TASKLIST: TASKLIST
  };
})(window, document);
