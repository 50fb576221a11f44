/*
 * SafeGrid: what Camunda Forms (form-js, bundled in the webapp's lib/deps.js) needs in Tasklist.
 *
 * 1. Forms with a dynamic list (重点部位 on the inspection checklists, or any other repeated group)
 *    can be submitted. When a field inside a dynamic list changes, the form library records "no
 *    error" as an empty array under the field's id, e.g. {"Field_KeyPlaceGrade": []}; Tasklist
 *    counts every key of the error state as an error and kept 完成 disabled for good. The form
 *    library's Form class (found with webapp-modules.js) now keeps only errors that carry a message.
 *    Real errors (a required field left empty, in or outside a list) stay exactly as they were.
 * 2. A submit that the form refuses names the fields to fix (「请填写：排查结果（消防安全）」) and
 *    scrolls to the first; Tasklist itself only says 「提交任务表单时出错」.
 * 3. Each form, once shown, is announced with the event 'safegrid-form' (detail: the form), for
 *    scripts that add controls to forms (all-passed.js).
 * 4. Lists a form reads from the app. A select whose options come from the form's data
 *    (form-js "valuesKey") and that carries the custom property {"valuesFrom": "/api/…"} gets its
 *    options from that address of the app (with the Tasklist login) when the data has none. Task
 *    forms get such lists as task variables; a start form has no variables in Tasklist, so the
 *    report form's hazard categories come from /api/catalogue/category-options this way, its grids
 *    from /api/registry/me/report-grids, and the extra round's grids from
 *    /api/inspections/extra-round-grids. The list is not a field: it is not submitted. When the app
 *    refuses a list, the notice gives the app's reason (「…不是任何村级网格…的成员」).
 */
import {notice} from './notice.js';
import {withWebappModule} from './webapp-modules.js';

/** True when the entry holds at least one error message, at any depth. */
export function holdsMessage(entry) {
  if (typeof entry === 'string') {
    return entry.length > 0;
  }
  if (Array.isArray(entry)) {
    return entry.some(holdsMessage);
  }
  if (entry && typeof entry === 'object') {
    return Object.values(entry).some(holdsMessage);
  }
  return false;
}

/** The error state without the entries that hold no message. */
export function withoutEmptyErrors(errors) {
  const kept = {};
  Object.entries(errors || {}).forEach(([id, entry]) => {
    if (holdsMessage(entry)) {
      kept[id] = entry;
    }
  });
  return kept;
}

/** The selects that read their options from an address of the app: [{key, url}]. */
export function valuesSources(components, found = []) {
  (components || []).forEach((component) => {
    const from = component.properties && component.properties.valuesFrom;
    if (component.valuesKey && typeof from === 'string' && /^\/api\/[\w\-/]+$/.test(from)) {
      found.push({key: component.valuesKey, url: from});
    }
    valuesSources(component.components, found);
  });
  return found;
}

/** The app's reason for refusing a list: the message of its JSON error body, or null. */
async function reasonOf(response) {
  try {
    const body = await response.json();
    return body && typeof body.message === 'string' && body.message ? body.message : null;
  } catch (e) {
    return null;
  }
}

/** The form's data with every list it reads from the app and does not hold yet. */
async function withAppLists(schema, data) {
  const missing = valuesSources(schema && schema.components)
    .filter((source) => !Array.isArray((data || {})[source.key]));
  if (!missing.length) {
    return data;
  }
  const filled = Object.assign({}, data);
  await Promise.all(missing.map(async (source) => {
    try {
      const response = await fetch(source.url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
      if (!response.ok) {
        const reason = await reasonOf(response);
        notice(reason ? '表单的选项列表未能读取：' + reason : '表单的选项列表未能读取（' + source.url + '），请刷新页面后重试。',
            null, 'error');
        return;
      }
      filled[source.key] = await response.json();
    } catch (e) {
      notice('表单的选项列表未能读取（' + source.url + '），请刷新页面后重试。', null, 'error');
    }
  }));
  return filled;
}

function formClass(exports) {
  return Object.values(exports || {}).find((candidate) => {
    const prototype = candidate && candidate.prototype;
    return typeof candidate === 'function' && prototype
      && typeof prototype._setState === 'function'
      && typeof prototype.importSchema === 'function'
      && typeof prototype._getSubmitData === 'function';
  });
}

/** 「排查结果（消防安全）」: a field's label with the label of the group or list it sits in. */
function describe(form, fieldId) {
  const registry = form.get('formFieldRegistry');
  const field = registry.get(fieldId);
  if (!field) {
    return null;
  }
  const label = (field.label || field.key || fieldId).replace(/[*:：\s]+$/, '');
  const parent = field._parent && registry.get(field._parent);
  const context = parent && parent.type !== 'default' && parent.label ? parent.label.replace(/[：:].*$/, '') : '';
  return context ? label + '（' + context + '）' : label;
}

function reportErrors(form, errors) {
  const names = [...new Set(Object.keys(errors).map((id) => describe(form, id)).filter(Boolean))];
  if (!names.length) {
    return;
  }
  const shown = names.slice(0, 6).join('、') + (names.length > 6 ? ' 等 ' + names.length + ' 项' : '');
  notice('还不能提交：请填写或改正 ' + shown + '。出错的项目已标红。', null, 'error');
  setTimeout(() => {
    const first = document.querySelector('.fjs-form .fjs-has-errors, .fjs-form [aria-invalid="true"]');
    if (first) {
      first.scrollIntoView({block: 'center'});
    }
  }, 50);
}

// Tasklist also submits the form to read its data for 保存; only 完成 and 启动 are reported
let submittedAt = 0;
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  const action = button ? button.getAttribute('ng-click') || '' : '';
  if (button && (/complete|submit/i.test(action) || button.closest('.modal-footer') && button.classList.contains('btn-primary'))) {
    submittedAt = Date.now();
  }
}, true);

function patch(Form) {
  if (Form.prototype.__safegrid) {
    return;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) {
      state = Object.assign({}, state, {errors: withoutEmptyErrors(state.errors)});
    }
    return setState.call(this, state);
  };
  const submit = Form.prototype.submit;
  Form.prototype.submit = function () {
    const result = submit.apply(this, arguments);
    if (result && result.errors && Object.keys(result.errors).length && Date.now() - submittedAt < 3000) {
      reportErrors(this, result.errors);
    }
    return result;
  };
  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = function (schema, data, ...rest) {
    const imported = withAppLists(schema, data).then((filled) => importSchema.call(this, schema, filled, ...rest));
    imported.then(() => {
      window.dispatchEvent(new CustomEvent('safegrid-form', {detail: this}));
    }).catch(() => {});
    return imported;
  };
  Form.prototype.__safegrid = true;
}

withWebappModule('camunda-forms', ['_getSubmitData', 'importSchema'], formClass, patch);

export default {};
