/*
 * SafeGrid: 「其余各项全部合格」 on the inspection checklists, so that an officer answers only the
 * exceptions. Data-driven: a select of a form that carries the custom property
 * {"allPassed": "<value>"} (Camunda Modeler: Custom properties) is an answer this button may fill
 * with that value — every one still unanswered, at the top of the form and in every row of a
 * dynamic list. Answers already given are kept. Forms without such a field get no button.
 */
const BUTTON_CLASS = 'safegrid-all-passed';

function shortcutFields(components, list = null, found = []) {
  (components || []).forEach((component) => {
    if (component.properties && component.properties.allPassed) {
      found.push({key: component.key, value: component.properties.allPassed, list});
    }
    const inList = component.type === 'dynamiclist' ? component.path : list;
    shortcutFields(component.components, inList, found);
  });
  return found;
}

function fillUnanswered(data, fields) {
  let filled = 0;
  const fill = (target, field) => {
    if (target[field.key] === undefined || target[field.key] === null || target[field.key] === '') {
      target[field.key] = field.value;
      filled++;
    }
  };
  fields.forEach((field) => {
    if (field.list) {
      (Array.isArray(data[field.list]) ? data[field.list] : []).forEach((row) => fill(row, field));
    } else {
      fill(data, field);
    }
  });
  return filled;
}

window.addEventListener('safegrid-form', (event) => {
  const form = event.detail;
  const state = form._getState();
  const fields = shortcutFields(state.schema && state.schema.components);
  const container = form._container || (form.get && form.get('config') && form.get('config').container);
  const root = (container && container.querySelector('.fjs-form')) || null;
  if (!fields.length || !root || root.parentElement.querySelector('.' + BUTTON_CLASS)) {
    return;
  }
  const bar = document.createElement('div');
  bar.className = BUTTON_CLASS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-default';
  button.textContent = '其余各项全部合格';
  const hint = document.createElement('span');
  hint.className = 'safegrid-all-passed-hint';
  hint.textContent = '先标出发现隐患或不适用的项目，再点此按钮，其余未填的排查结果一次填为“合格”。';
  button.addEventListener('click', async () => {
    const current = form._getState();
    const data = JSON.parse(JSON.stringify(current.data || {}));
    const filled = fillUnanswered(data, fields);
    if (!filled) {
      hint.textContent = '所有排查结果都已填写。';
      return;
    }
    await form.importSchema(current.schema, data);
    hint.textContent = '已将 ' + filled + ' 项未填的排查结果填为“合格”，请核对后点“完成”。';
  });
  bar.appendChild(button);
  bar.appendChild(hint);
  root.parentElement.insertBefore(bar, root);
});

export default {};
