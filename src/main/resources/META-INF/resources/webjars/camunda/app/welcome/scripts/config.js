/*
 * SafeGrid – Camunda Welcome page configuration.
 *
 * Overrides the config.js shipped in the Camunda webjar: sets our app name
 * and vendor, and makes Chinese (zh) available next to English. The browser
 * language decides; anything not zh falls back to English. Our translations
 * are in ../locales/zh.json.
 */

export default {
  app: {
    name: '安全生产网格化管理',
    vendor: 'SafeGrid'
  },
  // SafeGrid's additions (../safegrid/): the administrators' notice in place of the vendor's
  // banner, Beijing time, the header in Chinese words (docs/cockpit.md)
  customScripts: [
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
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
