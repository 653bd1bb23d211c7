// minutebook search: loading the index files with <script> elements, the one
// way that works from file:// as well as from a server (fetch() is refused on
// file://). Each file calls minutebookSearch(name, data[, 1]); 1 means the
// data is deflated JSON in base64, inflated here with DecompressionStream.
// The site root is found from this script's own address (ROOT/assets/…), so
// any path prefix works. Defines globalThis.MinutebookLoader.
(function (global) {
  'use strict';
  var here = document.currentScript && document.currentScript.src;
  var root = here ? new URL('../', here).href : new URL('./', location.href).href;
  var waiting = new Map();
  var cache = new Map();

  global.minutebookSearch = function (name, data, deflated) {
    var done = waiting.get(name);
    if (!done) return;
    waiting.delete(name);
    done(deflated === 1 ? inflate(data) : data);
  };

  function inflate(base64) {
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text().then(JSON.parse);
  }

  /** The data of search/NAME.js, loaded once. */
  function load(name) {
    if (!cache.has(name)) {
      cache.set(
        name,
        new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          var file = 'search/' + name + '.js';
          waiting.set(name, resolve);
          script.onerror = function () {
            waiting.delete(name);
            reject(new Error('could not load ' + file));
          };
          script.onload = function () {
            script.remove();
            if (waiting.delete(name)) reject(new Error(file + ' is not a search index file'));
          };
          script.src = root + file;
          document.head.appendChild(script);
        }),
      );
    }
    return cache.get(name);
  }

  global.MinutebookLoader = { root: root, load: load, supported: typeof DecompressionStream === 'function' };
})(globalThis);
