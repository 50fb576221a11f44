/*
 * SafeGrid: Chinese for Tasklist's relative dates (「到期 3 天后」「创建时间 2 分钟前」). Tasklist's
 * texts follow the browser's language, but its date library (moment) knows no locale "zh", and a
 * first visit could show "in 3 days" in a Chinese page (whenever the lists were drawn before
 * Tasklist had loaded the library's Chinese). Loads that Chinese and sets the date library to zh-cn
 * when Tasklist shows Chinese.
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
    moment.locale('zh-cn');
  });
}

export default {};
