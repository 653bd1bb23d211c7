// The built sites the site checks read, built once per test process into a
// temporary folder: "default" from logs/, "corpus" from the real, messy
// logs under test/fixtures/logs/, "hostile" from test/fixtures/hostile/. Each build runs src/build.ts's build() in a
// child process, so two Eleventy runs never share a module cache or
// MINUTEBOOK_DATA, and a failed build becomes a readable test failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export type SiteName = 'default' | 'corpus' | 'hostile';

export interface BuiltSite {
  name: SiteName;
  /** Absolute path of the site's folder. */
  root: string;
  /** Every .html page, relative to root with "/" separators, sorted. */
  pages: string[];
}

const CACHE = path.join(os.tmpdir(), `minutebook-site-check-${process.pid}`);
const builds = new Map<SiteName, Promise<BuiltSite>>();

/** The site, built on first use; later calls in this process reuse it. */
export function builtSite(name: SiteName): Promise<BuiltSite> {
  let site = builds.get(name);
  if (!site) {
    site = buildOnce(name);
    site.catch(() => {}); // reported where it is awaited, not as an unhandled rejection
    builds.set(name, site);
  }
  return site;
}

async function buildOnce(name: SiteName): Promise<BuiltSite> {
  const root = path.join(CACHE, name);
  const done = `${root}.built`;
  if (!fs.existsSync(done)) {
    fs.rmSync(root, { recursive: true, force: true });
    const logsDir =
      name === 'default' ? path.join(REPO, 'logs') : name === 'hostile' ? path.join(REPO, 'test', 'fixtures', 'hostile') : stageFixtureLogs(path.join(CACHE, 'corpus-logs'));
    await buildInChild(logsDir, root);
    fs.writeFileSync(done, '');
  }
  return { name, root, pages: filesUnder(root).filter((f) => f.endsWith('.html')) };
}

process.on('exit', () => fs.rmSync(CACHE, { recursive: true, force: true }));

/**
 * Copies only the logs (not the expected .json, SOURCES.tsv, SEEDS.txt) so the build reads what a user's folder holds;
 * and the chat exports (test/fixtures/exports/, JSON files that are logs), each folder a series beside the logs';
 * HCoop Meetbot's page (test/fixtures/hcoop/), I2P's logs with their summaries (test/fixtures/summaries/, beside i2p's)
 * and the logs with relay bots (test/fixtures/relays/, beside i2p's and monero-md's).
 */
function stageFixtureLogs(dir: string): string {
  const from = path.join(REPO, 'test', 'fixtures', 'logs');
  fs.rmSync(dir, { recursive: true, force: true });
  const copy = (root: string, rel: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(root, rel), path.join(dir, rel));
  };
  for (const rel of filesUnder(from)) {
    if (/\.(json|tsv)$/.test(rel) || rel.endsWith('SEEDS.txt')) continue;
    copy(from, rel);
  }
  const exports = path.join(REPO, 'test', 'fixtures', 'exports');
  for (const rel of filesUnder(exports)) copy(exports, rel);
  // HCoop Meetbot's log page (its series from its name), and I2P's logs with the summaries written beside them.
  const hcoop = path.join(REPO, 'test', 'fixtures', 'hcoop');
  for (const rel of filesUnder(hcoop)) copy(hcoop, rel);
  const summaries = path.join(REPO, 'test', 'fixtures', 'summaries');
  for (const rel of filesUnder(summaries)) {
    if (!rel.endsWith('.tsv')) fs.copyFileSync(path.join(summaries, rel), path.join(dir, 'i2p', rel));
  }
  // Logs with relay bots (the log page's "via"), beside their series' others.
  const relays = path.join(REPO, 'test', 'fixtures', 'relays');
  for (const rel of filesUnder(relays)) {
    if (!rel.endsWith('.tsv')) fs.copyFileSync(path.join(relays, rel), path.join(dir, rel.endsWith('.md') ? 'monero-md' : 'i2p', rel));
  }
  return dir;
}

function buildInChild(logsDir: string, outDir: string): Promise<void> {
  const entry = pathToFileURL(path.join(REPO, 'src', 'build.ts')).href;
  const code = `const { build } = await import(${JSON.stringify(entry)});
await build({ logsDir: ${JSON.stringify(logsDir)}, outDir: ${JSON.stringify(outDir)}, cacheDir: null, quiet: true });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve();
      else reject(new Error(`building ${path.relative(REPO, logsDir) || logsDir} → ${outDir} failed (exit ${status}):\n${output}`));
    });
  });
}

/** Files under dir, relative, with "/" separators, sorted. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The page kinds of the site, in a fixed order; `page` is undefined where that kind is not built (yet). */
export const PAGE_KINDS = [
  'home',
  'series',
  'latest',
  'minutes',
  'log',
  'topics',
  'actions',
  'decisions',
  'calendar',
  'calendar year',
  'people index',
  'person',
  '404',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface KindPage {
  kind: PageKind;
  /** Where the page is expected, as the site layout names it. */
  expected: string;
  /** The page found for the kind, relative to the site root. */
  page: string | undefined;
}

const MINUTES = /^([^/]+)\/\d{4}\/[^/]+\.html$/;

/** One page of each kind, found from the site's file layout alone: the richest (largest) meeting stands for minutes and log. */
export function pagesByKind(site: BuiltSite): KindPage[] {
  const has = (p: string | undefined) => (p !== undefined && site.pages.includes(p) ? p : undefined);
  const size = (p: string) => fs.statSync(path.join(site.root, p)).size;
  const minutes = site.pages
    .filter((p) => MINUTES.test(p) && !p.endsWith('.log.html'))
    .sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))[0];
  const series = minutes?.split('/')[0] ?? site.pages.map((p) => /^([^/]+)\/index\.html$/.exec(p)?.[1]).find((s) => s && s !== 'people');
  const person = site.pages.find((p) => /^people\/[^/]+\.html$/.test(p) && p !== 'people/index.html');
  const log = minutes?.replace(/\.html$/, '.log.html');
  const found: Record<PageKind, [string, string | undefined]> = {
    home: ['index.html', has('index.html')],
    series: [`${series ?? 'SERIES'}/index.html`, has(`${series}/index.html`)],
    latest: [`${series ?? 'SERIES'}/latest.html`, has(`${series}/latest.html`)],
    minutes: ['SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM.html', minutes],
    log: [log ?? 'SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM.log.html', has(log)],
    topics: ['topics.html', has('topics.html')],
    actions: ['actions.html', has('actions.html')],
    decisions: ['decisions.html', has('decisions.html')],
    calendar: ['calendar.html', has('calendar.html')],
    'calendar year': ['calendar/YYYY.html', site.pages.find((p) => /^calendar\/\d{4}\.html$/.test(p))],
    'people index': ['people/index.html', has('people/index.html')],
    person: ['people/NICK.html', person],
    '404': ['404.html', has('404.html')],
  };
  return PAGE_KINDS.map((kind) => ({ kind, expected: found[kind][0], page: found[kind][1] }));
}

const SHOWN = 300;

/** Fails the test listing the problems, one per line; the list is the report, so no stack is printed. */
export function assertNone(what: string, problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, SHOWN);
  if (problems.length > SHOWN) shown.push(`… and ${problems.length - SHOWN} more`);
  const err = new Error(`${problems.length} ${what}:\n    ${shown.join('\n    ')}\n`);
  err.stack = 'Error\n';
  throw err;
}
