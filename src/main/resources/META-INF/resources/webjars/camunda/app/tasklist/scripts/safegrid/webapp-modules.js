/*
 * SafeGrid: reaching a library inside the webapp's bundle (lib/deps.js), for the few fixes that
 * must act on the library itself (Camunda Forms' error state, the date library's language).
 *
 * The webapp is built with webpack; a chunk with no modules of its own, pushed onto its chunk list,
 * has its start-up function called with the webapp's module loader. findModule() looks through the
 * loader's module factories for one whose source holds every hint and whose exports pass the test.
 * Modules are looked up once the webapp has loaded them, so nothing starts out of order.
 */
const CHUNKS = 'webpackChunkcamunda_bpm_webapp';

function findModule(require, hints, wanted) {
  for (const id of Object.keys(require.m)) {
    const source = Function.prototype.toString.call(require.m[id]);
    if (hints.every((hint) => source.includes(hint))) {
      const exports = require(id);
      const found = wanted(exports);
      if (found) {
        return found;
      }
    }
  }
  return null;
}

/**
 * Calls use(found) with what findModule finds, or warns once in the console (the fix then simply
 * does not apply; the webapp works as shipped).
 */
export function withWebappModule(name, hints, wanted, use) {
  const chunks = (self[CHUNKS] = self[CHUNKS] || []);
  chunks.push([['safegrid-' + name], {}, (require) => {
    const found = findModule(require, hints, wanted);
    if (found) {
      use(found);
    } else if (window.console) {
      console.warn('SafeGrid: ' + name + ' not found in the webapp; its fix does not apply');
    }
  }]);
}

/** Tasklist picks its language from the browser's first preferred language, so do we. */
export function chinese() {
  const lang = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
  return lang.startsWith('zh');
}

export default {};
