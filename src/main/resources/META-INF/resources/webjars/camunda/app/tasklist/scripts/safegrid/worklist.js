/*
 * SafeGrid: helps an officer find and follow his work in Tasklist.
 *  - every filter shows how many tasks wait in it, refreshed every half minute and after each action;
 *  - on arrival he lands on the first filter that holds work (when none was chosen);
 *  - after 启动 he reads his case's number (e.g. the hazard number) with a link to its ledger page;
 *    after 认领 where the task went; after 完成 what comes next and who holds it;
 *  - the header links to the ledger pages and the supervisors' dashboard (督查看板);
 *  - names read 姓名 (董例勇), not Camunda's "first last".
 */
import {api, notice} from './notice.js';

const ENGINE = '/camunda/api/engine/engine/default';
const REFRESH_MS = 30000;
const LEDGER_LINKS = [
  {href: '/ledger/hazards.html', label: '隐患台账', id: 'safegrid-link-hazards'},
  {href: '/ledger/inspections.html', label: '排查台账', id: 'safegrid-link-inspections'},
  {href: '/dashboard/', label: '督查看板', id: 'safegrid-link-dashboard'},
];

// ---------------------------------------------------------------- filter counts and landing
let counts = null;
let landed = false;
// a link to a filter or task, or a filter the officer clicked himself, is not overruled
const openedWithChoice = /[?&](filter|task)=/.test(location.hash);
document.addEventListener('click', (event) => {
  if (event.isTrusted && event.target instanceof Element && event.target.closest('[cam-tasklist-filters] .task-filter')) {
    landed = true;
  }
}, true);

function filterElements() {
  return [...document.querySelectorAll('[cam-tasklist-filters] .task-filter')];
}

function filterName(element) {
  const a = element.querySelector('h4.name a');
  if (!a) {
    return '';
  }
  const copy = a.cloneNode(true);
  copy.querySelectorAll('.counter, .safegrid-count').forEach((x) => x.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

function showCounts() {
  if (!counts) {
    return;
  }
  filterElements().forEach((element) => {
    const a = element.querySelector('h4.name a');
    const count = counts[filterName(element)];
    if (!a || count === undefined) {
      return;
    }
    let badge = a.querySelector('.safegrid-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'safegrid-count';
      a.appendChild(badge);
    }
    if (badge.textContent !== String(count)) {
      badge.textContent = String(count);
    }
    badge.classList.toggle('safegrid-count-zero', count === 0);
    badge.title = count === 0 ? '没有任务' : count + ' 项任务';
  });
}

function land() {
  if (landed || !counts) {
    return;
  }
  const elements = filterElements();
  if (!elements.length) {
    return;
  }
  landed = true;
  if (openedWithChoice) {
    return;
  }
  const active = elements.find((e) => e.classList.contains('active'));
  if (active && counts[filterName(active)] > 0) {
    return;
  }
  const withWork = elements.find((e) => counts[filterName(e)] > 0);
  if (withWork && withWork !== active) {
    withWork.querySelector('h4.name a').click();
  }
}

async function refreshCounts() {
  if (!document.querySelector('[cam-tasklist-filters]')) {
    return;
  }
  try {
    const response = await fetch(ENGINE + '/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=200', {
      credentials: 'same-origin', headers: {Accept: 'application/json'},
    });
    if (!response.ok) {
      return;
    }
    const next = {};
    (await response.json()).forEach((f) => { next[f.name] = f.itemCount; });
    counts = next;
    showCounts();
    land();
  } catch (e) {
    // the next round tries again
  }
}

// ---------------------------------------------------------------- what happened after an action
const START = /\/process-definition\/[^/]+\/(submit-form|start)$/;
const TASK_ACTION = /\/task\/([^/]+)\/(submit-form|complete|claim)$/;

async function afterAction(url, status, body) {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
  const started = path.match(START);
  if (started && status === 200) {
    const instance = JSON.parse(body || '{}');
    const feedback = instance.id && await api('/api/worklist/process-instances/' + encodeURIComponent(instance.id) + '/feedback');
    if (feedback) {
      notice(feedback.message, feedback.ledgerLink && {href: feedback.ledgerLink, label: feedback.ledgerLabel}, 'success');
    }
  }
  const task = path.match(TASK_ACTION);
  if (task && status >= 200 && status < 300) {
    if (task[2] === 'claim') {
      notice('已认领：这项任务现在在“我的待办”中，办完后点“完成”。', null, 'info');
    } else {
      const feedback = await api('/api/worklist/tasks/' + encodeURIComponent(task[1]) + '/feedback');
      if (feedback) {
        notice(feedback.message, feedback.ledgerLink && {href: feedback.ledgerLink, label: feedback.ledgerLabel}, 'success');
      }
    }
  }
  if ((started || task) && status >= 400) {
    const stale = document.querySelector('#safegrid-notice.safegrid-notice-error');
    if (stale) {
      stale.remove();
    }
  }
  if ((started || task) && status < 300) {
    setTimeout(refreshCounts, 300);
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.__safegrid = {method: String(method).toUpperCase(), url: String(url)};
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  const request = this.__safegrid;
  if (request && request.method === 'POST' && request.url.includes('/api/engine/')) {
    this.addEventListener('load', () => {
      afterAction(request.url, this.status, typeof this.response === 'string' ? this.response : this.responseText)
        .catch(() => {});
    });
  }
  return send.apply(this, arguments);
};

// ---------------------------------------------------------------- header links
function addLedgerLinks() {
  const menu = document.querySelector('[cam-widget-header] .cam-nav.app-menu > ul');
  if (!menu || !document.querySelector('[cam-tasklist-filters]') || document.getElementById(LEDGER_LINKS[0].id)) {
    return;
  }
  const account = menu.querySelector('li.account');
  LEDGER_LINKS.forEach((link) => {
    const li = document.createElement('li');
    li.className = 'safegrid-ledger-link';
    li.id = link.id;
    const a = document.createElement('a');
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = link.label;
    li.appendChild(a);
    menu.insertBefore(li, account || null);
  });
}

// ---------------------------------------------------------------- names as 姓名
const CJK_NAME = /^\s*([\u3400-\u9fff\u00b7]+) ([\u3400-\u9fff]{1,2})\s*$/;
const NAME_PLACES = '[cam-widget-header] li.account > a, [cam-tasks] h5.assignee, '
    + '[cam-tasklist-task-meta] li.assignee .view-value > span';

function chineseOrder(root) {
  root.querySelectorAll(NAME_PLACES).forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const m = node.nodeValue.match(CJK_NAME);
        if (m) {
          node.nodeValue = m[2] + m[1];
        }
      }
    });
  });
}

// the history tab prints login ids: show the person's name instead
const names = {};
const LOGIN = /^[a-z0-9][a-z0-9._-]*$/i;

function historyNames(root) {
  root.querySelectorAll('[cam-tasklist-task] .operation-user').forEach((element) => {
    const login = element.textContent.trim();
    if (!LOGIN.test(login)) {
      return;
    }
    if (typeof names[login] === 'string') {
      element.textContent = names[login];
    } else if (names[login] === undefined) {
      names[login] = api('/api/worklist/people/' + encodeURIComponent(login)).then((person) => {
        names[login] = person ? person.name : null;
        historyNames(document);
      });
    }
  });
}

let pending = false;
new MutationObserver(() => {
  if (pending) {
    return;
  }
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    addLedgerLinks();
    showCounts();
    chineseOrder(document);
    historyNames(document);
    if (!counts && document.querySelector('[cam-tasklist-filters] .task-filter')) {
      refreshCounts();
    }
  });
}).observe(document.body, {childList: true, subtree: true, characterData: true});

setInterval(refreshCounts, REFRESH_MS);

export default {};
