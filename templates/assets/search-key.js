// On every page: "/" puts the cursor in the search box (the page's own, on
// the home and search pages; else the one in the header), unless the reader
// is typing somewhere already, or turned the key off on the search page (a
// single-key shortcut must be one a reader can turn off: WCAG 2.1.4).
(function () {
  'use strict';
  var OFF = 'minutebook.slashKey';
  function off() {
    try {
      return localStorage.getItem(OFF) === 'off';
    } catch (e) {
      return false; // storage refused (a private window's file://): the key works
    }
  }
  globalThis.MinutebookSlashKey = {
    on: function () {
      return !off();
    },
    set: function (on) {
      try {
        if (on) localStorage.removeItem(OFF);
        else localStorage.setItem(OFF, 'off');
      } catch (e) {
        // Not kept: the setting lasts as long as the page.
      }
    },
  };
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || off()) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById('q') || document.getElementById('site-q');
    if (!box || box.offsetParent === null) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();
