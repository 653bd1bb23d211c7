// The site built from hostile logs (test/fixtures/hostile: <script>, event
// attributes, javascript:/data:/vbscript: links, bidi controls… in nicks,
// messages, topics, links, meeting names and front matter), opened in
// Chromium from file://: no dialog opens, no script of theirs runs (the CSP
// would report one), every link has a safe scheme, and no page loads anything
// from the network. The link check and html-validate cover the same site.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertNone, builtSite } from '../support/built-site.js';
import { browserAvailable, closeBrowser, fileUrl, openPage } from './chromium.js';

const SAFE = /^(https?|mailto|ircs?|ftp):/i;

if (browserAvailable('hostile logs in Chromium')) {
  const site = await builtSite('hostile').catch((err: Error) => err);
  if (site instanceof Error) {
    test('hostile: the site builds', () => {
      throw site;
    });
  } else {
    test('the hostile site has pages for its meetings', () => {
      assert.ok(site.pages.filter((p) => /\/\d{4}\/.+\.log\.html$/.test(p)).length >= 5, site.pages.join(' '));
    });

    test('no page of the hostile site opens a dialog, runs their script or links unsafely', async () => {
      const problems: string[] = [];
      // The 404 page is a host's, its links from the host's root: axe.test.ts opens it served. It holds no log text.
      for (const rel of site.pages.filter((p) => p !== '404.html')) {
        const { page, context, problems: pageProblems } = await openPage('about:blank');
        try {
          page.on('dialog', (d) => {
            problems.push(`${rel}: a ${d.type()} dialog opened: ${d.message()}`);
            void d.dismiss();
          });
          await page.goto(fileUrl(site.root, rel));
          // Give anything that would run (a deferred script, an onerror, a timer) its chance;
          // a latest.html moves on to its meeting meanwhile, which is then what is checked.
          await page.waitForTimeout(100);
          await page.waitForLoadState('load');
          const found = await page.evaluate(() => ({
            hrefs: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? ''),
            handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
            scripts: [...document.scripts].map((s) => s.getAttribute('src') ?? '(inline)'),
            pwned: (window as unknown as { pwned?: unknown }).pwned !== undefined,
          }));
          for (const href of found.hrefs) {
            const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1];
            if (scheme && !SAFE.test(`${scheme}:`)) problems.push(`${rel}: unsafe href ${JSON.stringify(href.slice(0, 80))}`);
          }
          for (const h of found.handlers) problems.push(`${rel}: an event handler attribute: ${h}`);
          for (const s of found.scripts) if (s === '(inline)' || !/^(\.\.\/)*assets\/[\w-]+\.js$/.test(s)) problems.push(`${rel}: a script not ours: ${s}`);
          if (found.pwned) problems.push(`${rel}: window.pwned was set`);
          for (const p of pageProblems) problems.push(`${rel}: ${p}`);
        } finally {
          await context.close();
        }
      }
      assertNone('problems on the pages of the hostile site', problems);
    });
    test.after(closeBrowser);
  }
}

test.run();
