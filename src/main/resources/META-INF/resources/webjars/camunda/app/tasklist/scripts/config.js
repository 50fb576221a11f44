/*
 * SafeGrid – Camunda Tasklist configuration.
 *
 * Overrides the config.js shipped in the Camunda webjar: sets our app name
 * and vendor, and makes Chinese (zh) available next to English. The browser
 * language decides; anything not zh falls back to English. Our translations
 * are in ../locales/zh.json.
 */

export default {
  // change the app name and vendor
  app: {
    name: '安全生产网格化管理',
    vendor: 'SafeGrid'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // SafeGrid's additions (scripts/safegrid/): forms with lists submit and name refused fields,
  // 其余各项全部合格, Chinese for relative dates and Camunda Forms' own texts, task counts and
  // feedback, ledger links; (../safegrid/) the administrators' notice in place of the vendor's banner,
  // Beijing time whatever the browser's zone, the header in Chinese words (docs/cockpit.md)
  customScripts: [
    'scripts/safegrid/dates-zh.js',
    'scripts/safegrid/camunda-forms.js',
    'scripts/safegrid/all-passed.js',
    'scripts/safegrid/form-messages-zh.js',
    'scripts/safegrid/worklist.js',
    'scripts/safegrid/app-links.js',
    '../safegrid/site-notice.js',
    '../safegrid/town-time.js',
    '../safegrid/header-zh.js'
  ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
