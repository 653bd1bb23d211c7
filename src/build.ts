// The build: logs → parse (cached) → site model → files, written into a
// staging folder and swapped in whole. With the previous build's manifest,
// only the files whose inputs changed are written again (see
// site/incremental.ts); the result is byte for byte what a clean build gives.
// The manifest is trusted only over the site it was written with (its
// marker file's identity, output.ts siteIdentity): any other build since,
// without this cache or with another, makes the next one a clean build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Config } from './config.js';
import type { Diagnostic, Level, Meeting } from './types.js';
import { DEFAULT_CACHE_DIR, NO_CACHE, parseCache } from './cache.js';
import { listLogs, readAndParse, readNotes } from './read-logs.js';
import { DEFAULT_TITLE, refMaker, siteModelPausing, wholePages, type SiteOptions } from './site/model.js';
import { topicFiles, topicInput, TOPIC_PAGES } from './site/topic-plan.js';
import { topicWorker, type TopicWorker } from './topic-worker.js';
import { planBuild, planFiles, type Manifest } from './site/incremental.js';
import { checkOutDir, filesOf, openStaging, realPath, siteIdentity } from './output.js';
import { breather, createProgress, stoppable, type Progress } from './progress.js';
import { PACKAGE_ROOT, packageVersion, renderPages, SINGLE_PAGES, writeFiles, writeIndex } from './write-site.js';
import { pageWorker, type PageWorker } from './page-worker.js';
import { lineStore } from './line-store.js';
import type { MeetingPage } from './site/site-view.js';
import { searchIndexFilesPausing } from './search/index-files.js';
import { searchCache } from './search/cache.js';
import { offlineView } from './site/offline.js';
import { buildInputs } from './build-inputs.js';
import { fileWriter, type FileWriter } from './file-writer.js';
import { counted } from './counted.js';
import { unknownAliases, unknownSeries } from './check.js';

export { listLogs, readAndParse, readNotes } from './read-logs.js';
export { PACKAGE_ROOT, SITE_MODEL } from './write-site.js';

export interface BuildOptions {
  logsDir: string;
  outDir: string;
  config?: Config;
  /** The settings file's name, for diagnostics about what it says (default "settings"). */
  configFile?: string;
  /** Parse cache and build manifests; null turns both off (every build is a clean one). */
  cacheDir?: string | null;
  quiet?: boolean;
  /** Redraw a progress bar in place (a terminal). */
  live?: boolean;
  progress?: Progress;
  /** Meetings per run handed to a page worker (default page-worker.ts's). */
  meetingsPerRun?: number;
  /** Aborting it stops the build at its next step; the previous site is kept. */
  signal?: AbortSignal;
}

export interface BuildResult {
  meetings: Meeting[];
  diagnostics: Diagnostic[];
  /** Log files read. */
  files: number;
  /** Logs parsed now, and read from the cache. */
  parsed: number;
  cached: number;
  /** Pages Eleventy rendered, and files this build wrote in all. */
  pages: number;
  written: number;
  /** The previous build's unchanged files were kept. */
  incremental: boolean;
  seconds: number;
}

export function siteOptions(config: Config = {}): SiteOptions {
  const seriesTitles: Record<string, string> = {};
  for (const [name, s] of Object.entries(config.series ?? {})) if (s.title) seriesTitles[name] = s.title;
  return {
    title: config.title,
    description: config.description,
    url: config.url,
    pathPrefix: config.pathPrefix,
    timezone: config.timezone,
    aliases: config.aliases,
    bots: config.bots,
    nickVariants: config.nickVariants,
    seriesTitles,
    downloads: config.downloads,
  };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const began = performance.now();
  const progress = stoppable(options.progress ?? createProgress({ quiet: options.quiet, live: options.live }), options.signal);
  const { logsDir, outDir } = options;
  checkOutDir(outDir, logsDir);
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;

  const list = await listLogs(logsDir, { ignore: options.config?.ignore });
  progress.phase('parse', list.files.length, 'logs');
  const salt = renderSalt(options.config);
  // Named by the folder the site really is in: a link to it and its own path are one site.
  const manifestFile = cacheDir === null ? null : path.join(cacheDir, `site-${hashOf(realPath(outDir)).slice(0, 12)}.json`);
  const last = manifestFile ? await readManifest(manifestFile) : null;
  // Only over the site it was written with: any build since (without this cache, or with another) makes it no guide.
  const previous = last?.site !== undefined && last.site === siteIdentity(outDir) ? last : null;
  // The site's folder is taken (locked, checked, staged) before the parse: a folder that cannot be written, or
  // holds something else, or another build's, is said at once, not after a parse of minutes.
  const staging = await openStaging(outDir, { incremental: previous?.salt === salt });
  // Every file but the assets and the meetings' own is written through it, on a thread of its own (file-writer.ts).
  let writer: FileWriter | null = null;
  // The meetings' own files: page-worker.ts.
  let maker: PageWorker | null = null;
  let topics: TopicWorker | null = null;
  try {
    // Lines are let go as soon as each log is parsed: the phases that need them load them a run at a time.
    const logs = await readAndParse(logsDir, list.files, cacheDir === null ? NO_CACHE : parseCache(cacheDir), progress, { keepLines: false, relays: options.config?.relays, aliases: options.config?.aliases, listed: list.listed });
    const { meetings } = logs;
    const diagnostics = [...list.diagnostics, ...logs.diagnostics];
    const notes = await readNotes(logsDir, { listed: list.listed });
    for (const n of notes) diagnostics.push(...n.diagnostics);
    diagnostics.push(...unknownSeries(meetings, notes, options.config?.series, options.configFile), ...unknownAliases(meetings, options.config?.aliases, options.configFile));
    progress.end(`${counted(list.files.length, 'log')} (${logs.parsed} parsed, ${logs.cached} from the cache), ${counted(meetings.length, 'meeting')}`);

    progress.phase('model');
    const inputs = manifestFile ? buildInputs({ salt, files: list.files, parseKeys: logs.parseKeys, notes }) : '';
    const out = (writer = fileWriter());
    if (previous?.inputs && previous.inputs === inputs && Object.keys(previous.files).every((rel) => staging.existing.has(rel))) {
      // The last build's inputs, and its files all there: the site is what this build would write.
      progress.end('nothing changed since the last build');
      progress.phase('write');
      staging.keepOnly(previous.files);
      // The site stays the one the manifest was written with.
      await staging.commit({ sameSite: true });
      progress.end(`no file written → ${outDir}/`);
      const seconds = (performance.now() - began) / 1000;
      return { meetings, diagnostics, files: list.files.length, parsed: logs.parsed, cached: logs.cached, pages: 0, written: 0, incremental: true, seconds };
    }
    const incremental = staging.existing.size > 1;
    const store = lineStore(logs.sources, meetings);
    const site = siteOptions(options.config);
    // A build over a site it may keep most of renders few pages: their views are made whole when rendered.
    // The model, the plan and the index are seconds each at 10,000 meetings: the event loop runs now and then while
    // they are made (a Ctrl-C is seen), and the build stops at the next pause if asked to.
    const pause = breather(100, options.signal);
    // A build that keeps most of the last one's pages makes the topic index on a thread of its own meanwhile, on
    // the second core (with one, the thread would only take turns with this one, and cost the copies).
    if (manifestFile !== null && previous?.salt === salt && availableParallelism() > 1) {
      topics = topicWorker(
        topicInput(meetings, refMaker(site, notes), {
          siteTitle: site.title ?? DEFAULT_TITLE,
          salt,
          previous: topicFiles(previous.files),
          existing: [...staging.existing].filter((rel) => rel.startsWith(TOPIC_PAGES)),
        }),
      );
    }
    const model = await siteModelPausing(meetings, notes, { ...site, logs: 'none', brief: incremental, lineCount: store.count, topicIndex: topics === null }, pause);
    const plan = planBuild(model, logs.parseKeys, salt, previous, staging.existing, manifestFile !== null);
    await pause();
    plan.manifest.inputs = inputs;
    model.render = plan.render;
    progress.end(incremental ? `${plan.render.meetings.length} of ${counted(meetings.length, 'meeting')} changed` : counted(meetings.length, 'meeting'));

    const target = staging.dir;

    // Full-text search (src/search/, docs/search.md): parts of the index whose meetings did not change come
    // from its cache; the meetings of the parts built again get their lines back from the line store.
    progress.phase('search', meetings.length, 'meetings');
    // In a function of its own: the index's files (a sixth of a gigabyte at 10,000 meetings) are let go once written.
    const search = await (async () => {
      const files = await searchIndexFilesPausing(
        meetings,
        model,
        {
          fingerprint: (m) => `${logs.parseKeys.get(m.id)} ${m.id}`,
          loadLines: (some) => store.load(some),
          dropLines: (some) => store.drop(some),
          lineCount: store.count,
          nicks: (m) => logs.sources.get(m.id)?.nicks,
          ...(cacheDir === null ? {} : { cache: searchCache(path.join(cacheDir, 'search')) }),
          tick: (n) => progress.tick(n),
        },
        pause,
      );
      const changed = planFiles(plan, files, previous, staging.existing);
      writeFiles(out, target, changed);
      return { files: files.length, changed: changed.length };
    })();
    progress.end(`${search.files} index files${incremental ? `, ${search.changed} changed` : ''}`);

    // The index reads no topic: the topic thread's answer is waited for only now, and has had the search phase's
    // time to come.
    if (topics !== null) {
      const t = await topics.plan;
      model.topics = t.page;
      Object.assign(plan.manifest.files, t.files);
      plan.render.topicLetters = t.letters;
      plan.render.topicGroups = t.groups;
    }
    // The salt is already a hash of the templates and assets (and of what else renders the pages): the version of
    // the service worker's cache.
    model.offline = offlineView(model, filesOf(path.join(PACKAGE_ROOT, 'templates', 'assets')).sort(), salt);

    // Each meeting's own files (its two pages, its data file and downloads) are made by the page workers while
    // the summary pages are rendered here (by Eleventy, or as below); data files whose pages did not change (rare:
    // a new minutebook writes them differently) too.
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const r = plan.render;
    const summaryTotal = 2 * r.series.length + r.seriesActions.length + r.topicLetters.length + r.topicGroups.length + r.decisionYears.length + r.calendarYears.length + r.people.length + r.feeds.length;
    progress.phase('render', 2 * r.meetings.length + summaryTotal + SINGLE_PAGES, 'pages');
    writeIndex(out, target, meetings, store.count, site.downloads?.includes('json') ?? true);
    wholePages(model, r.meetings, byId);
    const job = (m: Meeting, page: MeetingPage | null) => ({ meeting: m, source: logs.sources.get(m.id)!, page, downloads: plan.downloads.delete(m.id) });
    const jobs = r.meetings.map((p) => job(byId.get(p.ref.id)!, p));
    for (const m of meetings) if (plan.downloads.has(m.id)) jobs.push(job(m, null));
    let meetingPages = 0;
    const pageCount = (n: number) => {
      meetingPages += n;
      progress.tick(n);
    };
    maker = pageWorker({ dir: target, site: model, timezone: site.timezone, perRun: options.meetingsPerRun, pagesDone: pageCount, downloadKinds: site.downloads });
    const made = maker.make(jobs);
    // Awaited below; a failure meanwhile is no unhandled rejection.
    made.catch(() => {});
    // A build over the last site that renders few summary pages calls the templates itself (direct-render.ts):
    // Eleventy's start would be most of its render phase. Clean builds, and builds that render many, use Eleventy.
    const direct = previous?.salt === salt && incremental && summaryTotal <= DIRECT_RENDER;
    const summaryPages = await renderPages(model, out, target, progress, direct ? 'direct' : 'eleventy');
    await made;
    await maker.close();
    const pages = summaryPages + meetingPages;
    // Every file on disk before the render phase ends and the staging folder is listed.
    out.flush();
    progress.end(counted(pages, 'page'));

    progress.phase('write');
    const written = new Set(filesOf(staging.dir));
    const files = plan.manifest.files;
    for (const rel of written) files[rel] ??= '';
    staging.keepOnly(files);
    // A big site replaced whole (a clean build over it) is removed after the build, not during it.
    await staging.commit({ detach: written.size >= DETACHED_REMOVAL });
    if (manifestFile) await writeManifest(manifestFile, { ...plan.manifest, site: siteIdentity(outDir) ?? undefined });
    progress.end(`${counted(written.size, 'file')} → ${outDir}/`);
    const seconds = (performance.now() - began) / 1000;
    return { meetings, diagnostics, files: list.files.length, parsed: logs.parsed, cached: logs.cached, pages, written: written.size, incremental, seconds };
  } catch (err) {
    // No write outlives the staging folder.
    await topics?.stop().catch(() => {});
    await maker?.close().catch(() => {});
    await writer?.close().catch(() => {});
    await staging.abort();
    throw err;
  } finally {
    await topics?.stop();
    await maker?.close();
    await writer?.close();
  }
}

/** The line a build ends with: what it built, how, in how long, and its diagnostics by level. */
export function summaryLine(r: BuildResult, outDir: string): string {
  const levels: Level[] = ['error', 'warning', 'info'];
  const counts = levels.map((l) => counted(r.diagnostics.filter((d) => d.level === l).length, l)).join(', ');
  const how = r.incremental ? `${counted(r.pages, 'page')} rendered, ${counted(r.written, 'file')} written, the rest unchanged` : counted(r.pages, 'page');
  return `built ${counted(r.meetings.length, 'meeting')} from ${counted(r.files, 'log')} into ${outDir}/ (${how}) in ${r.seconds.toFixed(1)} s; ${counts}`;
}

/**
 * Summary pages up to which a build over the last site renders them without Eleventy (a one-log rebuild at
 * 10,000 meetings renders forty-odd; a new minutebook or changed settings, all of them).
 */
const DIRECT_RENDER = 500;

/** Files from which a site that a clean build replaces is removed by a process of its own (output.ts). */
const DETACHED_REMOVAL = 2000;

const hashOf = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** What every page's bytes depend on besides its view: the code that renders it and the settings. */
function renderSalt(config: Config | undefined): string {
  const hash = createHash('sha256').update(packageVersion()).update(JSON.stringify(config ?? {}));
  const roots = [path.join(PACKAGE_ROOT, 'templates'), path.join(PACKAGE_ROOT, '.eleventy.js'), path.join(path.dirname(new URL(import.meta.url).pathname), 'site')];
  for (const root of roots) {
    const files = fs.statSync(root).isDirectory() ? filesOf(root).sort().map((f) => path.join(root, f)) : [root];
    for (const f of files) hash.update(f.slice(PACKAGE_ROOT.length)).update(fs.readFileSync(f));
  }
  return hash.digest('hex').slice(0, 24);
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, JSON.stringify(manifest));
}
