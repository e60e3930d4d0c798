// The console's only script: the CSRF token on every htmx request, and the progress of a workbook's upload.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) event.detail.headers[header.content] = token.content;
});
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  if (!bar || !event.detail.lengthComputable) return;
  var percent = Math.round(event.detail.loaded / event.detail.total * 100);
  bar.hidden = false;
  bar.value = percent;
  document.getElementById('upload-percent').textContent = percent < 100 ? percent + ' %' : '…';
});
document.addEventListener('htmx:afterRequest', function (event) {
  var percent = document.getElementById('upload-percent');
  if (percent && event.detail.elt && event.detail.elt.id === 'upload') percent.textContent = '';
});
