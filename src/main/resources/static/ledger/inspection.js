/* One inspection round from GET /api/inspections/{id}: facts, current step, items, findings. */
(function (L) {
  'use strict';

  var el = L.el;
  var id = L.params().id;

  function hazardLink(number) {
    return el('a', { href: '/ledger/hazard.html?number=' + encodeURIComponent(number) }, number);
  }

  function step(s) {
    var holder = s.assigneeName ? ['办理人', s.assigneeName]
      : ['待认领', [s.groupName].concat(s.candidateNames || []).filter(Boolean).join('、') + '（候选）'];
    var box = el('div', { className: 'step' + (s.overdue ? ' late' : '') },
      el('div', { className: 'what' }, s.taskName, s.overdue ? ' ' : null, s.overdue ? L.badge('已超期', 'red') : null),
      L.facts([holder, ['截止', s.due ? L.due(s.due) : '未设期限'], ['开始于', L.time(s.createdAt)]]));
    if (s.taskId) {
      box.appendChild(el('p', { className: 'links' }, el('a', {
        href: L.TASKLIST + 'default/#/?task=' + encodeURIComponent(s.taskId), target: '_blank', rel: 'noopener'
      }, '在任务列表中打开')));
    }
    return box;
  }

  function itemRow(item, label) {
    var categoryAndGrade = [item.categoryName, item.gradeLabel].filter(Boolean).join(' · ');
    return el('tr', { className: item.result === 'HAZARD' ? 'overdue' : null },
      L.cell(label, 'num', item.label),
      L.cell('排查结果', null, L.resultBadge(item)),
      L.cell('情况说明', null, item.remark || '—'),
      L.cell('类别等级', null, categoryAndGrade || '—'),
      L.cell('隐患', null, item.hazardNumber ? hazardLink(item.hazardNumber) : '—'));
  }

  /** An ISO-8601 period of the town's table as people read it: P1D → 1 天, PT12H → 12 小时. */
  function period(iso) {
    var m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso || '');
    if (!m) { return (iso || '—') + ' '; }
    return (m[1] ? m[1] + ' 天' : '') + (m[2] ? m[2] + ' 小时' : '') + (m[3] ? m[3] + ' 分钟' : '');
  }

  function render(detail) {
    var i = detail.inspection;
    document.title = '排查记录 · ' + i.gridName + ' · ' + i.week + ' · 安全生产网格化管理';
    var title = L.clear(document.getElementById('title'));
    title.appendChild(document.createTextNode(i.gridName + ' · ' + i.week
      + (i.extra ? ' 加密排查第 ' + i.extraNo + ' 次' : (i.roundsPerWeek > 1 ? ' 第 ' + i.roundNo + ' 次' : '') + ' 排查')));
    title.appendChild(L.inspectionBadge(i));

    document.getElementById('facts').appendChild(L.facts([
      ['网格', i.gridName + (i.areaName ? '（' + i.areaName + '）' : '')],
      ['排查表', i.checklistLabel],
      ['周次', L.week(i.week, i.weekStart)],
      i.extra ? ['第几次', '加密排查第 ' + i.extraNo + ' 次（另有每周 ' + i.roundsPerWeek + ' 次按周排程）']
        : ['第几次', '第 ' + i.roundNo + ' 次（每周 ' + i.roundsPerWeek + ' 次）'],
      i.extra ? ['开启人', i.openedByName] : null,
      i.extra ? ['加密排查原因', i.extraReason] : null,
      ['开始', L.time(i.opensAt)],
      ['截止', L.due(i.dueAt)],
      ['状态', i.statusLabel],
      ['到期提醒', L.time(i.remindedAt)],
      ['漏查督办', L.time(i.missedAt)],
      ['期限', '到期后 ' + period(i.missedAfter) + '仍未排查记为漏查，再过 ' + period(i.closeAfter) + '关闭'],
      ['排查人', i.doneByName],
      ['完成时间', L.time(i.doneAt)],
      ['排查结果摘要', i.summary],
      ['督办人', i.supervisedByName],
      ['督办意见', i.supervisionRemarks]
    ].filter(Boolean)));

    var steps = document.getElementById('steps');
    if (detail.currentSteps.length) {
      detail.currentSteps.forEach(function (s) { steps.appendChild(step(s)); });
    } else {
      steps.appendChild(el('p', null, i.status === 'DONE' || i.status === 'DONE_LATE' ? '本次排查已完成。'
        : (i.status === 'CLOSED_UNFINISHED' ? '逾期未排查，已按期限关闭。' : '没有待办的任务。')));
    }

    var findings = document.getElementById('findings');
    var numbers = i.hazardNumbers || [];
    if (numbers.length) {
      var list = el('ul');
      detail.items.filter(function (item) { return item.hazardNumber; }).forEach(function (item) {
        list.appendChild(el('li', null, hazardLink(item.hazardNumber), ' · ' + item.label + (item.remark ? '：' + item.remark : '')));
      });
      numbers.filter(function (n) { return !detail.items.some(function (item) { return item.hazardNumber === n; }); })
        .forEach(function (n) { list.appendChild(el('li', null, hazardLink(n))); });
      findings.appendChild(list);
    } else {
      findings.appendChild(el('p', { className: 'hint' }, i.status === 'DONE' || i.status === 'DONE_LATE'
        ? '本次排查未发现隐患。' : '排查完成后，发现的隐患列在这里。'));
    }

    var checklist = detail.items.filter(function (item) { return !item.keyPlace; });
    var places = detail.items.filter(function (item) { return item.keyPlace; });
    document.getElementById('items-title').textContent = i.checklistLabel;
    var body = document.querySelector('#items tbody');
    checklist.forEach(function (item) { body.appendChild(itemRow(item, '检查项目')); });
    document.getElementById('items').hidden = checklist.length === 0;
    document.getElementById('no-items').hidden = detail.items.length !== 0;
    var placeBody = document.querySelector('#places tbody');
    places.forEach(function (item) { placeBody.appendChild(itemRow(item, '重点部位')); });
    document.getElementById('places-box').hidden = places.length === 0;

    document.getElementById('loading').hidden = true;
    document.getElementById('content').hidden = false;
  }

  if (document.referrer && new URL(document.referrer).origin === window.location.origin
      && new URL(document.referrer).pathname === '/ledger/inspections.html') {
    document.getElementById('back').href = document.referrer;
  }
  L.whoAmI();
  if (!id || !/^\d+$/.test(id)) {
    L.fail(new L.LedgerError(404, '没有指定排查记录。请从排查台账中选择一次排查。'));
    return;
  }
  L.api('/api/inspections/' + encodeURIComponent(id)).then(render).catch(L.fail);
})(window.Ledger);
