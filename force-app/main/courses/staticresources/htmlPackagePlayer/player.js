/*
 * The player of interactive HTML packages. c/courseMediaPreview frames this page with sandbox="allow-scripts" (never
 * allow-same-origin), so it runs at an opaque origin, and posts it the package as one self-contained document
 * (c/htmlPackage); the player writes that document over itself, once. Only its parent can post to it.
 */
(function () {
  'use strict';
  var played = false;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (played || event.source !== window.parent || !data || data.type !== 'entatio:package') return;
    if (typeof data.html !== 'string') return;
    played = true;
    document.open();
    document.write(data.html);
    document.close();
  });
})();
