/*
 * SafeGrid – Camunda Cockpit configuration (overrides the empty config.js shipped in the Camunda
 * webjar). ../safegrid/admin-reason.js (app/safegrid/): the administrator's 操作理由 bar, which every
 * administrator's change beyond an officer's own work needs (docs/security.md).
 * scripts/safegrid/rules.js: 规则管理 in the navigation and on decision definitions (docs/rules.md).
 */
export default {
  customScripts: ['../safegrid/admin-reason.js', 'scripts/safegrid/rules.js']
};
