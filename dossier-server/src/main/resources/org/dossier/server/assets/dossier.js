// Brings the cited span into view on an article page. The server marks ?start=&end= in a <mark>; for a bare
// #span-START-END (offsets into the clean text) the span is marked here.
document.addEventListener('DOMContentLoaded', function () {
  var text = document.getElementById('text');
  if (!text) { return; }
  var mark = text.querySelector('mark.cited');
  var asked = /^#span-(\d+)-(\d+)$/.exec(location.hash);
  if (!mark && asked && text.childNodes.length === 1 && text.firstChild.nodeType === Node.TEXT_NODE) {
    var start = +asked[1], end = +asked[2], node = text.firstChild;
    if (start < end && end <= node.length) {
      var range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      mark = document.createElement('mark');
      mark.className = 'cited';
      mark.id = asked[0].substring(1);
      range.surroundContents(mark);
    }
  }
  if (mark) { mark.scrollIntoView({block: 'center'}); }
});

// The upload page: sends the chosen files to /api/ingest with a progress bar, then lists what was added and
// every refused file with its reason. Every name is set as text, never as markup.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('upload');
  if (!form) { return; }
  var bar = document.getElementById('upload-progress');
  var state = document.getElementById('upload-state');
  var result = document.getElementById('upload-result');
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var input = form.querySelector('input[type=file]');
    var total = 0;
    for (var i = 0; i < input.files.length; i++) { total += input.files[i].size; }
    result.textContent = '';
    if (total > +form.dataset.maxBytes) {
      state.textContent = 'Too large: at most ' + Math.floor(form.dataset.maxBytes / 1048576) + ' MB at once.';
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    bar.hidden = false;
    bar.value = 0;
    state.textContent = 'Sending…';
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        state.textContent = 'Sending ' + bar.value + ' %';
      }
    });
    xhr.upload.addEventListener('load', function () { state.textContent = 'Reading the pages…'; bar.removeAttribute('value'); });
    xhr.addEventListener('load', function () {
      bar.hidden = true;
      var doc;
      try { doc = JSON.parse(xhr.responseText); } catch (e) { doc = null; }
      if (!doc || xhr.status !== 200) {
        state.textContent = 'Not added: ' + (doc && doc.error ? doc.error.message : 'the server answered ' + xhr.status);
        state.className = 'refused';
        return;
      }
      state.className = '';
      state.textContent = doc.added + ' added, ' + doc.already_stored + ' already stored, ' + doc.refused.length
          + ' refused; ' + doc.stories + ' stories in the store.';
      if (doc.refused.length) {
        result.appendChild(el('h2', 'Refused'));
        var t = el('table', undefined, 'refused');
        var head = el('tr');
        head.appendChild(el('th', 'File'));
        head.appendChild(el('th', 'Reason'));
        t.appendChild(head);
        doc.refused.forEach(function (r) {
          var row = el('tr');
          row.appendChild(el('td', r.source));
          row.appendChild(el('td', r.reason));
          t.appendChild(row);
        });
        result.appendChild(t);
      }
      doc.skipped.forEach(function (line) { result.appendChild(el('p', line, 'muted')); });
      var back = el('p');
      var a = el('a', 'See the stories');
      a.href = '/';
      back.appendChild(a);
      result.appendChild(back);
    });
    xhr.addEventListener('error', function () { bar.hidden = true; state.textContent = 'The upload failed: the connection was lost.'; });
    xhr.send(new FormData(form));
  });
});
