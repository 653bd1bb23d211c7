// The service worker for offline reading, written to the site root because a
// worker's scope cannot be above its own path. assets/offline.js registers it,
// over http(s) only. Pages (and the search index, which changes with the
// logs) go network first: a reader online gets fresh minutes, and keeps every
// page they opened for reading offline. assets/ goes cache first. The cache
// name carries a hash of what this build precaches (src/site/offline.ts), so
// a new build replaces the old assets; no timestamp, so the same input gives
// the same bytes.
import { once } from './_includes/once.js';

export const data = once('sw.js');

/** The precache list and the cache's version come with the model (src/site/offline.ts). */
export function render({ minutebook: site }) {
  const { version, precache } = site.offline;
  return `// minutebook's service worker: offline reading (generated; see templates/sw.11ty.js).
'use strict';
(${offlineWorker.toString()})(${JSON.stringify(version)}, ${JSON.stringify(precache)});
`;
}

/** Runs in the browser, as the worker: never called here. */
function offlineWorker(version, precache) {
  // Caches are per origin, and several sites can share one (GitHub Pages'
  // /repo/ folders): every name carries this site's scope, and only this
  // site's old caches are removed.
  const scope = self.registration.scope;
  const prefix = `minutebook ${scope} `;
  const ASSETS = `${prefix}${version}`; // this build's assets: replaced by the next build
  const PAGES = `${prefix}pages`; // every page opened: kept from build to build, refreshed when opened online
  const assets = new URL('assets/', scope).href;

  const isAsset = (url) => url.href.startsWith(assets);
  const pageKey = (url) => url.origin + url.pathname;

  /** Caches a good, plain response: not an error, a redirect or another origin's. */
  async function keep(cacheName, key, response) {
    if (!response.ok || response.type !== 'basic' || response.redirected) return;
    const cache = await caches.open(cacheName);
    await cache.put(key, response);
  }

  // One file that fails (not built, or the network dropped) leaves the others precached.
  async function precacheAll() {
    await Promise.all(
      precache.map(async (file) => {
        const url = new URL(file, scope);
        try {
          const response = await fetch(new Request(url.href, { cache: 'reload' }));
          await keep(isAsset(url) ? ASSETS : PAGES, isAsset(url) ? url.href : pageKey(url), response);
        } catch {
          // offline or missing: the page is cached when it is opened
        }
      }),
    );
  }

  self.addEventListener('install', (event) => {
    event.waitUntil(precacheAll().then(() => self.skipWaiting()));
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== ASSETS && n !== PAGES).map((n) => caches.delete(n))))
        .then(() => self.clients.claim()),
    );
  });

  async function fromCache(keys) {
    for (const name of [PAGES, ASSETS]) {
      const cache = await caches.open(name);
      for (const key of keys) {
        const hit = await cache.match(key, { ignoreSearch: true });
        if (hit) return hit;
      }
    }
    return undefined;
  }

  async function networkFirst(event, url) {
    const key = pageKey(url);
    try {
      const response = await fetch(event.request);
      event.waitUntil(keep(PAGES, key, response.clone()));
      return response;
    } catch (offline) {
      // A folder's address (…/repo/) is its index.html.
      const hit = await fromCache(url.pathname.endsWith('/') ? [key, `${key}index.html`] : [key]);
      if (hit) return hit;
      throw offline;
    }
  }

  async function cacheFirst(event, url) {
    const cache = await caches.open(ASSETS);
    const hit = await cache.match(url.href);
    if (hit) return hit;
    const response = await fetch(event.request);
    event.waitUntil(keep(ASSETS, url.href, response.clone()));
    return response;
  }

  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || !url.href.startsWith(scope)) return;
    event.respondWith(isAsset(url) ? cacheFirst(event, url) : networkFirst(event, url));
  });
}
