/*
 * SafeGrid's Cockpit for supervisors. Cockpit is for reading: who is not an administrator is not
 * offered its actions (cancel, suspend, retry, add or edit variables, reassign…; cockpit.css
 * hides them under body.safegrid-read-only; the server refuses them anyway, docs/security.md).
 * A supervisor of a part of the town (片长、部门负责人、网格长) does not get the human-task report
 * (it counts the whole town's tasks; the server refuses it). Assignees read as names, not login
 * ids; a value the engine leaves empty reads 无, not null; the variables table says under each
 * variable what it is and what its code means (GET /api/webapps/variable-labels: the forms' labels,
 * the registry's and the catalogue's names).
 */
const ME = '/api/webapps/me';
const PEOPLE = '/api/worklist/people/';

async function api(path) {
  const response = await fetch(path, {headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': 'Fetch'},
    credentials: 'same-origin'});
  return response.ok ? response.json() : null;
}

// ---------------------------------------------------------------- who is reading
let me = null;
let meOf = null; // the header's account text when me was read: another login reads again
let asking = false;

async function whoIsReading() {
  const account = document.querySelector('[cam-widget-header] li.account > a');
  if (!account) {
    me = null; // not logged in (yet, or any more)
    return;
  }
  if ((me && meOf === account.textContent) || asking) {
    return;
  }
  asking = true;
  try {
    me = await api(ME);
    meOf = account.textContent;
  } finally {
    asking = false;
  }
  mark();
}

function mark() {
  if (!me) {
    return;
  }
  document.body.classList.toggle('safegrid-read-only', me.readOnly);
  document.body.classList.toggle('safegrid-part-of-town', !me.townWide && !me.administrator);
  document.querySelectorAll('[cam-widget-header] li').forEach((li) => {
    li.classList.toggle('safegrid-nav-tasks', !!li.querySelector(':scope > view > a[href="#/tasks"]'));
  });
}

// ---------------------------------------------------------------- names and meanings
const LOGIN = /^[a-z0-9][a-z0-9._-]*$/i;
const names = {};

function assigneeNames() {
  document.querySelectorAll('td.assignee [in-place-text-field-root] > div, td.owner').forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const login = node.nodeValue.trim();
      if (!LOGIN.test(login)) {
        return;
      }
      if (typeof names[login] === 'string') {
        element.title = login;
        node.nodeValue = ' ' + names[login] + ' ';
      } else if (names[login] === undefined) {
        names[login] = api(PEOPLE + encodeURIComponent(login)).then((person) => {
          names[login] = person ? person.name : null;
          assigneeNames();
        });
      }
    });
  });
}

// the variables table: 隐患类别 under hazardCategory, 消防安全 under fire
let labels = null;
let askedLabels = false;

function variableMeanings() {
  const rows = document.querySelectorAll('.ctn-tabbed-content table.cam-table tbody tr');
  if (!rows.length) {
    return;
  }
  if (!labels) {
    if (!askedLabels) {
      askedLabels = true;
      api('/api/webapps/variable-labels').then((answer) => {
        labels = answer;
        variableMeanings();
      });
    }
    return;
  }
  rows.forEach((row) => {
    const nameCell = row.querySelector('td.col-name');
    const valueCell = row.querySelector('td.col-value');
    if (!nameCell || !valueCell) {
      return;
    }
    const name = (nameCell.querySelector('[ng-transclude]') || nameCell).textContent.trim();
    const label = labels.names[name];
    if (label && !nameCell.querySelector('.safegrid-var-label')) {
      nameCell.appendChild(meaning(label));
    }
    const value = (valueCell.querySelector('[ng-transclude]') || valueCell).textContent.trim();
    const old = valueCell.querySelector('.safegrid-var-label');
    let valueLabel = (labels.values[name] || {})[value];
    if (!valueLabel && name === 'leaderToNotify' && LOGIN.test(value)) {
      valueLabel = typeof names[value] === 'string' ? names[value] : null;
      if (names[value] === undefined) {
        names[value] = api(PEOPLE + encodeURIComponent(value)).then((person) => {
          names[value] = person ? person.name : null;
          variableMeanings();
        });
      }
    }
    if (old && old.dataset.of !== value) {
      old.remove();
    }
    if (valueLabel && !valueCell.querySelector('.safegrid-var-label')) {
      const note = meaning(valueLabel);
      note.dataset.of = value;
      valueCell.appendChild(note);
    }
  });
}

function meaning(text) {
  const note = document.createElement('div');
  note.className = 'safegrid-var-label text-muted';
  note.textContent = text;
  return note;
}

// Cockpit prints an empty version tag or tenant as "null", and a deployment's source in English
const VALUES = {'null': '无', 'process application': '流程应用（随系统部署）'};

function noNulls() {
  document.querySelectorAll('.ctn-sidebar dd, .ctn-sidebar dd *, .ctn-main dd, .ctn-main dd *').forEach((element) => {
    element.childNodes.forEach((node) => {
      const value = node.nodeType === Node.TEXT_NODE ? VALUES[node.nodeValue.trim()] : undefined;
      if (value) {
        node.nodeValue = value;
      }
    });
  });
}

// a column head Cockpit's variables table prints in English whatever the language
function englishLeftovers() {
  document.querySelectorAll('table.cam-table thead td.actions').forEach((cell) => {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = '操作';
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
    whoIsReading();
    mark();
    assigneeNames();
    variableMeanings();
    noNulls();
    englishLeftovers();
  });
}).observe(document.body, {childList: true, subtree: true, characterData: true});

export default [];
