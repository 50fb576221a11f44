/*
 * SafeGrid – Camunda Cockpit configuration (overrides the empty config.js shipped in the Camunda
 * webjar): Chinese for a browser that asks for it (../locales/zh.json), English otherwise; our app
 * name. customScripts, each in a file of its own (others append theirs):
 * - ../safegrid/admin-reason.js (app/safegrid/): the administrator's 操作理由 bar, which every
 *   administrator's change beyond an officer's own work needs (docs/security.md);
 * - ../safegrid/town-time.js, ../safegrid/site-notice.js, ../safegrid/header-zh.js: Beijing time
 *   whatever the browser's zone, the administrators' notice in place of the vendor's banner, the
 *   header in Chinese words; ../tasklist/scripts/safegrid/dates-zh.js: Chinese relative dates
 *   (docs/cockpit.md);
 * - scripts/safegrid/*.js: supervisors in Cockpit — read-only chrome, names, the hazards page and
 *   tabs (docs/cockpit.md); rules.js: 规则管理 in the navigation and on decision definitions
 *   (docs/rules.md); dashboard.js: the supervisors' dashboard — 督查看板 in the header and this
 *   month's figures on the start page (docs/reports.md).
 */
export default {
  app: {
    name: '驾驶舱',
    vendor: 'SafeGrid'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: [
    '../safegrid/admin-reason.js',
    '../safegrid/town-time.js',
    '../safegrid/site-notice.js',
    '../safegrid/header-zh.js',
    '../tasklist/scripts/safegrid/dates-zh.js',
    'scripts/safegrid/supervisors.js',
    'scripts/safegrid/hazards.js',
    'scripts/safegrid/rules.js',
    'scripts/safegrid/dashboard.js'
  ]
};
