/*
 * SafeGrid – Camunda Admin configuration (overrides the empty config.js shipped in the Camunda
 * webjar): Chinese for a browser that asks for it (../locales/zh.json), English otherwise; our app
 * name. customScripts, each in a file of its own (others append theirs):
 * - ../safegrid/admin-reason.js (app/safegrid/): the administrator's 操作理由 bar, which every
 *   administrator's change beyond an officer's own work needs (docs/security.md);
 * - ../safegrid/town-time.js, ../safegrid/site-notice.js, ../safegrid/header-zh.js: Beijing time
 *   whatever the browser's zone, the administrators' notice in place of the vendor's banner, the
 *   header in Chinese words; ../tasklist/scripts/safegrid/dates-zh.js: Chinese relative dates
 *   (docs/cockpit.md);
 * - scripts/safegrid/registry-people.js: users and groups come from the registry (the notice on
 *   Admin's user and group pages), the editor of the administrators' notice (docs/cockpit.md).
 */
export default {
  app: {
    name: '系统管理',
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
    'scripts/safegrid/registry-people.js'
  ]
};
