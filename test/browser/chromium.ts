// Debian's Chromium for the browser tests, driven by playwright-core (which
// never downloads a browser). Where /usr/bin/chromium is missing the tests
// skip with a message, except under CI, where that is a failure.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO } from '../support/built-site.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ARTIFACTS = path.join(REPO, 'test', 'artifacts');
const underCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

/**
 * True when the browser tests of `what` can run. Otherwise registers the
 * skip (with a message) or, under CI, a failing test, and returns false.
 */
export function browserAvailable(what: string): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (underCI) {
    test(`${what}: Chromium is installed at ${CHROMIUM}`, () => {
      assert.unreachable(`${CHROMIUM} is missing; CI must install it (apt-get install chromium) so the browser tests run`);
    });
  } else {
    console.log(`SKIPPED ${what}: ${CHROMIUM} not found (apt-get install chromium); outside CI the browser tests skip`);
    test.skip(`${what} (no ${CHROMIUM})`, () => {});
  }
  return false;
}

let launched: Promise<Browser> | undefined;

/** One browser per test file; closed by closeBrowser() in the file's test.after. */
export function browser(): Promise<Browser> {
  launched ??= chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  return launched;
}

export async function closeBrowser(): Promise<void> {
  if (launched) await (await launched).close().catch(() => {});
  launched = undefined;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Script errors, console errors and blocked network requests seen so far, each once. */
  problems: string[];
}

/**
 * A fresh page that may read file:// only: any other request is blocked and
 * recorded as a problem. `bypassCSP` lets a test inject its own script (axe)
 * past the pages' Content-Security-Policy; the pages' own scripts never need it.
 */
/** `served`: the origin of a local server whose requests are let through (every other one not from file:// is blocked). */
export async function openPage(fileUrl: string, { bypassCSP = false, viewport = { width: 1280, height: 800 }, served = '' } = {}): Promise<OpenedPage> {
  const context = await (await browser()).newContext({ viewport, bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  const note = (problem: string) => {
    const short = problem.replace(SITE_URL, '$1/');
    if (!problems.includes(short)) problems.push(short);
  };
  await context.route(
    (url) => url.protocol !== 'file:' && !(served && url.origin === served),
    (route) => {
      note(`tried to load ${route.request().url()} from the network`);
      return route.abort();
    },
  );
  page.on('pageerror', (err) => note(`script error: ${err.message}`));
  page.on('console', (msg) => {
    const at = msg.location().url;
    if (msg.type() === 'error') note(`console error: ${msg.text()}${at && !msg.text().includes(at) ? ` (${at})` : ''}`);
  });
  await page.goto(fileUrl);
  return { page, context, problems };
}

/** The temporary folder's part of a built site's file:// URLs, left out of messages. */
const SITE_URL = /file:\/\/\S*?minutebook-site-check-\d+\/(default|corpus)\//g;

export function fileUrl(root: string, page: string): string {
  return pathToFileURL(path.join(root, page)).href;
}

/** Removes this file's old screenshots (those starting with prefix) so a page kind that went away leaves none behind. */
export function freshArtifacts(prefix: string): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith(prefix) && f.endsWith('.png')) fs.rmSync(path.join(ARTIFACTS, f));
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Why the element with this id is not where a link to it should land, or undefined when it is the :target and in view. */
export function landingProblem(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate((id) => {
    const el = document.getElementById(id) ?? document.getElementsByName(id)[0];
    if (!el) return `no element with id "${id}"`;
    const r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= window.innerHeight) return `#${id} is not in view (top ${Math.round(r.top)}px, viewport ${window.innerHeight}px)`;
    if (el.id === id && document.querySelector(':target') !== el) return `#${id} is not the :target`;
    return undefined;
  }, id);
}
