/*
 * Chinese for the texts of the bpmn.io decision table editor (dmn-js 10), as a translate module:
 * window.RulesZh is passed to the editor as an additional module. Texts without a translation
 * here stay as dmn-js has them.
 */
(function (window) {
  'use strict';

  var TEXTS = {
    'Add Cell Description': '添加单元格说明',
    'Add Input': '添加输入',
    'Add Input Column Left': '在左侧添加输入列',
    'Add Input Column Right': '在右侧添加输入列',
    'Add Output': '添加输出',
    'Add Output Column Left': '在左侧添加输出列',
    'Add Output Column Right': '在右侧添加输出列',
    'Add Predefined Values': '添加预设值',
    'Add Rule Above': '在上方添加规则',
    'Add Rule Below': '在下方添加规则',
    'Add Values': '添加值',
    'And': '且',
    'Annotations': '说明（依据）',
    'Change Cell Expression Language': '更改单元格表达式语言',
    'Clear predefined values.': '清除预设值。',
    'Copy Input Column': '复制输入列',
    'Copy Output Column': '复制输出列',
    'Copy Rule': '复制规则',
    'Cut Input Column': '剪切输入列',
    'Cut Output Column': '剪切输出列',
    'Cut Rule': '剪切规则',
    'Edit String': '编辑文字',
    'Expression': '表达式',
    'Expression Language': '表达式语言',
    'Input': '输入',
    'Input Expression': '输入表达式',
    'Input Label': '输入标签',
    'Input Type': '输入类型',
    'Input Values': '输入值',
    'Input Variable': '输入变量',
    'No values': '无',
    'Output': '输出',
    'Output Label': '输出标签',
    'Output Name': '输出名称',
    'Output Type': '输出类型',
    'Output Values': '输出值',
    'Paste Input Column Left': '粘贴到左侧（输入列）',
    'Paste Input Column Right': '粘贴到右侧（输入列）',
    'Paste Output Column Left': '粘贴到左侧（输出列）',
    'Paste Output Column Right': '粘贴到右侧（输出列）',
    'Paste Rule Above': '粘贴到上方（规则）',
    'Paste Rule Below': '粘贴到下方（规则）',
    'Predefined Values': '预设值',
    'Remove Cell Description': '删除单元格说明',
    'Remove Input Column': '删除输入列',
    'Remove Output Column': '删除输出列',
    'Remove Rule': '删除规则',
    'Resize': '调整宽度',
    'Set Value': '设定值',
    'Strings must be in double quotes.': '文字须放在英文双引号中。',
    'Then': '则',
    'Type': '类型',
    'When': '当',
    'Match one': '匹配其一',
    'Match none': '都不匹配',
    'Hit Policy:': '命中策略：',
    'Hit Policy': '命中策略'
  };

  function translate(template, replacements) {
    var text = Object.prototype.hasOwnProperty.call(TEXTS, template) ? TEXTS[template] : template;
    replacements = replacements || {};
    return text.replace(/{([^}]+)}/g, function (_, key) {
      return Object.prototype.hasOwnProperty.call(replacements, key) ? replacements[key] : '{' + key + '}';
    });
  }

  window.RulesZh = { translate: ['value', translate] };
})(window);
