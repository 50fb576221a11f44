(function () {
  var MAX_BYTES = 5 * 1024 * 1024;
  var number = new URLSearchParams(location.search).get('number');
  var base = number ? '/api/hazards/' + encodeURIComponent(number) : null;

  function show(id, visible) { document.getElementById(id).hidden = !visible; }
  function text(id, value) { document.getElementById(id).textContent = value == null ? '' : value; }

  function fail(message, withLogin) {
    var box = document.getElementById('failure');
    box.textContent = message + ' ';
    if (withLogin) {
      var link = document.createElement('a');
      link.href = '/camunda/app/tasklist/';
      link.textContent = '前往任务列表登录';
      box.appendChild(link);
    }
    show('failure', true);
  }

  // the session's XSRF token, handed out by the app's API on request (the cookie is the webapps')
  var xsrfToken = '';

  function problem(response) {
    return response.json().then(function (body) { return body && body.message; }, function () { return null; })
      .then(function (message) {
        if (response.status === 401) { return '登录已失效，请先在任务列表（Tasklist）重新登录。'; }
        if (response.status === 404) { return message || '没有这个隐患，或者您无权查看它。'; }
        if (response.status === 413) { return '照片太大：单张不超过 5 MB。'; }
        return message || ('操作失败（' + response.status + '），请稍后重试。');
      });
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
  }

  function loadPhotos() {
    return fetch(base + '/photos', { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } }).then(function (response) {
      xsrfToken = response.headers.get('X-XSRF-TOKEN') || xsrfToken;
      if (!response.ok) { return problem(response).then(function (m) { throw new Error(m); }); }
      return response.json();
    }).then(function (photos) {
      var list = document.getElementById('photos');
      list.textContent = '';
      photos.forEach(function (photo) {
        var figure = document.createElement('figure');
        var link = document.createElement('a');
        link.href = photo.url;
        link.target = '_blank';
        link.rel = 'noopener';
        var img = document.createElement('img');
        img.src = photo.url;
        img.alt = photo.fileName || '隐患照片';
        link.appendChild(img);
        var caption = document.createElement('figcaption');
        caption.textContent = photo.stageLabel + ' · ' + when(photo.uploadedAt) + ' · ' + (photo.uploadedByName || photo.uploadedBy || '');
        figure.appendChild(link);
        figure.appendChild(caption);
        list.appendChild(figure);
      });
      show('no-photos', photos.length === 0);
      show('gallery', true);
    });
  }

  function upload(event) {
    event.preventDefault();
    var result = document.getElementById('upload-result');
    var file = document.getElementById('file').files[0];
    result.className = 'message error';
    if (!file) { result.textContent = '请先选择一张照片。'; show('upload-result', true); return; }
    if (file.size > MAX_BYTES) { result.textContent = '照片太大：单张不超过 5 MB，请压缩后再上传。'; show('upload-result', true); return; }
    var data = new FormData();
    data.append('file', file);
    var stage = document.getElementById('stage').value;
    var button = document.getElementById('send');
    button.disabled = true;
    function send() {
      return fetch(base + '/photos?stage=' + encodeURIComponent(stage), {
        method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': xsrfToken }
      });
    }
    send().then(function (response) {
      if (response.status !== 403) { return response; }
      // the token changed (e.g. the officer logged in to Tasklist again): fetch the current one, retry once
      return fetch(base, { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } }).then(function (fresh) {
        xsrfToken = fresh.headers.get('X-XSRF-TOKEN') || xsrfToken;
        return fresh.ok ? send() : fresh;
      });
    }).then(function (response) {
      if (response.status === 403) { throw new Error('页面已过期，请刷新本页后重试。'); }
      if (!response.ok) { return problem(response).then(function (m) { throw new Error(m); }); }
      result.className = 'message ok';
      result.textContent = '已上传：' + file.name;
      document.getElementById('file').value = '';
      return loadPhotos();
    }).catch(function (error) {
      result.className = 'message error';
      result.textContent = error.message;
    }).then(function () {
      button.disabled = false;
      show('upload-result', true);
    });
  }

  if (!number) {
    // opened without a hazard (e.g. from the report form): offer the latest hazards the user may see
    fetch('/api/hazards?size=20&sort=reportedAt,desc', { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } })
      .then(function (response) {
        if (!response.ok) {
          return problem(response).then(function (message) { fail(message, response.status === 401); });
        }
        return response.json().then(function (page) {
          var list = document.getElementById('recent-list');
          page.content.forEach(function (h) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = '?number=' + encodeURIComponent(h.number);
            link.textContent = h.number;
            item.appendChild(link);
            item.appendChild(document.createTextNode(' · ' + h.gridName + ' · ' + h.location + ' · '
              + h.categoryName + ' · ' + h.statusLabel + ' · ' + h.reporterName + ' ' + when(h.reportedAt)));
            list.appendChild(item);
          });
          show('no-recent', page.content.length === 0);
          show('recent', true);
        });
      }).catch(function (error) { fail(error.message || '无法连接服务器，请稍后重试。', false); });
    return;
  }
  text('title', '隐患照片 ' + number);
  fetch(base, { credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': 'Fetch' } }).then(function (response) {
    if (!response.ok) {
      return problem(response).then(function (message) { fail(message, response.status === 401); });
    }
    xsrfToken = response.headers.get('X-XSRF-TOKEN') || xsrfToken;
    return response.json().then(function (detail) {
      var h = detail.hazard;
      text('f-number', h.number);
      text('f-grid', h.gridName);
      text('f-location', h.location);
      text('f-category', h.categoryName);
      text('f-status', h.statusLabel);
      show('facts', true);
      show('upload', true);
      document.getElementById('upload-form').addEventListener('submit', upload);
      return loadPhotos();
    });
  }).catch(function (error) { fail(error.message || '无法连接服务器，请稍后重试。', false); });
})();
