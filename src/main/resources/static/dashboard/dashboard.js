/*
 * The supervisors' dashboard (督查看板). The period, the area and the chosen breakdowns live in the
 * address (?period=2026-03&area=east&by=GRID&rounds=AREA&unit=MONTH, or ?from=…&to=…), so a view can be
 * bookmarked or sent on. Four calls to /api/dashboard/… fill the cards, the three charts (Apache
 * ECharts from the app's own webjar) and the tables; every number links to the ledger page that
 * lists exactly those records (the API gives the links). The API counts only what the ledgers show
 * the logged-in officer; the page decides nothing about rights.
 */
(function (L, echarts) {
  'use strict';

  var el = L.el;
  var state = L.params();
  var charts = {};
  var overview = null;

  var HAZARD_BY = ['AREA', 'GRID', 'DEPARTMENT', 'CATEGORY'];
  var ROUNDS_BY = ['GRID', 'AREA', 'CHECKLIST'];
  var UNITS = ['WEEK', 'MONTH'];
  var CHART_ROWS = 12;

  function pick(value, allowed, fallback) {
    var v = (value || '').toUpperCase();
    return allowed.indexOf(v) >= 0 ? v : fallback;
  }

  state.by = pick(state.by, HAZARD_BY, 'AREA');
  state.rounds = pick(state.rounds, ROUNDS_BY, 'GRID');
  state.unit = pick(state.unit, UNITS, 'WEEK');

  // ---------------------------------------------------------------------------------- the address

  function periodQuery() {
    if (state.from && state.to) { return { from: state.from, to: state.to }; }
    return state.period ? { period: state.period } : {};
  }

  function apiQuery(extra) {
    return L.query(Object.assign(periodQuery(), { area: state.area || null }, extra || {}));
  }

  function remember() {
    var address = Object.assign(periodQuery(), {
      area: state.area || null,
      by: state.by === 'AREA' ? null : state.by,
      rounds: state.rounds === 'GRID' ? null : state.rounds,
      unit: state.unit === 'WEEK' ? null : state.unit
    });
    history.replaceState(null, '', L.query(address) || window.location.pathname);
  }

  // ---------------------------------------------------------------------------------- formatting

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (Math.round(rate * 1000) / 10) + '%';
  }

  /** A number that opens its ledger list; a zero stays plain (its list would be empty). */
  function number(value, href, title) {
    if (!value || !href) { return el('span', { className: 'zero' }, String(value || 0)); }
    return el('a', { href: href, title: title || '在台账中查看这些记录' }, String(value));
  }

  function card(label, value, href, tone, sub) {
    var body = [el('span', { className: 'label' }, label), el('strong', { className: 'value' }, String(value)),
      sub ? el('span', { className: 'sub' }, sub) : null];
    return href ? el('a', { className: 'card ' + (tone || ''), href: href }, body)
      : el('div', { className: 'card ' + (tone || '') }, body);
  }

  function rateTone(rate, good, fair) {
    if (rate === null || rate === undefined) { return 'quiet'; }
    return rate >= good ? 'good' : rate >= fair ? 'warn' : 'bad';
  }

  // ---------------------------------------------------------------------------------- the cards

  function renderOverview(o) {
    overview = o;
    var h = o.hazards.counts;
    var b = o.backlog;
    var r = o.inspections.counts;
    document.getElementById('as-of').textContent = '数据截至 ' + L.time(o.asOf) + '（北京时间）';
    document.getElementById('period-label').textContent = o.period.label + (o.areaName ? ' · ' + o.areaName : '');
    document.title = '督查看板 ' + o.period.label + ' · 安全生产网格化管理';
    document.getElementById('hazard-scope').textContent = o.period.label + '上报（' + o.period.from + ' 至 ' + o.period.to + '）';
    document.getElementById('round-scope').textContent = o.period.label + '到期';

    var hl = o.hazards.links;
    L.clear(document.getElementById('hazard-cards')).append(
      card('上报隐患', h.reported, hl.reported, ''),
      card('已销号', h.closed, hl.closed, 'good'),
      card('未销号', h.open, hl.open, h.open ? 'warn' : 'quiet'),
      card('其中逾期', h.overdue, hl.overdue, h.overdue ? 'bad' : 'quiet', '未销号且已过整改期限'),
      card('升级督办', h.escalated, hl.escalated, h.escalated ? 'bad' : 'quiet', '二级、一级网格长督办或移交纪委'),
      card('按期整改率', percent(o.hazards.onTimeRate), hl.notOnTime, rateTone(o.hazards.onTimeRate, 0.95, 0.8),
        '未按期 ' + h.notOnTime + ' 条（点击查看）'));

    L.clear(document.getElementById('backlog-cards')).append(
      card('全部未销号', b.open, b.links.open, b.open ? 'warn' : 'quiet'),
      card('全部逾期', b.overdue, b.links.overdue, b.overdue ? 'bad' : 'quiet'),
      card('重大隐患未销号', b.majorOpen, b.links.majorOpen, b.majorOpen ? 'bad' : 'quiet', '挂牌督办'));

    var rl = o.inspections.links;
    L.clear(document.getElementById('round-cards')).append(
      card('应排查', r.rounds, rl.rounds, ''),
      card('按时完成', r.onTime, rl.onTime, 'good'),
      card('逾期完成', r.late, rl.late, r.late ? 'warn' : 'quiet'),
      card('漏查', r.missed, rl.missed, r.missed ? 'bad' : 'quiet', '已督办、已关闭或过期未查'),
      card('未到期', r.pending, rl.pending, 'quiet'),
      card('按时完成率', percent(o.inspections.rate), rl.missed, rateTone(o.inspections.rate, 0.95, 0.8),
        '按时 ÷（按时 + 逾期 + 漏查）'));

    // the period controls
    Array.prototype.forEach.call(document.querySelectorAll('[data-kind]'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-kind') === o.period.kind));
    });
    var custom = o.period.kind === 'CUSTOM';
    document.getElementById('previous').hidden = custom;
    document.getElementById('next').hidden = custom;
    document.getElementById('previous').title = o.period.previous ? '上一时段：' + o.period.previous : '';
    document.getElementById('next').title = o.period.next ? '下一时段：' + o.period.next : '';
    var form = document.getElementById('custom');
    form.hidden = !custom;
    form.elements.from.value = o.period.from;
    form.elements.to.value = o.period.to;

    var area = document.getElementById('area');
    if (area.options.length === 1) {
      o.areas.forEach(function (a) { area.appendChild(el('option', { value: a.code }, a.name)); });
      if (state.area && !o.areas.some(function (a) { return a.code === state.area; })) {
        area.appendChild(el('option', { value: state.area }, o.areaName || state.area));
      }
    }
    area.value = state.area || '';
  }

  // ---------------------------------------------------------------------------------- the trend

  function shortLabel(point, unit) {
    if (unit === 'WEEK') { return point.label.replace(/（.*$/, '') + '\n' + point.from.slice(5).replace('-', '.'); }
    return Number(point.code.slice(5)) + '月';
  }

  function renderTrend(trend) {
    var points = trend.points;
    var labels = points.map(function (p) { return shortLabel(p, trend.unit); });
    var rate = function (v) { return v === null || v === undefined ? null : Math.round(v * 1000) / 10; };
    draw('trend', {
      color: ['#4a7fb5', '#d93025', '#2e7d32', '#e0a800'],
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : v; } },
      legend: { top: 0, data: ['上报隐患', '其中逾期', '按期整改率', '排查按时完成率'] },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 'auto', fontSize: 11 } },
      yAxis: [{ type: 'value', name: '条', minInterval: 1 },
        { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } }],
      series: [
        { name: '上报隐患', type: 'bar', data: points.map(function (p) { return p.hazards.reported; }) },
        { name: '其中逾期', type: 'bar', data: points.map(function (p) { return p.hazards.overdue; }) },
        { name: '按期整改率', type: 'line', yAxisIndex: 1, connectNulls: true,
          data: points.map(function (p) { return rate(p.onTimeRate); }) },
        { name: '排查按时完成率', type: 'line', yAxisIndex: 1, connectNulls: true,
          data: points.map(function (p) { return rate(p.inspectionRate); }) }
      ]
    }, function (click) {
      var links = points[click.dataIndex].links;
      return [links.reported, links.overdue, links.notOnTime, links.missed][click.seriesIndex];
    });

    var table = L.clear(document.getElementById('trend-table'));
    table.appendChild(el('thead', null, el('tr', null, el('th', null, trend.unit === 'WEEK' ? '周' : '月'),
      el('th', { className: 'n' }, '上报隐患'), el('th', { className: 'n' }, '其中逾期'), el('th', { className: 'n' }, '按期整改率'),
      el('th', { className: 'n' }, '应排查'), el('th', { className: 'n' }, '漏查'), el('th', { className: 'n' }, '按时完成率'))));
    var body = el('tbody');
    points.forEach(function (p) {
      body.appendChild(el('tr', null,
        L.cell(trend.unit === 'WEEK' ? '周' : '月', 'num', p.label),
        L.cell('上报隐患', 'n', number(p.hazards.reported, p.links.reported)),
        L.cell('其中逾期', 'n' + (p.hazards.overdue ? ' bad' : ''), number(p.hazards.overdue, p.links.overdue)),
        L.cell('按期整改率', 'n', number(percent(p.onTimeRate), p.onTimeRate === null ? null : p.links.notOnTime,
          '查看未按期整改的隐患')),
        L.cell('应排查', 'n', number(p.inspections.rounds, p.links.rounds)),
        L.cell('漏查', 'n' + (p.inspections.missed ? ' bad' : ''), number(p.inspections.missed, p.links.missed)),
        L.cell('按时完成率', 'n', percent(p.inspectionRate))));
    });
    table.appendChild(body);
    pressed('[data-unit]', 'data-unit', trend.unit);
    document.getElementById('trend-excel').href = '/api/dashboard/trend.xlsx' + apiQuery({ unit: trend.unit });
  }

  // ---------------------------------------------------------------------------------- hazard table

  function renderHazards(table) {
    var rows = table.rows;
    var shown = rows.slice(0, CHART_ROWS).reverse();
    draw('hazard', {
      color: ['#4a7fb5', '#e0a800', '#d93025'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: ['上报隐患', '未销号', '其中逾期'] },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map(function (r) { return r.name; }),
        axisLabel: { width: 110, overflow: 'truncate', fontSize: 12 } },
      series: [
        { name: '上报隐患', type: 'bar', data: shown.map(function (r) { return r.counts.reported; }) },
        { name: '未销号', type: 'bar', data: shown.map(function (r) { return r.counts.open; }) },
        { name: '其中逾期', type: 'bar', data: shown.map(function (r) { return r.counts.overdue; }) }
      ]
    }, function (click) {
      var links = shown[click.dataIndex].links;
      return [links.reported, links.open, links.overdue][click.seriesIndex];
    });

    var box = L.clear(document.getElementById('hazard-table'));
    var first = table.byLabel.replace('按', '').replace(/（.*）/, '');
    box.appendChild(el('thead', null, el('tr', null, el('th', null, first),
      ['上报隐患', '已销号', '未销号', '其中逾期', '升级督办', '按期整改率'].map(function (h) {
        return el('th', { className: 'n' }, h);
      }))));
    var body = el('tbody');
    rows.concat([table.total]).forEach(function (r, i) {
      var c = r.counts;
      body.appendChild(el('tr', { className: i === rows.length ? 'total' : (c.overdue ? 'overdue' : null), 'data-code': r.code },
        L.cell(first, 'num', r.name, r.note ? el('span', { className: 'sub' }, r.note) : null),
        L.cell('上报隐患', 'n', number(c.reported, r.links.reported)),
        L.cell('已销号', 'n', number(c.closed, r.links.closed)),
        L.cell('未销号', 'n', number(c.open, r.links.open)),
        L.cell('其中逾期', 'n' + (c.overdue ? ' bad' : ''), number(c.overdue, r.links.overdue)),
        L.cell('升级督办', 'n' + (c.escalated ? ' bad' : ''), number(c.escalated, r.links.escalated)),
        L.cell('按期整改率', 'n', percent(r.onTimeRate),
          c.notOnTime ? el('span', { className: 'sub' }, '未按期 ', number(c.notOnTime, r.links.notOnTime), ' 条') : null)));
    });
    box.appendChild(body);
    document.getElementById('hazard-more').textContent = rows.length === 0 ? '所选时段内没有您能查看的隐患。'
      : table.totalRows > rows.length ? '共 ' + table.totalRows + ' 行，此处列出前 ' + rows.length + ' 行（逾期多的在前），全部见 Excel。' : '';
    pressed('[data-by]', 'data-by', table.by);
    document.getElementById('hazard-excel').href = '/api/dashboard/hazards.xlsx' + apiQuery({ by: table.by });
  }

  // ---------------------------------------------------------------------------------- round table

  function renderRounds(table) {
    var rows = table.rows;
    var shown = rows.filter(function (r) { return r.rate !== null; }).slice(0, CHART_ROWS + 3).reverse();
    draw('round', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v + '%'; } },
      grid: { left: 8, right: 36, top: 10, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: shown.map(function (r) { return r.name; }),
        axisLabel: { width: 110, overflow: 'truncate', fontSize: 12 } },
      series: [{ name: '按时完成率', type: 'bar',
        label: { show: true, position: 'right', formatter: function (p) { return p.value + '%'; } },
        data: shown.map(function (r) {
          var value = Math.round(r.rate * 1000) / 10;
          return { value: value, itemStyle: { color: r.rate >= 0.95 ? '#2e7d32' : r.rate >= 0.8 ? '#e0a800' : '#d93025' } };
        }) }]
    }, function (click) {
      var r = shown[click.dataIndex];
      return r.counts.missed ? r.links.missed : r.links.rounds;
    });

    var box = L.clear(document.getElementById('round-table'));
    var first = table.byLabel.replace('按', '').replace(/（.*）/, '');
    box.appendChild(el('thead', null, el('tr', null, el('th', null, first),
      ['应排查', '按时完成', '逾期完成', '漏查', '未到期', '按时完成率'].map(function (h) {
        return el('th', { className: 'n' }, h);
      }))));
    var body = el('tbody');
    rows.concat([table.total]).forEach(function (r, i) {
      var c = r.counts;
      body.appendChild(el('tr', { className: i === rows.length ? 'total' : (c.missed ? 'overdue' : null), 'data-code': r.code },
        L.cell(first, 'num', r.name, r.note ? el('span', { className: 'sub' }, r.note) : null),
        L.cell('应排查', 'n', number(c.rounds, r.links.rounds)),
        L.cell('按时完成', 'n', number(c.onTime, r.links.onTime)),
        L.cell('逾期完成', 'n', number(c.late, r.links.late)),
        L.cell('漏查', 'n' + (c.missed ? ' bad' : ''), number(c.missed, r.links.missed)),
        L.cell('未到期', 'n', number(c.pending, r.links.pending)),
        L.cell('按时完成率', 'n', percent(r.rate))));
    });
    box.appendChild(body);
    document.getElementById('round-more').textContent = rows.length === 0 ? '所选时段内没有您能查看的排查。'
      : table.totalRows > rows.length ? '共 ' + table.totalRows + ' 行，此处列出前 ' + rows.length + ' 行（漏查多的在前），全部见 Excel。' : '';
    pressed('[data-rounds]', 'data-rounds', table.by);
    document.getElementById('round-excel').href = '/api/dashboard/inspections.xlsx' + apiQuery({ by: table.by });
  }

  // ---------------------------------------------------------------------------------- charts

  /** Draws a chart (when ECharts loaded); a click on a bar or point opens the ledger list it counts. */
  function draw(name, option, linkOf) {
    var box = document.getElementById(name + '-chart');
    if (!echarts) { box.hidden = true; return; }
    var chart = charts[name];
    if (!chart) {
      chart = charts[name] = echarts.init(box, null, { locale: 'ZH' });
      chart.on('click', function (click) {
        var href = chart.__safegridLink && chart.__safegridLink(click);
        if (href) { window.location.href = href; }
      });
    }
    chart.__safegridLink = linkOf;
    option.animation = false;
    option.textStyle = { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif' };
    chart.setOption(option, true);
  }

  function pressed(selector, attribute, value) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute(attribute) === value));
    });
  }

  // ---------------------------------------------------------------------------------- loading

  function load() {
    remember();
    document.body.setAttribute('data-loading', 'true');
    return Promise.all([
      L.api('/api/dashboard/overview' + apiQuery()).then(renderOverview),
      L.api('/api/dashboard/trend' + apiQuery({ unit: state.unit })).then(renderTrend),
      L.api('/api/dashboard/hazards' + apiQuery({ by: state.by })).then(renderHazards),
      L.api('/api/dashboard/inspections' + apiQuery({ by: state.rounds })).then(renderRounds)
    ]).then(function () {
      document.getElementById('failure').hidden = true;
      document.body.setAttribute('data-loading', 'false');
    }).catch(function (error) {
      document.body.setAttribute('data-loading', 'false');
      L.fail(error);
    });
  }

  /** The period of this kind that holds the current period's first day. */
  function periodOfKind(kind, from) {
    var year = from.slice(0, 4);
    var month = Number(from.slice(5, 7));
    if (kind === 'MONTH') { return year + '-' + from.slice(5, 7); }
    if (kind === 'QUARTER') { return year + '-Q' + (Math.floor((month - 1) / 3) + 1); }
    return year;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-kind]'), function (button) {
    button.addEventListener('click', function () {
      var kind = button.getAttribute('data-kind');
      var from = overview ? overview.period.from : new Date().toISOString().slice(0, 10);
      if (kind === 'CUSTOM') {
        document.getElementById('custom').hidden = false;
        pressed('[data-kind]', 'data-kind', 'CUSTOM');
        document.getElementById('custom').elements.from.focus();
        return;
      }
      state.period = periodOfKind(kind, from);
      delete state.from;
      delete state.to;
      load();
    });
  });
  ['previous', 'next'].forEach(function (id) {
    document.getElementById(id).addEventListener('click', function () {
      if (overview && overview.period[id]) {
        state.period = overview.period[id];
        load();
      }
    });
  });
  document.getElementById('custom').addEventListener('submit', function (event) {
    event.preventDefault();
    state.from = event.target.elements.from.value;
    state.to = event.target.elements.to.value;
    delete state.period;
    load();
  });
  document.getElementById('area').addEventListener('change', function (event) {
    state.area = event.target.value;
    load();
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-by]'), function (button) {
    button.addEventListener('click', function () {
      state.by = button.getAttribute('data-by');
      remember();
      L.api('/api/dashboard/hazards' + apiQuery({ by: state.by })).then(renderHazards).catch(L.fail);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-rounds]'), function (button) {
    button.addEventListener('click', function () {
      state.rounds = button.getAttribute('data-rounds');
      remember();
      L.api('/api/dashboard/inspections' + apiQuery({ by: state.rounds })).then(renderRounds).catch(L.fail);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-unit]'), function (button) {
    button.addEventListener('click', function () {
      state.unit = button.getAttribute('data-unit');
      remember();
      L.api('/api/dashboard/trend' + apiQuery({ unit: state.unit })).then(renderTrend).catch(L.fail);
    });
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (name) { charts[name].resize(); });
  });

  L.whoAmI();
  load();
})(window.Ledger, window.echarts);
