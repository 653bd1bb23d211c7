// Writing the site's files: the data files and downloads (ours), the pages
// (Eleventy, run in this process on the model; for a build that renders few,
// direct-render.ts), and merging what a build
// wrote into the staging folder. Every file of a build is written into a
// fresh folder first, so no write ever lands on a file the live site shares.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Meeting } from './types.js';
import type { MeetingPage, SiteModel } from './site/site-view.js';
import { indexFile, meetingFile } from './site/summary.js';
import { DOWNLOAD_KINDS, downloadsOf, type DownloadKind } from './site/paths.js';
import { meetbotText } from './site/meetbot-text.js';
import { markdownMinutes } from './site/markdown-minutes.js';
import { clockIn, type Clock } from './site/clock.js';
import { clipped, MinutebookError } from './errors.js';
import type { Progress } from './progress.js';
import type { FileWriter } from './file-writer.js';
import { directPages, pageTemplates } from './direct-render.js';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where templates/_data/minutebook.js finds the model: the build runs Eleventy in this process. */
export const SITE_MODEL = Symbol.for('minutebook.site');
/** Where .eleventy.js's transform hands over each page rendered, to be written (Eleventy runs dry: it writes nothing). */
export const PAGE_WRITTEN = Symbol.for('minutebook.pageWritten');

export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
}

/** Files computed elsewhere (the search index), each {path, content} under dir. */
export function writeFiles(out: FileWriter, dir: string, files: { path: string; content: string }[]): void {
  for (const f of files) out.write(path.join(dir, f.path), f.content);
}

/** The data index: every meeting's summary (`dataFiles` false: the site has no data file per meeting). */
export function writeIndex(out: FileWriter, dir: string, all: Meeting[], lineCount: (m: Meeting) => number, dataFiles = true): void {
  out.write(path.join(dir, 'data/index.json'), JSON.stringify(indexFile(all, packageVersion(), lineCount, dataFiles), null, 1) + '\n');
}

/**
 * Each meeting's downloads of the given kinds (default all: data file, .txt, .md, raw log); the meetings' lines
 * must be loaded. The .md gives its times by `clock`, the pages' (the site's zone); the .txt keeps MeetBot's UTC
 * and the data file its instants.
 */
/** `relPath`: the log's path in the logs folder (the data file names it so); `url`: the site's address, for the .txt's link to the log ("" for none). */
export function writeMeetingFiles(out: FileWriter, dir: string, m: Meeting, relPath: string, kinds: readonly DownloadKind[] = DOWNLOAD_KINDS, clock: Clock = clockIn(undefined), url = ''): void {
  const d = downloadsOf(m.id, kinds);
  if (d.json) out.write(path.join(dir, d.json), JSON.stringify(meetingFile(m, relPath)) + '\n');
  if (d.txt) out.write(path.join(dir, d.txt), meetbotText(m, url));
  if (d.md) out.write(path.join(dir, d.md), markdownMinutes(m, clock));
  if (d.log) out.copy(m.source.file, path.join(dir, d.log));
}

/** Pages no paginated template makes (templates using `once`: home, topics, actions, decisions, calendar, people, search, 404, sw.js). */
export const SINGLE_PAGES = 9;

/**
 * Renders the model's render set into dir through Eleventy (or `direct`ly,
 * direct-render.ts: the same bytes): the pages that
 * are not one of many, and the summary pages to render. Not the meetings'
 * own pages: the page workers make them (page-worker.ts), meanwhile. The
 * number of files written.
 */
export async function renderPages(model: SiteModel, out: FileWriter, dir: string, progress: Progress, how: 'eleventy' | 'direct' = 'eleventy'): Promise<number> {
  const all = model.render;
  try {
    // Copied here, not by Eleventy: its copies could still be writing when a failed run rejects.
    fs.cpSync(path.join(PACKAGE_ROOT, 'templates', 'assets'), path.join(dir, 'assets'), { recursive: true });
    model.render = { ...all, meetings: [] };
    return await (how === 'direct' ? directRun : eleventyRun)(model, out, dir, progress);
  } finally {
    model.render = all;
  }
}

/** The error of a render that failed, Eleventy's or direct, its message cut short (a template's can quote a page). */
const renderFailed = (message: string, cause: unknown) => new MinutebookError(`rendering the pages failed: ${clipped(message, 501)}`, { cause });

/** Pages rendered directly between two turns of the event loop. */
const YIELD_EVERY = 20;

/** The pages made by calling the templates as Eleventy would (direct-render.ts): a build that renders few. */
async function directRun(model: SiteModel, out: FileWriter, dir: string, progress: Progress): Promise<number> {
  const root = path.resolve(dir);
  const pages = directPages(await pageTemplates(path.join(PACKAGE_ROOT, 'templates')), model);
  for (const [k, page] of pages.entries()) {
    // Now and then the event loop runs (a Ctrl-C is seen, and progress.tick throws it), as between Eleventy's pages.
    if (k > 0 && k % YIELD_EVERY === 0) await new Promise(setImmediate);
    let content: string;
    try {
      content = page.render();
    } catch (err) {
      throw renderFailed(`templates/${page.template} (${page.path}): ${(err as Error).message}`, err);
    }
    out.write(path.join(root, page.path), content);
    progress.tick();
  }
  return pages.length;
}

async function eleventyRun(model: SiteModel, out: FileWriter, dir: string, progress: Progress): Promise<number> {
  // Eleventy registers a module resolver (module.register) that makes imports of files its own watcher saw change
  // skip the module cache. We never run its watcher (serve has its own, and builds each time on a new thread:
  // fresh-build.ts), so the resolver changes nothing here, but it puts every import after it through a thread of
  // its own: 0.1–0.2 s of a one-log rebuild.
  // Eleventy's own switch for it (eleventy#3371); set before its first import, unless the user set it.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  const { default: Eleventy } = await import('@11ty/eleventy');
  const scope = globalThis as Record<symbol, unknown>;
  scope[SITE_MODEL] = model;
  // A step that fails (an interrupt, say) is held until Eleventy's run ends: thrown inside it, the run would
  // reject while its copies are still writing, into a folder the build is about to remove.
  let failure: { error: unknown } | undefined;
  let pages = 0;
  scope[PAGE_WRITTEN] = (outputPath: string | false, content: string | Uint8Array) => {
    if (failure || !outputPath) return;
    try {
      out.write(outputPath, content);
      pages++;
      progress.tick();
    } catch (error) {
      failure = { error };
    }
  };
  try {
    const eleventy = new Eleventy(path.join(PACKAGE_ROOT, 'templates'), path.resolve(dir), {
      quietMode: true,
      configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
      // It renders; `out` writes (on its own thread, while the next pages render).
      dryRun: true,
    });
    // Our own progress reports what it does; its errors reach us as exceptions.
    eleventy.disableLogger();
    await eleventy.write();
  } catch (err) {
    throw renderFailed((err as Error).message, err);
  } finally {
    delete scope[SITE_MODEL];
    delete scope[PAGE_WRITTEN];
  }
  if (failure) throw failure.error;
  return pages;
}
