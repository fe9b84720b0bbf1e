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
