/*
 * SafeGrid: Chinese for Tasklist's relative dates (「到期 3 天后」「创建时间 2 分钟前」). Tasklist
 * loads its Chinese texts and its English fallback side by side and hands each one's date texts to
 * the date library (moment) as it arrives: when the English came last, a Chinese page read
 * "in 3 days" (and Tasklist's "zh" date texts could even be the English ones). When Tasklist shows
 * Chinese, the date library keeps its own zh-cn, whatever Tasklist chooses later.
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
    // Tasklist's own "zh" may have been defined from the English file; the library's zh-cn is Chinese.
    // Defining or updating a locale selects it too (inside the library, not through moment.locale),
    // so every way of choosing one is followed by choosing zh-cn again.
    const choose = moment.locale;
    const keepChinese = (original) => function () {
      const answer = original.apply(this, arguments);
      if (choose.call(moment) !== 'zh-cn') {
        choose.call(moment, 'zh-cn');
      }
      return answer;
    };
    moment.locale = keepChinese(choose);
    moment.defineLocale = keepChinese(moment.defineLocale);
    moment.updateLocale = keepChinese(moment.updateLocale);
    moment.locale('zh-cn');
  });
}

export default {};
