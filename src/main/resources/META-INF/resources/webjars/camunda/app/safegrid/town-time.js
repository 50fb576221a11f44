/*
 * SafeGrid, Cockpit and Admin: dates and times in town time (Asia/Shanghai, UTC+8 all year; China
 * has no summer time), whatever zone the browser runs in, and in a Chinese format.
 *
 * The webapps print every date through their date library (moment) in the browser's zone, and
 * Cockpit's footer names that zone ("UTC" on a server-room PC). Here the library's offset hook
 * puts every moment made in local time on UTC+8: an instant the server sent keeps its instant
 * and is shown at Beijing time; a date and time typed or parsed without an offset means Beijing
 * time. Moments made in UTC on purpose (moment.utc) stay in UTC. Cockpit's own format
 * "2026-01-23T14:42:45" is shown as "2026-01-23 14:42:45"; the footer says 北京时间.
 */
import {withWebappModule} from '../tasklist/scripts/safegrid/webapp-modules.js';

const OFFSET_MINUTES = 8 * 60;
const ZONE_LABEL = '北京时间（Asia/Shanghai，UTC+8）';
const COCKPIT_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss';
const TOWN_FORMAT = 'YYYY-MM-DD HH:mm:ss';

function momentLibrary(exports) {
  const moment = exports && exports.default && exports.default.defineLocale ? exports.default : exports;
  return typeof moment === 'function' && typeof moment.updateOffset === 'function'
    && typeof moment.fn === 'object' && typeof moment.fn.utcOffset === 'function' ? moment : null;
}

function townTime(moment) {
  if (moment.__safegridTownTime) {
    return;
  }
  moment.__safegridTownTime = true;
  // clones keep whether a moment follows town time
  if (Array.isArray(moment.momentProperties) && !moment.momentProperties.includes('_safegridTown')) {
    moment.momentProperties.push('_safegridTown');
  }
  let applying = false;
  const previousHook = moment.updateOffset;
  moment.updateOffset = function (m, keepTime) {
    previousHook.call(this, m, keepTime);
    if (m._safegridTown === undefined) {
      // made in local time (not moment.utc, not an explicit offset): town time from now on
      m._safegridTown = !m._isUTC;
      if (m._safegridTown && m.isValid() && m._a && m._tzm === undefined && m._f !== 'X' && m._f !== 'x') {
        // fields read without an offset ("2026-01-23 14:42"): those are Beijing wall-clock fields
        m._d = new Date(moment.utc(m._a).valueOf() - OFFSET_MINUTES * 60000);
      }
    }
    if (m._safegridTown && !applying) {
      applying = true;
      try {
        m.utcOffset(OFFSET_MINUTES, keepTime);
      } finally {
        applying = false;
      }
    }
  };
  // an offset chosen on purpose (utc(), local(), utcOffset(x)) is kept
  ['utc', 'local'].forEach((name) => {
    const original = moment.fn[name];
    moment.fn[name] = function () {
      if (!applying) {
        this._safegridTown = false;
      }
      return original.apply(this, arguments);
    };
  });
  const utcOffset = moment.fn.utcOffset;
  moment.fn.utcOffset = function (input) {
    if (input !== undefined && input !== null && !applying) {
      this._safegridTown = false;
    }
    return utcOffset.apply(this, arguments);
  };
  const format = moment.fn.format;
  moment.fn.format = function (pattern) {
    return format.call(this, pattern === COCKPIT_FORMAT ? TOWN_FORMAT : pattern);
  };
}

withWebappModule('moment-town-time', ['updateOffset', 'isMoment'], momentLibrary, townTime);

// the footer: "日期和时间按本地时区显示：UTC" names the browser's zone
function footer() {
  const zone = document.querySelector('#footer-timezone i');
  if (zone && zone.textContent !== ZONE_LABEL) {
    zone.textContent = ZONE_LABEL;
  }
}
new MutationObserver(footer).observe(document.documentElement, {childList: true, subtree: true});

export default [];
