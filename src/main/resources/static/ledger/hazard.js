/* One hazard: facts, current step, trail and photos from GET /api/hazards/{number}. */
(function (L) {
  'use strict';

  var el = L.el;
  var number = L.params().number;

  function step(s) {
    var holder;
    if (s.assigneeName) {
      holder = ['办理人', s.assigneeName];
    } else {
      var who = [s.groupName].concat(s.candidateNames || []).filter(Boolean).join('、');
      holder = ['待认领', who ? who + '（候选）' : '尚未指定'];
    }
    var box = el('div', { className: 'step' + (s.overdue ? ' late' : '') },
      el('div', { className: 'what' }, s.taskName, s.overdue ? ' ' : null, s.overdue ? L.badge('已超期', 'red') : null),
      L.facts([holder, ['办理期限', s.due ? L.due(s.due) : '未设期限'], ['开始于', L.time(s.createdAt)]]));
    if (s.taskId) {
      box.appendChild(el('p', { className: 'links' }, el('a', {
        href: L.TASKLIST + 'default/#/?task=' + encodeURIComponent(s.taskId), target: '_blank', rel: 'noopener'
      }, '在任务列表中打开')));
    }
    return box;
  }

  var LEVELS = ['NONE', 'OVERDUE', 'LEVEL_TWO', 'LEVEL_ONE', 'ACCOUNTABILITY'];

  /** An escalation's moment: done ("已升级") once the hazard reached it, else planned unless it is closed. */
  function escalationAt(label, at, level, h) {
    if (!at) { return [label, null]; }
    if (LEVELS.indexOf(h.escalation) >= LEVELS.indexOf(level)) { return [label, L.time(at) + '（已升级）']; }
    return h.status === 'CLOSED' ? [label, null] : [label, L.time(at) + '（届时仍未销号则升级）'];
  }

  function sourceNode(h) {
    if (!h.sourceLabel) { return null; }
    if (!h.sourceInspection) { return h.sourceLabel; }
    var parts = h.sourceInspection.split('/');
    return el('a', { href: '/ledger/inspections.html' + L.query({ gridCode: parts[0], week: parts[1] }) }, h.sourceLabel);
  }

  /** Which versions of the rule tables decide the hazard: those in force when it was reported. */
  function ruleVersions(h) {
    if (!h.routingRuleVersion && !h.deadlineRuleVersion) { return null; }
    return el('span', null, el('a', { href: '/rules/?table=hazard-routing' }, '分办规则第 ' + h.routingRuleVersion + ' 版'), '、',
      el('a', { href: '/rules/?table=hazard-deadlines' }, '期限规则第 ' + h.deadlineRuleVersion + ' 版'),
      el('span', { className: 'hint' }, '（上报时生效的版本）'));
  }

  function render(detail) {
    var h = detail.hazard;
    document.title = '隐患 ' + h.number + ' · 安全生产网格化管理';
    var title = L.clear(document.getElementById('title'));
    title.appendChild(document.createTextNode('隐患 ' + h.number));
    L.hazardBadges(h).forEach(function (b) { title.appendChild(b); });

    var steps = L.clear(document.getElementById('steps'));
    if (detail.currentSteps.length) {
      detail.currentSteps.forEach(function (s) { steps.appendChild(step(s)); });
    } else if (h.status === 'CLOSED') {
      steps.appendChild(el('p', null, '已销号', h.closedAt ? '（' + L.time(h.closedAt) + '）' : '', '，流程已结束。'));
    } else {
      steps.appendChild(el('p', { className: 'hint' }, '系统正在处理（如分办），请稍后刷新。'));
    }

    document.getElementById('facts').appendChild(L.facts([
      ['隐患编号', h.number],
      ['所在网格', h.gridName + (h.areaName ? '（' + h.areaName + '）' : '')],
      ['隐患类别', h.categoryName],
      ['隐患等级', h.gradeLabel],
      ['具体地点', h.location],
      ['隐患描述', h.description],
      ['来源', sourceNode(h)],
      ['上报人', (h.reporterName || '') + (h.reportedByDepartment ? '（部门上报）' : '')],
      ['上报时间', L.time(h.reportedAt)],
      ['牵头单位', h.leadUnitName || '待分办'],
      ['协办单位', (h.assistingDepartmentNames || []).join('、')],
      ['适用规则', ruleVersions(h)]
    ]));

    document.getElementById('rectification').appendChild(L.facts([
      ['状态', h.statusLabel],
      ['整改期限', L.due(h.rectificationDue)],
      ['是否逾期', h.overdue ? '已逾期' : (h.status === 'CLOSED' ? '' : '未逾期')],
      ['督办情况', h.escalation === 'NONE' ? '' : h.escalationLabel],
      escalationAt('升级二级网格长督办', h.levelTwoEscalationAt, 'LEVEL_TWO', h),
      escalationAt('升级一级网格长督办', h.levelOneEscalationAt, 'LEVEL_ONE', h),
      escalationAt('移交纪委问责', h.accountabilityAt, 'ACCOUNTABILITY', h),
      ['整改责任单位', h.responsibleUnit],
      ['整改责任人', h.responsiblePerson],
      ['联系电话', h.responsiblePhone],
      ['整改措施', h.measures],
      ['整改完成情况', h.rectificationResult],
      ['整改轮次', h.rectificationRound > 1 ? '第 ' + h.rectificationRound + ' 轮' : ''],
      ['受理时间', L.time(h.acceptedAt)],
      ['整改完成时间', L.time(h.rectifiedAt)],
      ['销号时间', L.time(h.closedAt)]
    ]));

    if (h.plan) {
      document.getElementById('plan').appendChild(L.facts([
        ['治理目标和任务', h.plan.goal], ['方法和措施', h.plan.method], ['经费和物资', h.plan.funds],
        ['机构和人员', h.plan.responsible], ['时限和要求', h.plan.timeLimit], ['安全措施和应急预案', h.plan.safetyMeasures],
        ['批准时间', L.time(h.plan.approvedAt)]
      ]));
      document.getElementById('plan-box').hidden = false;
    }

    var trail = document.getElementById('trail');
    detail.trail.forEach(function (e) {
      var change = e.fromStatusLabel && e.toStatusLabel && e.fromStatus !== e.toStatus
        ? e.fromStatusLabel + ' → ' + e.toStatusLabel : (!e.fromStatus && e.toStatusLabel ? '→ ' + e.toStatusLabel : null);
      trail.appendChild(el('li', null,
        el('span', { className: 'when' }, L.time(e.at)), ' ',
        el('span', { className: 'who' }, e.actorName || '系统'), ' ',
        el('span', { className: 'action' }, e.actionLabel),
        change ? el('span', { className: 'muted' }, '（' + change + '）') : null,
        e.remarks ? el('span', { className: 'remarks' }, e.remarks) : null));
    });

    var photos = document.getElementById('photos');
    detail.photos.forEach(function (p) {
      photos.appendChild(el('figure', null,
        el('a', { href: p.url, target: '_blank', rel: 'noopener' },
          el('img', { src: p.url, alt: p.fileName || '隐患照片', loading: 'lazy' })),
        el('figcaption', null, p.stageLabel + ' · ' + (p.uploadedByName || '') + ' · ' + L.time(p.uploadedAt))));
    });
    document.getElementById('no-photos').hidden = detail.photos.length !== 0;
    document.getElementById('photo-page').href = '/hazard-photos.html?number=' + encodeURIComponent(h.number);

    document.getElementById('loading').hidden = true;
    document.getElementById('content').hidden = false;
  }

  // back to the list as it was filtered, when we came from it
  if (document.referrer && new URL(document.referrer).pathname === '/ledger/hazards.html'
      && new URL(document.referrer).origin === window.location.origin) {
    document.getElementById('back').href = document.referrer;
  }
  L.whoAmI();
  if (!number) {
    L.fail(new L.LedgerError(404, '没有指定隐患编号。请从隐患台账中选择一条隐患。'));
    return;
  }
  document.getElementById('title').textContent = '隐患 ' + number;
  L.api('/api/hazards/' + encodeURIComponent(number)).then(render).catch(L.fail);
})(window.Ledger);
