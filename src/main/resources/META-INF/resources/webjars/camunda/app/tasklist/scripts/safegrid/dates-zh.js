/*
 * SafeGrid: Chinese for Tasklist's relative dates (「到期 3 天后」「创建时间 2 分钟前」). Tasklist
 * loads its Chinese texts and its English fallback side by side and hands each one's date texts to
 * the date library (moment) as it arrives: when the English came last, a Chinese page read
 * "in 3 days". When Tasklist shows Chinese, the date library keeps a Chinese locale: Tasklist's own
 * "zh" once defined, the library's zh-cn until then.
 */
import {chinese, withWebappModule} from './webapp-modules.js';

function momentLibrary(exports) {
  const moment = exports && exports.default && exports.default.defineLocale ? exports.default : exports;
  return typeof moment === 'function' && typeof moment.defineLocale === 'function'
    && typeof moment.locale === 'function' ? moment : null;
}

if (chinese()) {
  // the date library's zh-cn texts are a module of their own, loaded here if Tasklist has not yet
  withWebappModule('moment-zh-cn', ['defineLocale("zh-cn"'], () => true, () => {});
  withWebappModule('moment', ['defineLocale', 'updateLocale', 'isMoment'], momentLibrary, (moment) => {
    const choose = moment.locale;
    const chineseLocale = () => (moment.locales().includes('zh') ? 'zh' : 'zh-cn');
    moment.locale = function (key, values) {
      const chosen = choose.apply(this, arguments);
      return key && !String(key).toLowerCase().startsWith('zh') ? choose.call(this, chineseLocale()) : chosen;
    };
    moment.locale(chineseLocale());
  });
}

export default {};
