/*
 * SafeGrid – Camunda Cockpit configuration (overrides the empty config.js shipped in the Camunda
 * webjar). ../safegrid/admin-reason.js (app/safegrid/): the administrator's 操作理由 bar, which every
 * administrator's change beyond an officer's own work needs (docs/security.md).
 * scripts/safegrid/dashboard.js: the supervisors' dashboard — 督查看板 in the header and this
 * month's figures on the start page (docs/reports.md).
 */
export default {
  customScripts: ['../safegrid/admin-reason.js', 'scripts/safegrid/dashboard.js']
};
