// Search in Chromium from file://, on the site built from logs/: type a word
// from the seed log, see the hit, follow it and land on the line, marked and
// in view; "/" from any page; arrows and Enter; a filter and the order kept in
// the address; the page without JavaScript. openPage blocks (and reports) any
// request that is not file://, so these also show the search needs no network.
// Screenshots go to test/artifacts/search-*.png.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Page } from 'playwright-core';
import { assertNone, builtSite } from '../support/built-site.js';
import { browser, browserAvailable, closeBrowser, fileUrl, freshArtifacts, landingProblem, openPage, screenshot } from './chromium.js';

const LOG = 'oslo/2016/oslo.2016-11-07-16.00.log.html';
const MINUTES = 'oslo/2016/oslo.2016-11-07-16.00.html';

/** The results' links as the reader sees them: text and where they go. */
const hitLinks = (page: Page) =>
  page.$$eval('#search-results .sr-hit:not([hidden]) .sr-link', (as) => as.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));

if (browserAvailable('search from file://')) {
  const site = await builtSite('default');
  freshArtifacts('search-');

  test('type a word from the seed log, see the hit marked, follow it to its line, highlighted and in view', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html'));
    try {
      await page.locator('#q').fill('etcd');
      await page.locator('.sr-hit', { hasText: 'something like etcd' }).waitFor();
      assert.match((await page.locator('#search-status').textContent()) ?? '', /^2 results in 1 meeting/);
      assert.equal(await page.locator('.sr-hit mark').allTextContents(), ['etcd', 'etcd']);
      // To a screen reader a hit is a sentence: who, then what (the nick's brackets are looks only).
      // (A name puts a space around the hidden words, as around any block.)
      const named = await page.locator('.sr-link', { hasText: 'something like etcd' }).evaluate((a) => a.textContent);
      const said = /^(\S+): /.exec(named ?? '')?.[1];
      assert.ok(said, `the nick and a colon first: ${named}`);
      assert.is(await page.getByRole('link', { name: new RegExp(`^${said} ?: .*something like etcd`) }).count(), 1);
      assert.match((await page.locator('.sr-group .meta').first().textContent()) ?? '', /^2016-11-07 16:00 UTC · /, "the meeting's start, as its pages give it");
      assert.ok(page.url().endsWith('search.html?q=etcd'), `the address keeps the query: ${page.url()}`);
      await screenshot(page, 'search-1-results');
      await page.locator('.sr-link', { hasText: 'something like etcd' }).click();
      await page.waitForURL((u) => u.href.endsWith(`${LOG}#l-150`));
      assert.is(await landingProblem(page, 'l-150'), undefined);
      const marked = await page.evaluate(() => {
        const line = document.getElementById('l-150')!;
        const other = document.getElementById('l-149')!;
        return { line: getComputedStyle(line).backgroundColor, other: getComputedStyle(other).backgroundColor, text: line.textContent };
      });
      assert.ok(marked.line !== marked.other, `the line is highlighted (${marked.line} against ${marked.other})`);
      assert.match(marked.text ?? '', /something like etcd/);
      await screenshot(page, 'search-2-landed');
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('"/" on any page puts the cursor in the header box; Enter searches from there', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, LOG));
    try {
      await page.keyboard.press('/');
      assert.is(await page.evaluate(() => document.activeElement?.id), 'site-q');
      await page.keyboard.type('liaisons');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname.endsWith('/search.html') && u.search === '?q=liaisons');
      await page.locator('.sr-hit').first().waitFor();
      const hits = await hitLinks(page);
      assert.is(hits.length, 1);
      assert.match(hits[0].text, /Red flags for\/from liaisons/);
      assert.ok(hits[0].href.endsWith(`${MINUTES}#t-33`), `a topic links to the minutes: ${hits[0].href}`);
      assert.is(await page.getByRole('link', { name: /^Topic ?: harlowja_at_home ?: Red flags for\/from liaisons$/ }).count(), 1, 'its kind, then who, then what');
      assert.is(await page.getByRole('link', { name: /^in the log ?, line 33$/ }).count(), 1, 'the log link says which line');
      await page.keyboard.press('ArrowDown');
      assert.is(await page.evaluate(() => document.activeElement?.textContent), hits[0].text, '↓ goes to the first result, nothing focused after the search');
      await page.locator('main h1').click();
      await page.keyboard.press('/');
      assert.is(await page.evaluate(() => document.activeElement?.id), 'q', 'on the search page, its own box');
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('the "/" key can be turned off on the search page, for every page, and on again', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html'));
    try {
      const slash = page.locator('#slash-key');
      assert.ok(await slash.isChecked(), 'on by default');
      await slash.uncheck();
      await page.goto(fileUrl(site.root, LOG));
      await page.keyboard.press('/');
      assert.is.not(await page.evaluate(() => document.activeElement?.id), 'site-q', 'off: the key does nothing');
      await page.goto(fileUrl(site.root, 'search.html'));
      assert.not.ok(await slash.isChecked(), 'the page remembers');
      await slash.check();
      await page.goto(fileUrl(site.root, LOG));
      await page.keyboard.press('/');
      assert.is(await page.evaluate(() => document.activeElement?.id), 'site-q', 'on again');
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('arrows move through the results and Enter opens one', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html') + '?q=etcd');
    try {
      await page.locator('.sr-hit').nth(1).waitFor();
      const hits = await hitLinks(page);
      await page.locator('#q').focus();
      await page.keyboard.press('ArrowDown');
      assert.is(await page.evaluate(() => document.activeElement?.textContent), hits[0].text);
      await page.keyboard.press('ArrowDown');
      assert.is(await page.evaluate(() => document.activeElement?.textContent), hits[1].text);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      assert.is(await page.evaluate(() => document.activeElement?.id), 'q', '↑ from the first result goes back to the box');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.href === hits[1].href);
      assert.is(await landingProblem(page, decodeURIComponent(new URL(hits[1].href).hash.slice(1))), undefined);
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('a filter narrows the results and is kept in the address', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html') + '?q=etcd');
    try {
      await page.locator('.sr-hit').nth(1).waitFor();
      await page.locator('select[name=kind]').selectOption('line');
      await page.waitForFunction(() => document.querySelectorAll('.sr-hit').length === 1);
      const hits = await hitLinks(page);
      assert.ok(hits[0].href.endsWith(`${LOG}#l-150`), hits[0].href);
      assert.match(page.url(), /search\.html\?q=etcd&kind=line$/);
      await page.reload();
      await page.locator('.sr-hit').first().waitFor();
      assert.is(await page.locator('select[name=kind]').inputValue(), 'line', 'a reload (or a shared link) keeps the filter');
      assert.is((await hitLinks(page)).length, 1);
      await screenshot(page, 'search-3-filtered');
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('Order puts the newest or the oldest meeting first, and is kept in the address', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html') + '?q=next');
    const firstDate = () => page.locator('.sr-group .meta').first().textContent();
    try {
      await page.locator('.sr-group').nth(1).waitFor();
      await page.locator('select[name=sort]').selectOption('new');
      await page.waitForFunction(() => /^2016-/.test(document.querySelector('.sr-group .meta')?.textContent ?? ''));
      assert.match(page.url(), /search\.html\?q=next&sort=new$/);
      await page.locator('select[name=sort]').selectOption('old');
      await page.waitForFunction(() => /^2014-/.test(document.querySelector('.sr-group .meta')?.textContent ?? ''));
      await page.reload();
      await page.locator('.sr-group').nth(1).waitFor();
      assert.is(await page.locator('select[name=sort]').inputValue(), 'old', 'a reload (or a shared link) keeps the order');
      assert.match((await firstDate()) ?? '', /^2014-01-29 /);
      assert.is(await page.locator('.sr-group').count(), 2);
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('a finished word stays finished in the address: a reload finds what the page found (it found longer words too)', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html'));
    const status = () => page.locator('#search-status').textContent();
    try {
      await page.locator('#q').fill('next ');
      await page.locator('.sr-hit').first().waitFor();
      await page.waitForFunction(() => /search\.html\?q=next\+$/.test(location.href));
      const before = await status();
      await page.reload();
      await page.locator('.sr-hit').first().waitFor();
      assert.is(await status(), before);
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('the status says why nothing is searched, and which filters of a link this site lacks', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html'));
    const statusOf = async (query: string) => {
      await page.goto(fileUrl(site.root, 'search.html') + query);
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
      return page.locator('#search-status').textContent();
    };
    try {
      assert.is(await statusOf('?q=x'), 'Type a longer word: words of one letter are not searched.', 'not "too common"');
      assert.is(await statusOf('?q=the+of'), 'Those words are too common to search for; add another word.');
      assert.match(await statusOf('?q=&kind=topic') ?? '', /^\d+ results in 1 meeting: everything the filters allow, newest first; type a word to search among them$/);
      assert.is(await page.locator('.sr-hit mark').count(), 0, 'no word to mark');
      assert.is(await statusOf('?kind=topic&from=2030-01-01'), 'Nothing matches these filters.');
      // A person and no words: everything they said, each hit theirs.
      assert.match(await statusOf('?person=harlowja_at_home') ?? '', /^\d+ results in 1 meeting: everything the filters allow/);
      const nicks = new Set(await page.locator('.sr-hit:not([hidden]) .sr-nick').allTextContents());
      assert.equal([...nicks], ['harlowja_at_home']);
      // Quotes and a "-" are searched as words, and the status says so.
      assert.match(await statusOf('?q=' + encodeURIComponent('"etcd" -zzzq')) ?? '', /Quotes and “-” are no operators here: every word is searched for, in any order\.$/);
      assert.match(await statusOf('?q=etcd') ?? '', /^2 results in 1 meeting$/, 'no note without quotes or "-"');
      const bad = await statusOf('?q=etcd&series=nonexistent');
      assert.match(bad ?? '', /^2 results in 1 meeting\. The link’s series “nonexistent”: not on this site, so left out\.$/);
      const baddate = await statusOf('?q=etcd&series=nonexistent&from=2017-13-45');
      assert.match(baddate ?? '', /^2 results in 1 meeting\. The link’s series “nonexistent”: not on this site; from “2017-13-45”: no date, so left out\.$/);
      await page.locator('.sr-hit').first().waitFor();
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('hostile-looking queries are shown as text', async () => {
    const { page, context, problems } = await openPage(fileUrl(site.root, 'search.html') + '?q=' + encodeURIComponent('<img src=x onerror=alert(1)> zzzq'));
    try {
      await page.waitForFunction(() => /No results/.test(document.getElementById('search-status')?.textContent ?? ''));
      assert.is(await page.locator('main img').count(), 0);
      assertNone('problems in the browser', problems);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the search page says so and links to the indexes', async () => {
    const context = await (await browser()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(fileUrl(site.root, 'search.html'));
      const text = await page.locator('main').innerText();
      assert.match(text, /Search needs JavaScript/);
      assert.not.ok(await page.locator('#search-form').isVisible(), 'the form that cannot work is hidden');
      const links = await page.$$eval('main noscript a, main .notice a', (as) => as.map((a) => a.getAttribute('href')));
      for (const href of ['topics.html', 'actions.html', 'decisions.html', 'people/index.html']) assert.ok(links.includes(href), `links to ${href}`);
      await screenshot(page, 'search-4-no-javascript');
    } finally {
      await context.close();
    }
  });

  test.after(closeBrowser);
}

test.run();
