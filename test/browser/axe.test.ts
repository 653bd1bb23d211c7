// axe-core in Chromium on one page of each kind of the default site, opened
// from file://: no serious or critical violation, no script error, nothing
// loaded from the network. A kind not built yet is skipped, and says so.
// Screenshots of each kind go to test/artifacts/kind-*.png.
import { test } from 'uvu';
import axe from 'axe-core';
import { assertNone, builtSite, pagesByKind } from '../support/built-site.js';
import { browserAvailable, closeBrowser, fileUrl, freshArtifacts, openPage, screenshot } from './chromium.js';

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const FAILING = ['serious', 'critical'];

if (browserAvailable('axe on each page kind')) {
  const site = await builtSite('default').catch((err: Error) => err);
  if (site instanceof Error) {
    test('axe: the default site builds', () => {
      throw site;
    });
  } else {
    freshArtifacts('kind-');
    for (const { kind, expected, page } of pagesByKind(site)) {
      if (page === undefined) {
        console.log(`SKIPPED axe: no ${kind} page yet (expected ${expected})`);
        test.skip(`axe: ${kind} page (not built yet)`, () => {});
        continue;
      }
      test(`axe: ${kind} page (${page}) has no serious or critical axe violations, script or load errors`, async () => {
        const { page: tab, context, problems } = await openPage(fileUrl(site.root, page), { bypassCSP: true });
        try {
          await screenshot(tab, `kind-${kind.replace(/ /g, '-')}`, kind !== 'log');
          const pageProblems = [...problems]; // before axe runs: its own requests are not the page's
          await tab.addScriptTag({ content: axe.source });
          // preload: false, or axe fetches the stylesheets by XHR, which file:// forbids.
          const result = await tab.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'], preload: false }));
          const violations = result.violations as Violation[];
          const describe = (v: Violation) =>
            `${page}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} element(s): ${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(' | ')}`;
          const minor = violations.filter((v) => !FAILING.includes(v.impact ?? ''));
          if (minor.length) console.log(`axe notes (not failures) on the ${kind} page:\n  ${minor.map(describe).join('\n  ')}`);
          assertNone(`problems on the ${kind} page`, [...violations.filter((v) => FAILING.includes(v.impact ?? '')).map(describe), ...pageProblems.map((p) => `${page}: ${p}`)]);
        } finally {
          await context.close();
        }
      });
    }
    test.after(closeBrowser);
  }
}

test.run();
