// axe-core in Chromium on one page of each kind of the default site, opened
// from file://: no serious or critical violation, no script error, nothing
// loaded from the network. A kind not built yet is skipped, and says so.
// Screenshots of each kind go to test/artifacts/kind-*.png.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import axe from 'axe-core';
import { assertNone, builtSite, pagesByKind } from '../support/built-site.js';
import { startServer } from '../../src/serve.js';
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
        // The 404 page is a host's, for a missing page at any depth: served, and asked for three folders down.
        const server = kind === '404' ? await startServer(site.root, { port: 0 }) : null;
        const address = server ? `${server.url}no/such/folder/page.html` : fileUrl(site.root, page);
        const { page: tab, context, problems } = await openPage(address, { bypassCSP: true, ...(server ? { served: new URL(server.url).origin } : {}) });
        try {
          await screenshot(tab, `kind-${kind.replace(/ /g, '-')}`, kind !== 'log');
          // Before axe runs: its own requests are not the page's. A missing page's own 404 is what is being shown.
          const pageProblems = problems.filter((p) => !(server && p.includes(address)));
          await tab.addScriptTag({ content: axe.source });
          // preload: false, or axe fetches the stylesheets by XHR, which file:// forbids. target-size (WCAG 2.2 AA: 24 px, or
          // room around) is off by default in axe 4: on, as for every other rule.
          const result = await tab.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'], preload: false, rules: { 'target-size': { enabled: true } } }));
          const violations = result.violations as Violation[];
          const describe = (v: Violation) =>
            `${page}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} element(s): ${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(' | ')}`;
          const minor = violations.filter((v) => !FAILING.includes(v.impact ?? ''));
          if (minor.length) console.log(`axe notes (not failures) on the ${kind} page:\n  ${minor.map(describe).join('\n  ')}`);
          assertNone(`problems on the ${kind} page`, [...violations.filter((v) => FAILING.includes(v.impact ?? '')).map(describe), ...pageProblems.map((p) => `${page}: ${p}`)]);
          if (server) assert.ok(await tab.evaluate(() => document.styleSheets[0]?.cssRules.length > 0), 'the 404 page has its styles, three folders down');
        } finally {
          await context.close();
          await server?.close();
        }
      });
    }
    test("a blank line's time is a target of 24 px at least, on a wide screen and a narrow one (WCAG 2.2's target size)", async () => {
      const log = pagesByKind(site).find((k) => k.kind === 'log')?.page;
      if (!log) throw new Error('no log page in the default site');
      const { page: tab, context } = await openPage(fileUrl(site.root, log), { bypassCSP: true });
      try {
        await tab.addScriptTag({ content: axe.source });
        // A blank line as log.11ty.js writes one (the default logs have none): a line's own link alone in its paragraph.
        await tab.evaluate(() => {
          const line = document.querySelector('.log p[id]')!;
          const blank = line.cloneNode(false) as HTMLElement;
          blank.id = 'l-blank';
          const stamp = line.querySelector('a')!.cloneNode(true) as HTMLElement;
          stamp.setAttribute('href', '#l-blank');
          blank.append(stamp, ' ');
          line.after(blank);
        });
        const failing: string[] = [];
        for (const width of [1280, 360]) {
          await tab.setViewportSize({ width, height: 800 });
          const found = await tab.evaluate(async () => {
            const run = (window as unknown as { axe: typeof axe }).axe.run;
            const r = await run({ include: [['#l-blank']] }, { runOnly: ['target-size'], preload: false });
            return r.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary ?? ''));
          });
          failing.push(...found.map((f) => `${width} px wide: ${f}`));
        }
        assertNone('target size of a blank line', failing);
      } finally {
        await context.close();
      }
    });
    test('a line or item landed on keeps its contrast in dark colours, and its outline in forced colours', async () => {
      const log = pagesByKind(site).find((k) => k.kind === 'log')?.page;
      const minutes = pagesByKind(site).find((k) => k.kind === 'minutes')?.page;
      if (!log || !minutes) throw new Error('no log or minutes page in the default site');
      const { page: tab, context } = await openPage(fileUrl(site.root, log), { bypassCSP: true });
      try {
        await tab.emulateMedia({ colorScheme: 'dark' });
        await tab.addScriptTag({ content: axe.source });
        // A line of each nick colour, an event line and an unread one: each landed on in turn.
        const lines = await tab.evaluate(() => {
          const seen = new Map<string, string>();
          for (const p of document.querySelectorAll<HTMLElement>('.log p[id]')) {
            const key = p.querySelector('b')?.className ?? p.className;
            if (!seen.has(key)) seen.set(key, p.id);
          }
          return [...seen.values()];
        });
        assert.ok(lines.length >= 6, `lines of several colours: ${lines.join(' ')}`);
        const failing: string[] = [];
        for (const id of lines) {
          const found = await tab.evaluate(async (id) => {
            location.hash = id;
            const run = (window as unknown as { axe: typeof axe }).axe.run;
            const r = await run({ include: [['#' + id]] }, { runOnly: ['color-contrast'], preload: false });
            return r.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary ?? ''));
          }, id);
          failing.push(...found.map((f) => `${id}: ${f}`));
        }
        assertNone('contrast on the line landed on, dark colours', failing);

        await tab.goto(fileUrl(site.root, minutes));
        const topic = await tab.evaluate(() => document.querySelector('.topic[id]')?.id);
        await tab.goto(fileUrl(site.root, minutes) + '#' + topic);
        await tab.emulateMedia({ forcedColors: 'active' });
        const outline = await tab.evaluate(() => {
          const t = document.querySelector(':target');
          return t ? getComputedStyle(t).outlineStyle : 'no target';
        });
        assert.is(outline, 'solid', 'the topic landed on, in forced colours');
      } finally {
        await context.close();
      }
    });
    test.after(closeBrowser);
  }
}

test.run();
