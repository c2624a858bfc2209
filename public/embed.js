/* On the Record embed resizer: sets each embed iframe to the height its page reports. Checks the message comes from that iframe and its origin. */
(function () {
  if (window.__otrEmbeds) return;
  window.__otrEmbeds = 1;
  addEventListener('message', function (e) {
    var d = e.data, h = null;
    if (!d || typeof d !== 'object') return;
    if (d.type === 'otr-embed-size') h = d.height;
    else if (d.sentinel === 'amp' && d.type === 'embed-size') h = d.height;
    if (typeof h !== 'number' || !(h > 0) || h > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source || f.src.indexOf(e.origin + '/') !== 0) continue;
      f.style.height = Math.ceil(h) + 'px';
    }
  });
})();
