/*
 * SafeGrid, the webapps' header in Chinese words: the app switcher names the apps as the
 * glossary does (驾驶舱, 任务列表, 系统管理, 欢迎页; Camunda's header prints its own English
 * names), and a person's name reads 姓名 (张示例), not Camunda's "名 姓" (示例 张): in the header,
 * in Admin's page heads and breadcrumbs about a user, and on the welcome page's profile.
 */
import {chinese} from '../tasklist/scripts/safegrid/webapp-modules.js';

const APPS = {cockpit: '驾驶舱', tasklist: '任务列表', admin: '系统管理', welcome: '欢迎页'};
const CJK_NAME = /^\s*([\u3400-\u9fff\u00b7]+) ([\u3400-\u9fff]{1,2})\s*$/;

function appNames() {
  Object.entries(APPS).forEach(([app, name]) => {
    document.querySelectorAll('[cam-widget-header] li.app-switch li.' + app + ' > a').forEach((link) => {
      if (link.textContent.trim() !== name) {
        link.textContent = name;
      }
    });
  });
}

/** The header's account, Admin's page heads and breadcrumbs that name a user, the welcome page's profile. */
const NAME_PLACES = '[cam-widget-header] li.account > a, .ctn-main section .section-content h3, '
    + '.ctn-main section .section-content .h4, .cam-breadcrumb li span.text, .user-profile-name';

function chineseOrder() {
  document.querySelectorAll(NAME_PLACES).forEach((element) => {
    element.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      const m = node.nodeValue.match(CJK_NAME);
      if (m) {
        node.nodeValue = m[2] + m[1];
        return;
      }
      // "编辑用户：示例 张", "示例 张 所属的用户组"
      const inside = node.nodeValue.replace(/(^|[\s：:])([\u3400-\u9fff\u00b7]{1,3}) ([\u3400-\u9fff]{1,2})(?=$|\s)/,
        (all, before, given, family) => before + family + given);
      if (inside !== node.nodeValue) {
        node.nodeValue = inside;
      }
    });
  });
}

if (chinese()) {
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        appNames();
        chineseOrder();
      });
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}

export default [];
