// The one entry that touches the file system: reads the logs folder, runs the
// pure pipeline on each file, writes the data files and renders the site.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import type { Diagnostic, Meeting } from './types.js';
import { diagnostic, MinutebookError } from './errors.js';
import { parseLog } from './pipeline.js';
import { indexFile, meetingFile, uniqueIds } from './site/summary.js';
import { siteModel } from './site/model.js';
import type { SiteModel } from './site/site-view.js';
import { readSeriesNotes, type ReadNotes } from './site/notes.js';
import { downloadsOf } from './site/paths.js';
import { meetbotText } from './site/meetbot-text.js';
import { markdownMinutes } from './site/markdown-minutes.js';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  logsDir: string;
  outDir: string;
  quiet?: boolean;
  /** Called with one line of progress or summary. */
  log?: (line: string) => void;
}

export interface BuildResult {
  meetings: Meeting[];
  diagnostics: Diagnostic[];
  files: number;
  pages: number;
  seconds: number;
}

/** Files in the logs folder that are logs: everything but series notes, READMEs and dotfiles. */
export async function listLogs(logsDir: string): Promise<string[]> {
  const stat = await fs.stat(logsDir).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new MinutebookError(`logs folder "${logsDir}" not found: create it and put your meeting logs in it, or pass --logs DIR`);
  }
  const files = await fg('**/*', {
    cwd: logsDir,
    onlyFiles: true,
    dot: false,
    ignore: ['**/*.series.md', '**/README*', '**/node_modules/**'],
  });
  return files.sort();
}

export async function readAndParse(logsDir: string, relPaths: string[]): Promise<{ meetings: Meeting[]; diagnostics: Diagnostic[] }> {
  const meetings: Meeting[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const rel of relPaths) {
    const file = path.join(logsDir, rel);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      diagnostics.push(diagnostic(file, 0, 'error', `cannot read the file (${(err as NodeJS.ErrnoException).code ?? err}); skipped`));
      continue;
    }
    const result = parseLog(bytes, file, { relPath: rel });
    meetings.push(...result.meetings);
    diagnostics.push(...result.diagnostics);
  }
  return { meetings: uniqueIds(meetings), diagnostics };
}

/** Series notes (SERIES.series.md) anywhere in the logs folder, in path order. */
export async function readNotes(logsDir: string): Promise<ReadNotes[]> {
  const files = (await fg('**/*.series.md', { cwd: logsDir, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] })).sort();
  const notes: ReadNotes[] = [];
  for (const rel of files) notes.push(readSeriesNotes(await fs.readFile(path.join(logsDir, rel), 'utf8'), path.join(logsDir, rel)));
  return notes;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const began = performance.now();
  const log = options.quiet ? () => {} : (options.log ?? ((l: string) => console.error(l)));
  const files = await listLogs(options.logsDir);
  log(`parse: ${files.length} log file${files.length === 1 ? '' : 's'} in ${options.logsDir}`);
  const { meetings, diagnostics } = await readAndParse(options.logsDir, files);
  // Duplicate-id warnings are added after parsing; gather them too.
  for (const m of meetings) for (const d of m.diagnostics) if (!diagnostics.includes(d)) diagnostics.push(d);

  const notes = await readNotes(options.logsDir);
  for (const n of notes) diagnostics.push(...n.diagnostics);

  const dataDir = path.join(options.outDir, 'data');
  log(`data: ${meetings.length} meeting${meetings.length === 1 ? '' : 's'} → ${dataDir}`);
  await writeData(dataDir, meetings);
  const model = siteModel(meetings, notes);
  await writeDownloads(options.outDir, meetings);

  log('render: Eleventy');
  const pages = await render(model, options.outDir);
  const seconds = (performance.now() - began) / 1000;
  return { meetings, diagnostics, files: files.length, pages, seconds };
}

async function writeData(dataDir: string, meetings: Meeting[]): Promise<void> {
  await fs.rm(dataDir, { recursive: true, force: true });
  const version = JSON.parse(await fs.readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
  for (const m of meetings) {
    const file = path.join(dataDir, 'meetings', `${m.id}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(meetingFile(m)) + '\n');
  }
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(path.join(dataDir, 'index.json'), JSON.stringify(indexFile(meetings, version), null, 1) + '\n');
}

/** Beside each minutes page: MeetBot-style .txt, Markdown .md and the source log as .log.txt. */
async function writeDownloads(outDir: string, meetings: Meeting[]): Promise<void> {
  for (const m of meetings) {
    const downloads = downloadsOf(m.id);
    const file = (sitePath: string) => path.join(outDir, sitePath);
    await fs.mkdir(path.dirname(file(downloads.txt)), { recursive: true });
    await fs.writeFile(file(downloads.txt), meetbotText(m));
    await fs.writeFile(file(downloads.md), markdownMinutes(m));
    await fs.copyFile(m.source.file, file(downloads.log));
  }
}

/** Where templates/_data/minutebook.js finds the model: the build runs Eleventy in this process. */
export const SITE_MODEL = Symbol.for('minutebook.site');

async function render(model: SiteModel, outDir: string): Promise<number> {
  const { default: Eleventy } = await import('@11ty/eleventy');
  (globalThis as Record<symbol, unknown>)[SITE_MODEL] = model;
  const eleventy = new Eleventy(path.join(PACKAGE_ROOT, 'templates'), path.resolve(outDir), {
    quietMode: true,
    configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
  });
  const written = await eleventy.write();
  const results = Array.isArray(written) ? (written as unknown[]).flat() : [];
  return results.length;
}
