// One page of each kind of the corpus site on a phone's screen (390 CSS
// pixels wide): nothing makes the page wider than the screen. A wide table
// scrolls in its own box; long words and URLs wrap. (A calendar's hidden
// labels once escaped their table's box and widened the whole page.)
// A table never breaks a count, a date, a nick or a column's name to fit
// (it once showed 193 lines as "19" over "3", "Mee/ting/s"); a date never
// breaks at its hyphens ("2017-02-" over "20"); the calendar, wider than a
// phone, shows there is more to its right and keeps the year in view; a
// log's times, inline in the text on a phone, are told from it by more than
// their colour (axe's link-in-text-block, light and dark).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import axe from 'axe-core';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { assertNone, builtSite, pagesByKind, type BuiltSite } from '../support/built-site.js';
import { browserAvailable, closeBrowser, fileUrl, openPage } from './chromium.js';

const PHONE = { width: 390, height: 844 };

/** Opens a page of the site at a phone's width, runs check on it, closes it. */
async function onPhone<T>(site: BuiltSite, page: string, check: (tab: Page) => Promise<T>, bypassCSP = false): Promise<T> {
  const { page: tab, context } = await openPage(fileUrl(site.root, page), { viewport: PHONE, bypassCSP });
  try {
    return await check(tab);
  } finally {
    await context.close();
  }
}

/**
 * The texts in the tables that a line break cuts: a cell's text (a count, a
 * date) not on one line, a column's name cut inside a word, a nick not on
 * one line. (No function is declared inside: tsx would wrap it in __name().)
 */
function tableBreaks(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    const range = document.createRange();
    for (const cell of document.querySelectorAll('table td, table th[scope=col]')) {
      const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let text = walk.nextNode(); text; text = walk.nextNode()) {
        if (text.parentElement!.closest('.vh')) continue;
        // A cell's text whole; a column's name word by word (it may wrap between words).
        const parts = cell.tagName === 'TD' ? [...text.textContent!.matchAll(/\S(?:.*\S)?/g)] : [...text.textContent!.matchAll(/\S+/g)];
        for (const m of parts) {
          range.setStart(text, m.index!);
          range.setEnd(text, m.index! + m[0].length);
          if (range.getClientRects().length > 1) out.push(`${cell.tagName === 'TD' ? 'cell' : 'column name'} "${m[0]}"`);
        }
      }
    }
    for (const a of document.querySelectorAll('table.people-table th[scope=row] > a, table.by-person th[scope=row] > a')) {
      if (a.getClientRects().length > 1) out.push(`nick "${a.textContent}"`);
    }
    return out;
  });
}

/** The page's width when it is wider than the screen (it scrolls sideways), as a problem; none when it fits. */
async function pageWider(tab: Page): Promise<string[]> {
  const width = await tab.evaluate(() => document.documentElement.scrollWidth);
  return width > PHONE.width ? [`the page is ${width}px wide`] : [];
}

if (browserAvailable('page widths on a phone')) {
  const site = await builtSite('corpus').catch((err: Error) => err);
  if (site instanceof Error) {
    test('phone: the corpus site builds', () => {
      throw site;
    });
  } else {
    test('no page is wider than a phone\'s screen', async () => {
      const problems: string[] = [];
      for (const { kind, page } of pagesByKind(site)) {
        // The latest page sends the reader on at once (its one line is a link): it is the minutes page here.
        if (page === undefined || kind === 'latest') continue;
        const { page: tab, context } = await openPage(fileUrl(site.root, page), { viewport: PHONE });
        try {
          const width = await tab.evaluate(() => document.documentElement.scrollWidth);
          if (width > PHONE.width) {
            const wide = await tab.evaluate((max) => {
              const out: string[] = [];
              for (const e of document.querySelectorAll('body *')) {
                const right = e.getBoundingClientRect().right;
                if (right > max + 1 && out.length < 3) out.push(`${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} to ${Math.round(right)}px`);
              }
              return out;
            }, PHONE.width);
            problems.push(`${kind} (${page}): ${width}px wide; ${wide.join(', ')}`);
          }
        } finally {
          await context.close();
        }
      }
      assertNone(`pages wider than ${PHONE.width}px`, problems);
    });

    test('tables keep each count, date, nick and column name whole, scrolling in their box instead', async () => {
      const problems: string[] = [];
      for (const page of ['people/index.html', 'actions.html']) {
        const found = await onPhone(site, page, async (tab) => [...(await tableBreaks(tab)), ...(await pageWider(tab))]);
        problems.push(...found.map((p) => `${page}: ${p}`));
      }
      assertNone('texts cut by a line break in a table, or pages wider than the screen', problems);
    });

    test('a date, its clock and its zone never break at their hyphens or colons', async () => {
      // And pages whose heading holds a date in its title (W3C's "… – 2020-06-10").
      const titled = site.pages.filter((p) => /<h1>[^\n]*class="nw"/.test(fs.readFileSync(path.join(site.root, p), 'utf8'))).slice(0, 4);
      assert.ok(titled.length > 0, 'the corpus site has a title with a date in it');
      const pages = ['index.html', 'decisions.html', ...site.pages.filter((p) => /^calendar\/\d{4}\.html$/.test(p)), ...titled];
      const problems: string[] = [];
      for (const page of pages) {
        const cut = await onPhone(site, page, (tab) => tab.$$eval('time, .nw', (times) => times.filter((t) => t.getClientRects().length > 1).map((t) => t.textContent!)));
        problems.push(...cut.map((t) => `${page}: "${t}" is cut across lines`));
      }
      assertNone('dates cut by a line break', problems);
    });

    test('the calendar scrolls in its box, shades the edge while there is more, and keeps the year in view', async () => {
      await onPhone(site, 'calendar.html', async (tab) => {
        assert.equal(await pageWider(tab), [], 'the page itself does not scroll sideways');
        const wrap = tab.locator('.table-wrap:has(> table.calendar)');
        const fits = await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth);
        if (fits) return; // nothing to scroll to on this screen
        // The right edge's last pixels, with the wrapper's background (the shade) and without it.
        const edge = async () => {
          const box = (await tab.locator('table.calendar tbody').boundingBox())!;
          const right = (await wrap.boundingBox())!;
          const clip = { x: right.x + right.width - 3, y: box.y, width: 3, height: box.height };
          const shown = await tab.screenshot({ clip });
          await wrap.evaluate((w) => ((w as HTMLElement).style.backgroundImage = 'none'));
          const bare = await tab.screenshot({ clip });
          await wrap.evaluate((w) => ((w as HTMLElement).style.backgroundImage = ''));
          return shown.equals(bare) ? 'plain' : 'shaded';
        };
        assert.is(await edge(), 'shaded', 'with months to its right out of view, the right edge is shaded');
        await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
        assert.is(await edge(), 'plain', 'scrolled to its end, the right edge is not shaded');
        // Cells out of the wrapper's box, scrolled to its end: the last column's name, and the years.
        const hidden = await wrap.evaluate((w) => {
          const box = w.getBoundingClientRect();
          return [w.querySelector('caption > span')!, w.querySelector('thead th:last-child')!, ...w.querySelectorAll('tbody th[scope=row]')]
            .filter((e) => e.getBoundingClientRect().left < box.left - 1 || e.getBoundingClientRect().right > box.right + 1)
            .map((e) => e.textContent);
        });
        assert.equal(hidden, [], 'scrolled to its end, the caption, the last column and every row\'s year are in view');
      });
    });

    test("a log's times, inline in its text on a phone, are told from it by more than colour (light and dark)", async () => {
      const log = pagesByKind(site).find((k) => k.kind === 'log')?.page;
      assert.ok(log, 'the corpus site has a log page');
      const problems: string[] = [];
      await onPhone(
        site,
        log!,
        async (tab) => {
          await tab.addScriptTag({ content: axe.source });
          for (const colorScheme of ['light', 'dark'] as const) {
            await tab.emulateMedia({ colorScheme });
            // preload: false, or axe fetches the stylesheets by XHR, which file:// forbids.
            const result = await tab.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'rule', values: ['link-in-text-block'] }, preload: false }));
            for (const v of result.violations) problems.push(`${colorScheme}: ${v.nodes.length} links, e.g. ${v.nodes[0].target.join(' ')}: ${v.nodes[0].any.map((c) => c.message).join('; ')}`);
          }
        },
        true,
      );
      assertNone(`link-in-text-block violations on ${log}`, problems);
    });
    test.after(closeBrowser);
  }
}

test.run();
