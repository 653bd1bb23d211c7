// One page of each kind of the corpus site on a phone's screen (390 CSS
// pixels wide): nothing makes the page wider than the screen. A wide table
// scrolls in its own box; long words and URLs wrap. (A calendar's hidden
// labels once escaped their table's box and widened the whole page.)
import { test } from 'uvu';
import { assertNone, builtSite, pagesByKind } from '../support/built-site.js';
import { browserAvailable, closeBrowser, fileUrl, openPage } from './chromium.js';

const PHONE = { width: 390, height: 844 };

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
    test.after(closeBrowser);
  }
}

test.run();
