/*
 * SafeGrid: Chinese for the few texts Camunda Forms (form-js) inside Tasklist writes itself —
 * validation messages and the select box's search hints — which the locale files cannot reach.
 * Runs only when Tasklist shows Chinese.
 */
import {chinese} from './webapp-modules.js';

const MESSAGES = [
  [/^Field is required\.?$/, () => '此项必填。'],
  [/^Field must have minimum length of (\d+)\.?$/, (m) => `至少需要 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.?$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+?)\.?$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+?)\.?$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must match pattern .*$/, () => '格式不正确，请按说明填写。'],
  [/^Field must be a valid email\.?$/, () => '请填写有效的电子邮箱。'],
  [/^Field must be a valid international phone number\.?$/, () => '请填写有效的电话号码。'],
  [/^Value is not a valid number\.?$/, () => '请填写有效的数字。'],
  [/^No results$/, () => '没有匹配的选项'],
];
const PLACEHOLDERS = {Search: '搜索', Select: '请选择', 'Search…': '搜索…'};

function translateText(node) {
  const text = node.nodeValue && node.nodeValue.trim();
  if (!text) {
    return;
  }
  for (const [pattern, replace] of MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      node.nodeValue = replace(match);
      return;
    }
  }
}

function translate(root) {
  if (!(root instanceof Element)) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error, .fjs-dropdownlist-empty').forEach((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  });
  root.querySelectorAll('.fjs-form input[placeholder]').forEach((element) => {
    if (PLACEHOLDERS[element.placeholder]) {
      element.placeholder = PLACEHOLDERS[element.placeholder];
    }
  });
  // only text nodes: the form library re-renders these elements and must find its own nodes
  root.querySelectorAll('.fjs-select-display, .fjs-select-placeholder').forEach((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (PLACEHOLDERS[text]) {
        node.nodeValue = PLACEHOLDERS[text];
      }
    }
  });
}

if (chinese()) {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      translate(mutation.target instanceof Element ? mutation.target : mutation.target.parentElement);
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}

export default {};
