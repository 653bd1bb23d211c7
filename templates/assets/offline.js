// Offline reading: where the site is served over http(s), registers the
// service worker (sw.js at the site root) that keeps the pages a reader opens.
// Opened from disk (file://) there is no worker to have, and none is asked for.
// This file is ROOT/assets/offline.js, so the root is found from its own
// address: the same at a domain's root and under a path prefix (/repo/).
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || !/^https?:$/.test(location.protocol) || !navigator.serviceWorker) return;
  const root = new URL('../', script.src);
  const register = () => {
    // A browser that refuses (private mode, storage off) just reads online.
    navigator.serviceWorker.register(new URL('sw.js', root).href, { scope: root.pathname }).catch(() => {});
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
