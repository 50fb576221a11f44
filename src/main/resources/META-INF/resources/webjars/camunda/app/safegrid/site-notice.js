/*
 * SafeGrid, every webapp (Tasklist, Cockpit, Admin, the welcome page): the administrators' notice
 * (系统公告, GET /api/notice) at the top of the page, where Camunda's vendor banner was (which the
 * apps' user-styles.css hide). Nothing shows when there is no notice; administrators publish and
 * remove it in Admin → 系统 → 系统公告. Read again when the view changes and every few minutes.
 */
const API = '/api/notice';
const ID = 'safegrid-site-notice';
const REFRESH_MS = 5 * 60 * 1000;

let shown = null; // the notice's text as shown, or null

function place(bar) {
  const header = document.querySelector('[cam-widget-header]');
  const parent = header || document.body;
  if (bar.parentNode !== parent || parent.firstChild !== bar) {
    parent.insertBefore(bar, parent.firstChild);
  }
}

function render(notice) {
  let bar = document.getElementById(ID);
  if (!notice) {
    if (bar) {
      bar.remove();
    }
    shown = null;
    return;
  }
  if (!bar) {
    bar = document.createElement('div');
    bar.id = ID;
    bar.setAttribute('role', 'status');
    Object.assign(bar.style, {
      background: '#eaf2fb', color: '#1f3b5a', borderBottom: '1px solid #b9d0ea', padding: '4px 12px',
      fontSize: '13px', lineHeight: '20px', textAlign: 'center', whiteSpace: 'pre-wrap'
    });
  }
  const label = document.createElement('strong');
  label.textContent = '系统公告：';
  bar.replaceChildren(label, document.createTextNode(notice.text));
  place(bar);
  shown = notice.text;
}

async function refresh() {
  let response;
  try {
    response = await fetch(API, {headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': 'Fetch'},
      credentials: 'same-origin'});
  } catch (offline) {
    return;
  }
  if (response.status === 200) {
    render(await response.json());
  } else if (response.status === 204) {
    render(null);
  }
  // 401: not logged in yet (the login page): nothing to show
}

refresh();
window.addEventListener('hashchange', refresh);
setInterval(refresh, REFRESH_MS);
// the header is drawn after login: keep the bar at its top
new MutationObserver(() => {
  const bar = document.getElementById(ID);
  if (bar && shown !== null) {
    place(bar);
  } else if (shown === null && document.querySelector('[cam-widget-header] .navbar-header')) {
    // first header after the login page: ask again once
    if (!refresh.afterLogin) {
      refresh.afterLogin = true;
      refresh();
    }
  }
}).observe(document.body, {childList: true, subtree: true});

export default [];
