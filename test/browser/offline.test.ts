// Offline reading: served over http (here under /repo/, the way GitHub Pages
// serves a project site), the site registers its service worker; a page the
// reader opened, and the indexes it precaches, still show with the network
// gone. Opened from file://, nothing is registered and nothing complains.
// Also: sw.js is the same for the same site, and a new build renames its cache.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { assertNone, builtSite, pagesByKind, REPO } from '../support/built-site.js';
import { browser, browserAvailable, closeBrowser, fileUrl, openPage } from './chromium.js';
import { offlineView } from '../../src/site/offline.js';
import type { SiteModel } from '../../src/site/site-view.js';

const PREFIX = '/repo/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

interface Served {
  base: string;
  /** From now on, serves body for the site file rel: a new build, deployed. */
  change(rel: string, body: string): void;
  close(): Promise<void>;
}

/** The site under PREFIX on 127.0.0.1; no-store, so only the service worker can show a page once the server is gone. */
async function serve(root: string): Promise<Served> {
  const changed = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === PREFIX.slice(0, -1)) {
      res.writeHead(301, { location: PREFIX }).end();
      return;
    }
    let rel = pathname.startsWith(PREFIX) ? decodeURIComponent(pathname.slice(PREFIX.length)) : null;
    if (rel !== null && (rel === '' || rel.endsWith('/'))) rel += 'index.html';
    const file = rel === null ? null : path.join(root, rel);
    if (!file || !file.startsWith(root + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : (changed.get(rel!) ?? fs.readFileSync(file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${PREFIX}`,
    change: (rel, body) => changed.set(rel, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits (in the page) until a service worker is active and controls the page; its scope and script. */
function workerInControl(page: Page): Promise<{ scope: string; script: string }> {
  return page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    if (!sw) throw new Error('no navigator.serviceWorker over http://127.0.0.1');
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no service worker in control after 15 s')), 15_000));
    const reg = await Promise.race([sw.ready, timeout]);
    if (!sw.controller) await Promise.race([new Promise((r) => sw.addEventListener('controllerchange', r, { once: true })), timeout]);
    return { scope: reg.scope, script: sw.controller!.scriptURL };
  });
}

/** Polls the page's caches until url is in one of them (holding `text`): the worker stores what it fetched just after answering. */
async function waitUntilCached(page: Page, url: string, text = ''): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(async ([u, t]) => !!(await (await caches.match(u))?.text())?.includes(t), [url, text])) return;
    await page.waitForTimeout(50);
  }
  assert.unreachable(`${url} never reached the cache${text ? ` holding "${text}"` : ''}`);
}

interface Shown {
  title: string;
  h1: string;
  styled: boolean;
}

/** What the reader sees: the title, the heading, and whether the stylesheet applied. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    title: document.title,
    h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
    styled: [...document.styleSheets].some((s) => s.href?.endsWith('assets/style.css') && s.cssRules.length > 0),
  }));
}

const h1InFile = (root: string, rel: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(fs.readFileSync(path.join(root, rel), 'utf8'))?.[1].trim();

/** Fails unless the page came from the service worker, whole and styled. */
async function assertFromWorker(page: Page, what: string, load: () => Promise<unknown>): Promise<Shown> {
  const response = (await load()) as Awaited<ReturnType<Page['reload']>>;
  assert.ok(response, `${what}: no response offline`);
  assert.ok(response!.fromServiceWorker(), `${what}: offline, the page should come from the service worker`);
  assert.is(response!.status(), 200, `${what}: status offline`);
  const s = await shown(page);
  assert.ok(s.styled, `${what}: offline, assets/style.css should come from the cache and apply`);
  return s;
}

/**
 * Counts service worker registrations in window.registerCalls, offering
 * navigator.serviceWorker even where the browser does not, so only
 * offline.js's own check of the protocol can keep it from registering. A
 * string, not a function: tsx would wrap a function's helpers in __name().
 */
const COUNT_REGISTRATIONS = `(() => {
  const calls = (window.registerCalls = []);
  const register = (url) => {
    calls.push(String(url));
    return Promise.reject(new Error('registration attempted'));
  };
  if (navigator.serviceWorker) Object.getPrototypeOf(navigator.serviceWorker).register = register;
  else Object.defineProperty(Navigator.prototype, 'serviceWorker', { value: { register }, configurable: true });
})();`;

test('sw.js: the same site gives the same bytes; its precache list and cache version are in it', async () => {
  const sw = await import(pathToFileURL(path.join(REPO, 'templates', 'sw.11ty.js')).href);
  const site = { title: 'T', pageTitles: {}, home: { recent: [] }, topics: [], actions: {}, decisions: {}, peopleIndex: [], render: { meetings: [] } } as unknown as SiteModel;
  const assets = ['offline.js', 'search.js', 'style.css'];
  const offline = offlineView(site, assets, 'templates hash');
  const once = sw.render({ minutebook: { ...site, offline } });
  assert.is(sw.render({ minutebook: structuredClone({ ...site, offline }) }), once, 'same input, same bytes');
  for (const f of ['index.html', 'topics.html', 'actions.html', 'decisions.html', 'people/index.html', 'search.html', 'assets/style.css', 'assets/offline.js']) {
    assert.ok(offline.precache.includes(f), `precaches ${f}`);
  }
  assert.ok(once.includes(JSON.stringify(offline.precache)), 'the worker carries the list');
  assert.ok(once.includes(JSON.stringify(offline.version)), 'the worker carries the version');
  const version = (s: SiteModel, a = assets, t = 'templates hash') => offlineView(s, a, t).version;
  assert.is(version({ ...site, render: { meetings: [1] } } as unknown as SiteModel), offline.version, 'an incremental build (a narrower render set) keeps the version');
  assert.is.not(version({ ...site, topics: [{ title: 'new' }] } as unknown as SiteModel), offline.version, 'new minutes change the version');
  assert.is.not(version(site, assets, 'other templates'), offline.version, 'new templates change the version');
  assert.is.not(version(site, [...assets, 'new.css']), offline.version, 'a new asset changes the version');
});

if (browserAvailable('offline reading')) {
  test.after(closeBrowser);

  test('over http under /repo/: the worker takes control, and opened pages and the indexes show offline', async () => {
    const site = await builtSite('default');
    const minutes = pagesByKind(site).find((k) => k.kind === 'minutes')?.page;
    assert.ok(minutes, 'the default site has a minutes page');
    const server = await serve(site.root);
    let context: BrowserContext | undefined;
    try {
      context = await (await browser()).newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      // Nothing the pages ask for is missing.
      const missing: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
      });

      await page.goto(`${server.base}index.html`);
      const worker = await workerInControl(page);
      assert.is(worker.scope, server.base, 'the worker’s scope is the site root, with its prefix');
      assert.is(worker.script, `${server.base}sw.js`);

      // Pages go network first: with the worker in control, a new home page on the server is the one shown.
      const html = fs.readFileSync(path.join(site.root, 'index.html'), 'utf8');
      server.change('index.html', html.replace(/<h1>([^<]*)<\/h1>/, '<h1>$1 (rebuilt)</h1>'));
      const fresh = await page.reload();
      assert.ok(fresh?.fromServiceWorker(), 'online, the page goes through the worker');
      const home = await shown(page);
      assert.match(home.h1, / \(rebuilt\)$/, 'online, the reader gets the page as the server has it now');
      await waitUntilCached(page, `${server.base}index.html`, '(rebuilt)');

      await page.goto(`${server.base}${minutes}`);
      const meeting = await shown(page);
      assert.ok(meeting.h1 && meeting.styled, 'the minutes page shows online');
      await waitUntilCached(page, `${server.base}${minutes}`);
      assertNone('script errors online', errors);
      assertNone('requests that failed online', missing);

      await context.setOffline(true);
      await server.close();

      assert.equal(await assertFromWorker(page, minutes!, () => page.reload()), meeting, 'the minutes, reloaded offline');
      assert.equal(await assertFromWorker(page, 'index.html', () => page.goto(`${server.base}index.html`)), home, 'the home page, offline');
      assert.equal(await assertFromWorker(page, 'index.html', () => page.reload()), home, 'the home page, reloaded offline');
      const topics = await assertFromWorker(page, 'topics.html (never opened: precached)', () => page.goto(`${server.base}topics.html`));
      assert.is(topics.h1, h1InFile(site.root, 'topics.html'));
      // The search page is precached, not its index: offline, a search never made online says why it fails.
      await page.goto(`${server.base}search.html?q=etcd`);
      await page.waitForFunction(() => /^Search failed/.test(document.getElementById('search-status')?.textContent ?? ''));
      const failed = (await page.locator('#search-status').textContent()) ?? '';
      assert.match(failed, /could not load search\/.*\. The search loads its index as it searches: offline, it has only the parts it loaded before/, failed);
    } finally {
      await context?.close();
      await server.close();
    }
  });

  test('from file://: no worker registration is tried, and no console error', async () => {
    const site = await builtSite('default');
    const { page, context, problems } = await openPage(fileUrl(site.root, 'index.html'));
    try {
      await context.addInitScript(COUNT_REGISTRATIONS);
      await page.reload({ waitUntil: 'load' });
      await page.waitForTimeout(100);
      const seen = await page.evaluate(() => ({
        script: !!document.querySelector('head script[src="assets/offline.js"][defer]'),
        calls: (window as unknown as { registerCalls: string[] }).registerCalls,
      }));
      assert.ok(seen.script, 'the page loads assets/offline.js, deferred');
      assert.equal(seen.calls, [], 'no service worker registration from file://');
      assertNone('problems on the home page from file://', problems);
    } finally {
      await context.close();
    }
  });
}

test.run();
