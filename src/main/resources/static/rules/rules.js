/*
 * 规则管理: the rule tables in the bpmn.io decision table editor (dmn-js), and what an administrator
 * does with a draft — check, preview, deploy, compare, roll back, test cases — all through
 * /api/rules. The page holds no rules of its own: the server checks, evaluates (with the Camunda
 * DMN engine) and decides who may do what.
 */
(function (window, document) {
  'use strict';

  var L = window.Ledger;
  var el = L.el;
  var clear = L.clear;

  var state = {
    tables: [], key: null, detail: null, versions: [], tests: [], columns: {}, modeler: null,
    dirty: false, baseVersion: null, lastCheck: null, editingTest: null, selectedCell: null
  };

  // ---- the API, with the session of the Cockpit or Tasklist login

  function ApiError(status, message, fieldErrors) {
    this.status = status;
    this.message = message;
    this.fieldErrors = fieldErrors || [];
  }

  function messageFor(status, body) {
    if (status === 401) { return '您还没有登录，或者登录已失效。请先在驾驶舱（Cockpit）登录，然后刷新本页。'; }
    if (body && typeof body.message === 'string' && /[\u4e00-\u9fff]/.test(body.message)) { return body.message; }
    if (status === 403) { return '您无权进行这项操作。'; }
    if (status === 0) { return '无法连接服务器，请检查网络后重试。'; }
    return '服务器暂时无法处理（' + status + '），请稍后重试。';
  }

  function call(method, path, body, token) {
    var headers = { 'Accept': 'application/json', 'X-XSRF-TOKEN': token || 'Fetch' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return window.fetch(path, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) { return { response: response, body: null }; }
      var type = response.headers.get('Content-Type') || '';
      var read = type.indexOf('json') >= 0 ? response.json() : response.text();
      return read.then(function (data) { return { response: response, body: data }; },
        function () { return { response: response, body: null }; });
    }, function () {
      throw new ApiError(0, messageFor(0, null));
    }).then(function (result) {
      if (!result.response.ok) {
        var b = result.body && typeof result.body === 'object' ? result.body : null;
        throw new ApiError(result.response.status, messageFor(result.response.status, b), b && b.fieldErrors);
      }
      return { body: result.body, token: result.response.headers.get('X-XSRF-TOKEN') };
    });
  }

  function get(path) {
    return call('GET', path).then(function (r) { return r.body; });
  }

  /** A write: first a read that hands out the session's XSRF token (as the app's other pages do), then the write with it. */
  function write(method, path, body) {
    return call('GET', '/api/rules').then(function (r) {
      return call(method, path, body, r.token || 'none');
    }).then(function (r) { return r.body; });
  }

  function fail(error) {
    if (window.console && error && error.stack) { window.console.error(error.stack); }
    if (error && error.status !== undefined) {
      L.fail(new L.LedgerError(error.status, error.message));
    } else {
      L.fail(error);
    }
  }

  function toast(text) {
    var box = document.getElementById('toast');
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, 6000);
  }

  function path(key) {
    return '/api/rules/' + encodeURIComponent(key);
  }

  // ---- the list of tables

  function loadTables(selectKey) {
    return get('/api/rules').then(function (tables) {
      state.tables = tables;
      var box = clear(document.getElementById('tables'));
      box.className = '';
      tables.forEach(function (t) {
        var item = el('button', { type: 'button', className: 'table-item' + (t.key === selectKey ? ' current' : ''),
          'data-key': t.key },
          el('span', { className: 'name' }, t.name || t.key),
          el('span', { className: 'sub' }, t.key),
          el('span', { className: 'sub' }, '生效：第 ' + t.activeVersion + ' 版 · ' + (t.originLabel || '')),
          el('span', { className: 'sub' }, (t.deployedByName || '') + ' ' + L.time(t.deployedAt)),
          t.pending ? L.badge('有新发布版本待决定', 'amber') : null,
          el('span', { className: 'sub' }, '测试用例 ' + t.testCases + ' 个'));
        item.addEventListener('click', function () { choose(t.key); });
        box.appendChild(item);
      });
      return tables;
    });
  }

  function choose(key) {
    if (state.dirty && key !== state.key && !window.confirm('当前草稿尚未部署，切换规则表会放弃这些修改。继续吗？')) {
      return;
    }
    window.history.replaceState(null, '', '?table=' + encodeURIComponent(key));
    Array.prototype.forEach.call(document.querySelectorAll('.table-item'), function (b) {
      b.classList.toggle('current', b.getAttribute('data-key') === key);
    });
    open(key).catch(fail);
  }

  // ---- one table

  function open(key) {
    state.key = key;
    hidePanels();
    return Promise.all([get(path(key)), get(path(key) + '/versions'), get(path(key) + '/tests')]).then(function (r) {
      state.detail = r[0];
      state.versions = r[1];
      state.tests = r[2];
      state.baseVersion = r[0].summary.activeVersion;
      state.columns = {};
      r[0].columns.forEach(function (c) { state.columns[c.name] = c; });
      document.getElementById('workspace').hidden = false;
      showSummary();
      renderTerms();
      renderHistory();
      renderTests();
      return importXml(r[0].xml);
    });
  }

  function showSummary() {
    var s = state.detail.summary;
    document.getElementById('table-title').textContent = (s.name || s.key) + '（' + s.key + '）';
    document.getElementById('table-state').textContent = '生效：第 ' + s.activeVersion + ' 版，' + (s.originLabel || '') + '，'
      + (s.deployedByName || '') + ' 于 ' + L.time(s.deployedAt) + ' 部署' + (s.reason ? '。理由：' + s.reason : '');
    document.getElementById('readonly').hidden = s.canDeploy;
    document.getElementById('deploy-open').hidden = !s.canDeploy;
    document.getElementById('test-add').hidden = !s.canDeploy;
    var pending = clear(document.getElementById('pending'));
    pending.hidden = !s.pending;
    if (s.pending) {
      pending.appendChild(el('p', null, 'SafeGrid 新版本发布了修改过的这张规则表（第 ' + s.pending.version + ' 版，' + L.time(s.pending.since)
        + ' 发现）。生效的仍是第 ' + s.activeVersion + ' 版，发布版本不会自动替换管理员部署的版本。与生效版本相比：' + s.pending.diffSummary));
      var show = el('button', { type: 'button', className: 'secondary', id: 'pending-open' }, '在编辑器中打开发布版本');
      show.addEventListener('click', function () {
        get(path(state.key) + '/versions/' + s.pending.version + '/xml').then(function (xml) {
          return importXml(xml).then(function () { markDirty(true, '已载入发布版本第 ' + s.pending.version + ' 版作为草稿，可检查、预览后部署'); });
        }).catch(fail);
      });
      pending.appendChild(show);
      if (s.canDeploy) {
        var adopt = el('button', { type: 'button', id: 'pending-adopt' }, '采用发布版本…');
        adopt.addEventListener('click', function () {
          reasonDialog('采用发布版本第 ' + s.pending.version + ' 版', s.pending.diffSummary, function (reason, override) {
            return write('POST', path(state.key) + '/pending/adopt', { baseVersion: state.baseVersion, reason: reason,
              overrideReason: override });
          });
        });
        var dismiss = el('button', { type: 'button', className: 'secondary', id: 'pending-dismiss' }, '不采用');
        dismiss.addEventListener('click', function () {
          reasonDialog('不采用发布版本第 ' + s.pending.version + ' 版', '继续使用生效的第 ' + s.activeVersion + ' 版，不再提示。',
            function (reason) {
              return write('POST', path(state.key) + '/pending/dismiss', { reason: reason });
            });
        });
        pending.appendChild(adopt);
        pending.appendChild(dismiss);
      }
    }
  }

  function hidePanels() {
    ['check-panel', 'preview-panel'].forEach(function (id) { document.getElementById(id).hidden = true; });
    clear(document.getElementById('diff'));
    hidePicker();
  }

  // ---- the editor

  function editor() {
    if (!state.modeler) {
      state.modeler = new window.DmnJS({
        container: '#editor',
        decisionTable: { additionalModules: [window.RulesZh] }
      });
    }
    return state.modeler;
  }

  function viewer() {
    return state.modeler && state.modeler.getActiveViewer();
  }

  /** dmn-js 10 answers with callbacks: as promises here. */
  function promised(method, target, args) {
    return new Promise(function (resolve, reject) {
      target[method].apply(target, args.concat([function (err, result) { if (err) { reject(err); } else { resolve(result); } }]));
    });
  }

  function importXml(xml) {
    var modeler = editor();
    return promised('importXML', modeler, [xml]).then(function () {
      var table = modeler.getViews().filter(function (v) { return v.type === 'decisionTable'; })[0];
      return table && modeler.getActiveView() !== table ? promised('open', modeler, [table]) : null;
    }).then(function () {
      var bus = viewer().get('eventBus');
      if (!bus.safegridListening) {
        bus.safegridListening = true;
        bus.on('elements.changed', function () { markDirty(true); setTimeout(decorate, 0); });
        bus.on('cellSelection.changed', function (event) { cellSelected(event.elementId); });
      }
      markDirty(false);
      decorate();
    });
  }

  function markDirty(dirty, text) {
    state.dirty = dirty;
    document.getElementById('draft-state').textContent = text
      || (dirty ? '草稿已修改，尚未部署' : '编辑器中是生效的第 ' + state.baseVersion + ' 版');
  }

  function currentXml() {
    return promised('saveXML', state.modeler, [{ format: true }]);
  }

  /** The column a cell of the editor belongs to, by the name the server knows it by. */
  function columnOf(cell) {
    var bo = cell && cell.col && cell.col.businessObject;
    if (!bo) { return null; }
    var input = !!bo.inputExpression;
    var name = input ? (bo.inputVariable || (bo.$attrs && bo.$attrs['camunda:inputVariable'])
      || (bo.inputExpression && bo.inputExpression.text)) : bo.name;
    var column = state.columns[name];
    return column && column.terms.length ? column : null;
  }

  function literals(text) {
    var out = [];
    (text || '').replace(/"((?:[^"\\]|\\.)*)"/g, function (_, v) { out.push(v); });
    return out;
  }

  function namesOf(column, text) {
    var names = {};
    column.terms.forEach(function (t) { names[t.code] = t.name; });
    var codes = [];
    literals(text).forEach(function (v) {
      (column.list ? v.split(',') : [v]).forEach(function (c) { c = c.trim(); if (c) { codes.push(c); } });
    });
    return codes.map(function (c) { return names[c] || ('未知代码 ' + c); }).join('、');
  }

  var FIXED_TEXTS = { 'Hit Policy:': '命中策略：', 'Unique': '唯一（Unique）', 'First': '首条命中（First）',
    'Priority': '优先（Priority）', 'Any': '任一（Any）', 'Collect': '汇总（Collect）', 'Rule order': '规则顺序（Rule order）',
    'Output order': '输出顺序（Output order）' };

  /** Texts the editor has in English without a translation hook (the hit policy), put into Chinese after each render. */
  function translateFixedTexts() {
    var walker = document.createTreeWalker(document.getElementById('editor'), NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      if (FIXED_TEXTS[text]) { node.nodeValue = node.nodeValue.replace(text, FIXED_TEXTS[text]); }
    }
  }

  /** Shows the Chinese names of the codes under each cell of a code column. */
  function decorate() {
    var v = viewer();
    if (!v) { return; }
    translateFixedTexts();
    var registry = v.get('elementRegistry');
    Array.prototype.forEach.call(document.querySelectorAll('#editor td[data-element-id]'), function (td) {
      var cell = registry.get(td.getAttribute('data-element-id'));
      var column = columnOf(cell);
      var text = cell && cell.businessObject && cell.businessObject.text;
      var names = column && text ? namesOf(column, text) : '';
      if (names) { td.setAttribute('data-names', names); } else { td.removeAttribute('data-names'); }
    });
  }

  // ---- the code picker for the cells of code columns

  function cellSelected(elementId) {
    var v = viewer();
    var cell = elementId ? v.get('elementRegistry').get(elementId) : null;
    var column = columnOf(cell);
    if (!column || !cell.businessObject || cell.businessObject.text === undefined) {
      if (!elementId || !document.getElementById('picker').contains(document.activeElement)) { hidePicker(); }
      return;
    }
    state.selectedCell = { cell: cell, column: column, input: !!cell.col.businessObject.inputExpression };
    showPicker();
  }

  function showPicker() {
    var s = state.selectedCell;
    var picker = document.getElementById('picker');
    var chosen = {};
    literals(s.cell.businessObject.text).forEach(function (v) {
      (s.column.list ? v.split(',') : [v]).forEach(function (c) { if (c.trim()) { chosen[c.trim()] = true; } });
    });
    var multiple = s.input || s.column.list;
    document.getElementById('picker-title').textContent = (s.column.label || s.column.name) + '：选择' + (s.column.what || '代码');
    document.getElementById('picker-hint').textContent = s.input
      ? '可选多个；都不选表示任意值（-）。' : (s.column.list ? '可选多个，也可都不选（无）。' : '选择一个。');
    document.getElementById('picker-any').hidden = !s.input;
    var list = clear(document.getElementById('picker-list'));
    var chosenFirst = s.column.terms.filter(function (t) { return chosen[t.code]; })
      .concat(s.column.terms.filter(function (t) { return !chosen[t.code]; }));
    chosenFirst.forEach(function (t) {
      var box = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'picker-choice', value: t.code });
      box.checked = !!chosen[t.code];
      list.appendChild(el('li', { 'data-search': (t.name + ' ' + t.code).toLowerCase() },
        el('label', null, box, ' ' + t.name + ' ', el('span', { className: 'code' }, t.code))));
    });
    document.getElementById('picker-search').value = '';
    var td = document.querySelector('#editor td[data-element-id="' + s.cell.id + '"]');
    var panel = document.getElementById('editor').parentNode;
    if (td) {
      var box1 = td.getBoundingClientRect();
      var box2 = panel.getBoundingClientRect();
      picker.style.top = (box1.bottom - box2.top + 4) + 'px';
      picker.style.left = Math.max(0, Math.min(box1.left - box2.left, box2.width - 340)) + 'px';
    }
    picker.hidden = false;
  }

  function hidePicker() {
    document.getElementById('picker').hidden = true;
    state.selectedCell = null;
  }

  function applyPicker(any) {
    var s = state.selectedCell;
    if (!s) { return; }
    var codes = any ? [] : Array.prototype.filter.call(document.querySelectorAll('#picker-list input'), function (i) {
      return i.checked;
    }).map(function (i) { return i.value; });
    var text;
    if (s.input) {
      text = codes.length ? codes.map(function (c) { return '"' + c + '"'; }).join(',') : '';
    } else if (s.column.list) {
      text = '"' + codes.join(',') + '"';
    } else {
      if (!codes.length) { return; }
      text = '"' + codes[0] + '"';
    }
    viewer().get('modeling').editCell(s.cell.businessObject, text);
    hidePicker();
  }

  // ---- check

  function check() {
    return currentXml().then(function (xml) {
      return write('POST', path(state.key) + '/check', { xml: xml, confirmCatchAll: [] });
    }).then(function (result) {
      state.lastCheck = result;
      renderCheck(result);
      return result;
    });
  }

  var CATCH_ALL = /隐患类别“(.+?)”（([a-z0-9-]+)）没有自己的规则/;

  function renderCheck(result) {
    var box = clear(document.getElementById('check-result'));
    document.getElementById('check-panel').hidden = false;
    var failing = result.tests.filter(function (t) { return !t.passed; });
    box.appendChild(el('p', { className: 'message ' + (result.passed ? 'info' : 'error'), id: 'check-verdict' },
      result.passed ? '检查通过' + (failing.length ? '，但有 ' + failing.length + ' 个测试用例未通过' : '，测试用例全部通过') + '。'
        : '有 ' + result.problems.length + ' 个问题，修正后才能部署：'));
    if (result.problems.length) {
      box.appendChild(el('ol', { className: 'problems' }, result.problems.map(function (p) {
        return el('li', null, p.message);
      })));
    }
    box.appendChild(testResults(result.tests));
    if (result.diff) {
      box.appendChild(el('h3', null, '与生效版本相比'));
      box.appendChild(diffView(result.diff));
    }
    box.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function testResults(tests) {
    if (!tests.length) { return el('p', { className: 'hint' }, '这张规则表还没有测试用例。'); }
    return el('table', { className: 'ledger compact', id: 'test-results' },
      el('thead', null, el('tr', null, el('th', null, '测试用例'), el('th', null, '结果'), el('th', null, '说明'))),
      el('tbody', null, tests.map(function (t) {
        return el('tr', null, L.cell('测试用例', null, t.name),
          L.cell('结果', null, L.badge(t.passed ? '通过' : '未通过', t.passed ? 'green' : 'red')),
          L.cell('说明', null, t.message || ''));
      })));
  }

  // ---- preview

  function preview(event) {
    if (event) { event.preventDefault(); }
    var form = document.getElementById('preview-form');
    var box = clear(document.getElementById('preview-result'));
    box.appendChild(el('p', { className: 'loading' }, '正在按草稿对真实案例求值…'));
    return currentXml().then(function (xml) {
      return write('POST', path(state.key) + '/preview', { xml: xml, from: form.elements.from.value || null,
        to: form.elements.to.value || null });
    }).then(function (result) {
      renderPreview(result);
    }).catch(function (error) {
      clear(box).appendChild(el('p', { className: 'message error' }, error.message));
    });
  }

  function renderPreview(r) {
    var box = clear(document.getElementById('preview-result'));
    var form = document.getElementById('preview-form');
    form.elements.from.value = r.from || '';
    form.elements.to.value = r.to || '';
    if (!r.noun && r.problems.length) {
      box.appendChild(el('p', { className: 'message error' }, '草稿无法求值：' + r.problems[0].message));
      return;
    }
    if (r.problems.length) {
      box.appendChild(el('p', { className: 'message error' }, '注意：草稿还有 ' + r.problems.length + ' 个问题未通过检查，修正后才能部署。'));
    }
    var period = r.noun === '隐患' ? '上报日期 ' + r.from + ' 至 ' + r.to + ' 的 ' : '网格台账中的 ';
    box.appendChild(el('p', { className: 'message ' + (r.changedCases ? 'error' : 'info'), id: 'preview-verdict' },
      period + r.cases + ' 个' + r.noun + '（' + r.combinations + ' 种输入组合）中，按草稿有 ' + r.changedCases + ' 个结果会改变'
      + '（用时 ' + r.millis + ' 毫秒）。'));
    if (r.moves.length) {
      box.appendChild(el('h3', null, '变化汇总'));
      box.appendChild(el('table', { className: 'ledger compact', id: 'preview-moves' },
        el('thead', null, el('tr', null, el('th', null, '输出'), el('th', null, '原结果'), el('th', null, '新结果'), el('th', null, '数量'))),
        el('tbody', null, r.moves.map(function (m) {
          return el('tr', null, L.cell('输出', null, m.column), L.cell('原结果', null, m.beforeLabel),
            L.cell('新结果', null, m.afterLabel), L.cell('数量', 'num', String(m.count)));
        }))));
    }
    if (r.changes.length) {
      box.appendChild(el('h3', null, '结果会改变的' + r.noun));
      box.appendChild(el('table', { className: 'ledger compact', id: 'preview-changes' },
        el('thead', null, el('tr', null, el('th', null, '输入'), el('th', null, '数量'), el('th', null, '生效版本'),
          el('th', null, '草稿'), el('th', null, r.noun))),
        el('tbody', null, r.changes.map(function (c) {
          var examples = c.examples.map(function (number) {
            return r.noun === '隐患' ? el('a', { href: '/ledger/hazard.html?number=' + encodeURIComponent(number), target: '_blank',
              rel: 'noopener' }, number) : el('span', null, number);
          });
          var list = [];
          examples.forEach(function (e, i) { if (i) { list.push('、'); } list.push(e); });
          if (c.count > c.examples.length) { list.push(' 等 ' + c.count + ' 个'); }
          return el('tr', null, L.cell('输入', null, c.inputsLabel), L.cell('数量', 'num', String(c.count)),
            L.cell('生效版本', null, c.beforeLabel), L.cell('草稿', null, c.afterLabel), L.cell(r.noun, 'examples', list));
        }))));
    }
    box.appendChild(el('h3', null, '测试用例'));
    box.appendChild(testResults(r.tests));
  }

  // ---- deploy

  function openDeploy() {
    var dialog = document.getElementById('deploy-dialog');
    var form = document.getElementById('deploy-form');
    form.reset();
    clear(document.getElementById('deploy-problems'));
    document.getElementById('deploy-summary').textContent = '正在检查草稿…';
    document.getElementById('catch-all').hidden = true;
    document.getElementById('override-box').hidden = true;
    document.getElementById('deploy-confirm').disabled = true;
    dialog.showModal();
    check().then(function (result) {
      var other = result.problems.filter(function (p) { return !CATCH_ALL.test(p.message); });
      var catchAll = result.problems.filter(function (p) { return CATCH_ALL.test(p.message); });
      var failing = result.tests.filter(function (t) { return !t.passed; });
      document.getElementById('deploy-summary').textContent = '草稿基于第 ' + state.baseVersion + ' 版。'
        + (result.diff ? '变化：' + result.diff.summary : '');
      if (other.length) {
        document.getElementById('deploy-problems').appendChild(el('div', { className: 'message error' },
          '草稿有 ' + other.length + ' 个问题，不能部署，请先修正（见“检查结果”）。'));
        return;
      }
      var list = clear(document.getElementById('catch-all-list'));
      catchAll.forEach(function (p) {
        var m = CATCH_ALL.exec(p.message);
        list.appendChild(el('label', { className: 'check' }, el('input', { type: 'checkbox', name: 'catchAll', value: m[2] }),
          ' ' + m[1] + '（' + m[2] + '）'));
      });
      document.getElementById('catch-all').hidden = !catchAll.length;
      document.getElementById('override-box').hidden = !failing.length;
      if (failing.length) {
        document.getElementById('deploy-problems').appendChild(el('div', { className: 'message error' },
          failing.length + ' 个测试用例未通过：' + failing.map(function (t) { return t.name; }).join('、')
          + '。如确需部署，请写明越过它们的理由。'));
      }
      document.getElementById('deploy-confirm').disabled = false;
    }).catch(function (error) {
      document.getElementById('deploy-problems').appendChild(el('div', { className: 'message error' }, error.message));
    });
  }

  function deploy(event) {
    event.preventDefault();
    var form = document.getElementById('deploy-form');
    var unconfirmed = Array.prototype.filter.call(form.querySelectorAll('input[name=catchAll]'), function (i) { return !i.checked; });
    if (unconfirmed.length) {
      showDialogError('deploy-problems', '请逐一确认没有自己规则的类别，或先为它们增加规则。');
      return;
    }
    var confirm = Array.prototype.map.call(form.querySelectorAll('input[name=catchAll]'), function (i) { return i.value; });
    document.getElementById('deploy-confirm').disabled = true;
    currentXml().then(function (xml) {
      return write('POST', path(state.key) + '/deploy', { xml: xml, baseVersion: state.baseVersion,
        reason: form.elements.reason.value, overrideReason: form.elements.override.value || null, confirmCatchAll: confirm });
    }).then(function (version) {
      document.getElementById('deploy-dialog').close();
      toast('已部署为第 ' + version.version + ' 版。此后上报的隐患按新规则处理。');
      markDirty(false);
      return loadTables(state.key).then(function () { return open(state.key); });
    }).catch(function (error) {
      document.getElementById('deploy-confirm').disabled = false;
      showDialogError('deploy-problems', error.message, error.fieldErrors);
    });
  }

  function showDialogError(boxId, message, fieldErrors) {
    var box = clear(document.getElementById(boxId));
    box.appendChild(el('div', { className: 'message error', role: 'alert' }, message,
      fieldErrors && fieldErrors.length > 1 ? el('ul', null, fieldErrors.map(function (f) { return el('li', null, f.message); })) : null));
  }

  /** The dialog that asks for a reason (rollback, adopting or dismissing a release's table); send(reason, override) does it. */
  function reasonDialog(title, summary, send) {
    var dialog = document.getElementById('reason-dialog');
    var form = document.getElementById('reason-form');
    form.reset();
    document.getElementById('reason-title').textContent = title;
    document.getElementById('reason-summary').textContent = summary || '';
    document.getElementById('reason-override-box').hidden = true;
    clear(document.getElementById('reason-problems'));
    form.onsubmit = function (event) {
      event.preventDefault();
      send(form.elements.reason.value, form.elements.override.value || null).then(function (version) {
        dialog.close();
        toast(version && version.version ? '已部署为第 ' + version.version + ' 版。' : '已完成。');
        markDirty(false);
        return loadTables(state.key).then(function () { return open(state.key); });
      }).catch(function (error) {
        if (/测试用例未通过/.test(error.message)) { document.getElementById('reason-override-box').hidden = false; }
        showDialogError('reason-problems', error.message, error.fieldErrors);
      });
    };
    dialog.showModal();
  }

  // ---- history, compare, rollback

  function renderHistory() {
    var box = clear(document.getElementById('history'));
    var canDeploy = state.detail.summary.canDeploy;
    box.appendChild(el('table', { className: 'ledger compact', id: 'versions' },
      el('thead', null, el('tr', null, el('th', null, '版本'), el('th', null, '来源'), el('th', null, '部署人'),
        el('th', null, '时间'), el('th', null, '理由'), el('th', null, '变化'), el('th', null, ''))),
      el('tbody', null, state.versions.map(function (v) {
        var actions = [];
        if (!v.active) {
          var compare = el('button', { type: 'button', className: 'secondary small' }, '与生效版本比较');
          compare.addEventListener('click', function () { showDiff(v.version, state.baseVersion); });
          actions.push(compare);
          if (canDeploy) {
            var back = el('button', { type: 'button', className: 'secondary small rollback', 'data-version': v.version }, '回滚到此版本');
            back.addEventListener('click', function () {
              reasonDialog('回滚到第 ' + v.version + ' 版', '把第 ' + v.version + ' 版的内容作为新版本部署，替换生效的第 '
                + state.baseVersion + ' 版；同样经过检查和测试用例。', function (reason, override) {
                return write('POST', path(state.key) + '/rollback', { version: v.version, baseVersion: state.baseVersion,
                  reason: reason, overrideReason: override });
              });
            });
            actions.push(back);
          }
        }
        return el('tr', { className: v.active ? 'active' : null },
          L.cell('版本', null, '第 ' + v.version + ' 版', v.active ? L.badge('生效', 'green') : null),
          L.cell('来源', null, v.originLabel), L.cell('部署人', null, v.deployedByName),
          L.cell('时间', null, L.time(v.deployedAt)), L.cell('理由', null, v.reason,
            v.overrideReason ? el('span', { className: 'sub' }, '越过测试：' + v.overrideReason) : null),
          L.cell('变化', 'diff-summary', v.diffSummary || ''), L.cell('', 'actions', actions));
      }))));
    var numbers = state.versions.map(function (v) { return v.version; });
    if (state.detail.summary.pending && numbers.indexOf(state.detail.summary.pending.version) < 0) {
      numbers.unshift(state.detail.summary.pending.version);
    }
    var form = document.getElementById('compare-form');
    ['from', 'to'].forEach(function (name, i) {
      var select = clear(form.elements[name]);
      numbers.forEach(function (n) { select.appendChild(el('option', { value: n }, String(n))); });
      select.value = String(numbers[Math.min(i === 0 ? 1 : 0, numbers.length - 1)]);
    });
  }

  function showDiff(from, to) {
    get(path(state.key) + '/diff?from=' + from + '&to=' + to).then(function (diff) {
      var box = clear(document.getElementById('diff'));
      box.appendChild(el('h3', null, '第 ' + from + ' 版 → 第 ' + to + ' 版'));
      box.appendChild(diffView(diff));
    }).catch(fail);
  }

  function diffView(diff) {
    var rows = [];
    diff.added.forEach(function (r) { rows.push(['新增', r]); });
    diff.removed.forEach(function (r) { rows.push(['删除', r]); });
    diff.changed.forEach(function (r) { rows.push([r.cells.length ? (r.moved ? '修改并调整顺序' : '修改') : '调整顺序', r]); });
    return el('div', { className: 'diff' },
      el('p', { className: 'diff-summary' }, diff.summary),
      diff.header.length ? el('ul', null, diff.header.map(function (h) { return el('li', null, h); })) : null,
      rows.length ? el('table', { className: 'ledger compact' },
        el('thead', null, el('tr', null, el('th', null, '变化'), el('th', null, '规则'), el('th', null, '单元格'))),
        el('tbody', null, rows.map(function (pair) {
          var r = pair[1];
          return el('tr', { className: 'diff-' + (pair[0] === '新增' ? 'added' : pair[0] === '删除' ? 'removed' : 'changed') },
            L.cell('变化', null, pair[0]), L.cell('规则', null, r.title),
            L.cell('单元格', null, r.cells.map(function (c) {
              return el('span', { className: 'sub' }, c.column + '：', el('del', null, show(c.before)), ' → ',
                el('ins', null, show(c.after)));
            })));
        }))) : null);
  }

  function show(cell) {
    return cell === null || cell === undefined || cell === '' || cell === '-' ? '（任意 / 空）' : cell;
  }

  // ---- test cases

  function renderTests() {
    var box = clear(document.getElementById('tests'));
    var canDeploy = state.detail.summary.canDeploy;
    if (!state.tests.length) {
      box.appendChild(el('p', { className: 'hint' }, '还没有测试用例。'));
      return;
    }
    box.appendChild(el('table', { className: 'ledger compact', id: 'test-cases' },
      el('thead', null, el('tr', null, el('th', null, '名称'), el('th', null, '输入'), el('th', null, '期望输出'),
        el('th', null, '最后修改'), el('th', null, ''))),
      el('tbody', null, state.tests.map(function (t) {
        var actions = [];
        if (canDeploy) {
          var edit = el('button', { type: 'button', className: 'secondary small' }, '修改');
          edit.addEventListener('click', function () { testForm(t); });
          var remove = el('button', { type: 'button', className: 'secondary small' }, '删除');
          remove.addEventListener('click', function () {
            if (!window.confirm('删除测试用例“' + t.name + '”？')) { return; }
            write('DELETE', path(state.key) + '/tests/' + t.id + '?version=' + t.version).then(reloadTests).catch(fail);
          });
          actions.push(edit, remove);
        }
        return el('tr', null, L.cell('名称', null, t.name), L.cell('输入', null, values(t.inputs)),
          L.cell('期望输出', null, values(t.expected)),
          L.cell('最后修改', null, t.lastEditorName + ' ' + L.time(t.changedAt || t.createdAt)),
          L.cell('', 'actions', actions));
      }))));
  }

  function values(map) {
    return Object.keys(map).map(function (name) {
      var column = state.columns[name];
      var value = map[name];
      var label = column ? (column.label || name) : name;
      var text = value === null ? '（空）' : String(value);
      if (column && column.terms.length && value !== null) {
        var named = namesOf(column, '"' + value + '"');
        if (named) { text = named + '（' + value + '）'; }
      }
      return el('span', { className: 'sub' }, label + '：' + text);
    });
  }

  function reloadTests() {
    return get(path(state.key) + '/tests').then(function (tests) {
      state.tests = tests;
      renderTests();
      document.getElementById('test-form').hidden = true;
    });
  }

  /** The form of a test case: a field per input and per output, codes offered with their Chinese names. */
  function testForm(test) {
    state.editingTest = test || null;
    var form = document.getElementById('test-form');
    form.hidden = false;
    clear(document.getElementById('test-problems') || el('div'));
    document.getElementById('test-form-title').textContent = test ? '修改测试用例' : '新建测试用例';
    form.elements.name.value = test ? test.name : '';
    var inputs = clear(document.getElementById('test-inputs'));
    var expected = clear(document.getElementById('test-expected'));
    state.detail.columns.forEach(function (c) {
      var isInput = c.kind === 'input';
      var current = test ? (isInput ? test.inputs : test.expected)[c.name] : undefined;
      var field;
      if (c.terms.length && !c.list) {
        field = el('select', { name: (isInput ? 'in.' : 'out.') + c.name });
        field.appendChild(el('option', { value: isInput ? '__null' : '__skip' }, isInput ? '（空）' : '（不检查）'));
        c.terms.forEach(function (t) { field.appendChild(el('option', { value: t.code }, t.name + '（' + t.code + '）')); });
        field.value = current === undefined || current === null ? (isInput ? '__null' : '__skip') : String(current);
      } else {
        field = el('input', { name: (isInput ? 'in.' : 'out.') + c.name, placeholder: isInput ? '留空表示空值' : '留空表示不检查' });
        field.value = current === undefined || current === null ? '' : String(current);
      }
      field.setAttribute('data-type', c.typeRef || 'string');
      (isInput ? inputs : expected).appendChild(el('label', null, (isInput ? '输入 · ' : '期望 · ') + (c.label || c.name), field));
    });
    form.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function typed(field) {
    var v = field.value;
    var type = field.getAttribute('data-type');
    if (/^(integer|long|double|number)$/.test(type) && v !== '' && !isNaN(Number(v))) { return Number(v); }
    if (type === 'boolean' && (v === 'true' || v === 'false')) { return v === 'true'; }
    return v;
  }

  function saveTest(event) {
    event.preventDefault();
    var form = document.getElementById('test-form');
    var inputs = {};
    var expected = {};
    Array.prototype.forEach.call(form.querySelectorAll('[name^="in."], [name^="out."]'), function (field) {
      var name = field.name.substring(field.name.indexOf('.') + 1);
      if (field.name.indexOf('in.') === 0) {
        inputs[name] = field.value === '' || field.value === '__null' ? null : typed(field);
      } else if (field.value !== '' && field.value !== '__skip') {
        expected[name] = typed(field);
      }
    });
    var body = { name: form.elements.name.value, inputs: inputs, expected: expected,
      version: state.editingTest ? state.editingTest.version : null };
    var request = state.editingTest ? write('PUT', path(state.key) + '/tests/' + state.editingTest.id, body)
      : write('POST', path(state.key) + '/tests', body);
    request.then(function () {
      toast('测试用例已保存。');
      return reloadTests();
    }).catch(function (error) {
      var box = document.getElementById('test-problems');
      if (!box) {
        box = el('div', { id: 'test-problems' });
        form.insertBefore(box, form.querySelector('.actions'));
      }
      showDialogError('test-problems', error.message, error.fieldErrors);
    });
  }

  // ---- the code tables

  function renderTerms() {
    var box = clear(document.getElementById('terms'));
    state.detail.columns.filter(function (c) { return c.terms.length; }).forEach(function (c) {
      box.appendChild(el('h3', null, (c.kind === 'input' ? '输入' : '输出') + '“' + (c.label || c.name) + '”（' + c.name + '）：'
        + (c.what || '') + (c.list ? '，可填多个，用逗号分隔' : '')));
      box.appendChild(el('ul', { className: 'term-list' }, c.terms.map(function (t) {
        return el('li', null, el('span', { className: 'code' }, t.code), ' ', t.name);
      })));
    });
  }

  // ---- start

  function download() {
    currentXml().then(function (xml) {
      var link = document.getElementById('download');
      var url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.href = url;
      link.setAttribute('download', state.key + (state.dirty ? '-草稿' : '-v' + state.baseVersion) + '.dmn');
      link.removeEventListener('click', downloadClick);
      link.click();
      link.addEventListener('click', downloadClick);
      setTimeout(function () { URL.revokeObjectURL(url); link.removeAttribute('href'); }, 1000);
    }).catch(fail);
  }

  function downloadClick(event) {
    if (!event.currentTarget.getAttribute('href')) {
      event.preventDefault();
      download();
    }
  }

  function init() {
    document.getElementById('check').addEventListener('click', function () { check().catch(fail); });
    document.getElementById('preview-open').addEventListener('click', function () {
      document.getElementById('preview-panel').hidden = false;
      preview().then(function () {
        document.getElementById('preview-panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
      });
    });
    document.getElementById('preview-form').addEventListener('submit', preview);
    document.getElementById('deploy-open').addEventListener('click', openDeploy);
    document.getElementById('deploy-form').addEventListener('submit', deploy);
    document.getElementById('deploy-cancel').addEventListener('click', function () { document.getElementById('deploy-dialog').close(); });
    document.getElementById('reason-cancel').addEventListener('click', function () { document.getElementById('reason-dialog').close(); });
    document.getElementById('reload').addEventListener('click', function () {
      if (!state.dirty || window.confirm('放弃未部署的修改，重新载入生效版本？')) { open(state.key).catch(fail); }
    });
    document.getElementById('download').addEventListener('click', downloadClick);
    document.getElementById('compare-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var form = event.target;
      showDiff(form.elements.from.value, form.elements.to.value);
    });
    document.getElementById('test-add').addEventListener('click', function () { testForm(null); });
    document.getElementById('test-cancel').addEventListener('click', function () { document.getElementById('test-form').hidden = true; });
    document.getElementById('test-form').addEventListener('submit', saveTest);
    document.getElementById('picker-apply').addEventListener('click', function () { applyPicker(false); });
    document.getElementById('picker-any').addEventListener('click', function () { applyPicker(true); });
    document.getElementById('picker-close').addEventListener('click', hidePicker);
    document.getElementById('picker-search').addEventListener('input', function (event) {
      var q = event.target.value.trim().toLowerCase();
      Array.prototype.forEach.call(document.querySelectorAll('#picker-list li'), function (li) {
        li.hidden = q !== '' && li.getAttribute('data-search').indexOf(q) < 0;
      });
    });
    window.addEventListener('beforeunload', function (event) {
      if (state.dirty) { event.preventDefault(); event.returnValue = ''; }
    });
    L.whoAmI();
    var wanted = L.params().table;
    loadTables(wanted).then(function (tables) {
      if (!tables.length) { return; }
      var key = tables.some(function (t) { return t.key === wanted; }) ? wanted : tables[0].key;
      choose(key);
    }).catch(fail);
  }

  init();
})(window, document);
