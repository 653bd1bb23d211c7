#!/usr/bin/env node
// The README's screenshots, taken from the default site (logs/) in Debian's
// Chromium: node scripts/screenshots.js (after npm run build). Writes
// docs/screenshots/*.png; look at them before committing.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.join(ROOT, 'site');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const url = (rel) => pathToFileURL(path.join(SITE, rel)).href;

const minutes = fs
  .readdirSync(path.join(SITE, 'oslo', '2016'))
  .find((f) => f.endsWith('.html') && !f.endsWith('.log.html'));
const shots = [
  { name: 'home', page: 'index.html' },
  { name: 'minutes', page: `oslo/2016/${minutes}`, height: 1100 },
  { name: 'log', page: `oslo/2016/${minutes.replace(/\.html$/, '.log.html')}#l-80` },
  { name: 'search', page: 'search.html?q=etcd', wait: '.search-results li, [data-results] li, ol li' },
  { name: 'actions', page: 'actions.html' },
  { name: 'phone-minutes', page: `oslo/2016/${minutes}`, width: 390, height: 844 },
];

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const s of shots) {
    const context = await browser.newContext({ viewport: { width: s.width ?? 1100, height: s.height ?? 760 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url(s.page.split('#')[0].split('?')[0]) + (s.page.match(/[?#].*$/)?.[0] ?? ''));
    if (s.wait) await page.waitForSelector(s.wait, { timeout: 5000 }).catch(() => console.error(`${s.name}: no results shown`));
    await page.screenshot({ path: path.join(OUT, `${s.name}.png`) });
    console.log(`docs/screenshots/${s.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
}
