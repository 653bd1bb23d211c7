// What the logs folder holds, each folder and file once. Symbolic links are
// followed (people link log folders kept elsewhere into it), but a folder or
// file reached again, by a link back up (a loop) or a second link to it, is
// skipped with a diagnostic naming the link: no meeting is published twice,
// and no walk goes round a loop until ELOOP (fast-glob, which listed the logs
// before, follows links without noticing cycles). What the settings' `ignore`
// names is neither listed nor walked.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from './types.js';
import { diagnostic } from './errors.js';

export interface LogTree {
  /** Relative to the logs folder, "/" separators, sorted; folders end in "/". No dotfiles, nothing in node_modules. */
  entries: string[];
  diagnostics: Diagnostic[];
}

export interface TreeOptions {
  /** The settings' `ignore`: patterns relative to the logs folder (ignoreMatcher). */
  ignore?: readonly string[];
}

/** Whether an entry (relative, "/" separators, no trailing "/") is ignored; `folder` when it is a folder. */
export type Ignored = (rel: string, folder: boolean) => boolean;

const require = createRequire(import.meta.url);
/** picomatch's posix build: entries are "/"-separated on every platform. */
type Picomatch = (globs: string[]) => (rel: string) => boolean;

/**
 * The settings' `ignore` patterns as one test, read as .gitignore reads
 * them: a pattern without a "/" matches a name at any depth ("agenda.md",
 * "*.pdf"), one with a "/" the path from the logs folder ("drafts/**"), a
 * leading "/" anchors a name to the logs folder, a trailing "/" matches
 * folders only. Globs by picomatch (Eleventy's matcher, and fast-glob's in
 * its 2.x), loaded only when there are patterns.
 */
export function ignoreMatcher(patterns: readonly string[] = []): Ignored {
  if (patterns.length === 0) return () => false;
  const picomatch = require('picomatch/posix') as Picomatch;
  const any: string[] = [];
  const folders: string[] = [];
  for (const pattern of patterns) {
    const glob = pattern.replace(/\/+$/, '');
    const anchored = glob.startsWith('/') ? glob.replace(/^\/+/, '') : glob.includes('/') ? glob : `**/${glob}`;
    (pattern.endsWith('/') ? folders : any).push(anchored);
  }
  const anyEntry = any.length ? picomatch(any) : () => false;
  const folder = folders.length ? picomatch(folders) : () => false;
  return (rel, isFolder) => anyEntry(rel) || (isFolder && folder(rel));
}

/** A link met while walking, followed once the folders and files that are no links are all known. */
interface Link {
  rel: string;
  /** The link itself, in the real folder it is in. */
  at: string;
  folder: string;
}

/** Whether path a is folder b or lies under it (both absolute, links resolved). */
export const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep);

export async function logTree(logsDir: string, options: TreeOptions = {}): Promise<LogTree> {
  const ignored = ignoreMatcher(options.ignore);
  const root = await fs.realpath(logsDir);
  const entries: string[] = [];
  const diagnostics: Diagnostic[] = [];
  // Real path → the entry it was first listed as. The folders and files that are no links are walked first,
  // so that a link to one of them is the entry skipped, not the folder or file itself.
  const folders = new Map<string, string>([[root, '']]);
  const files = new Map<string, string>();
  const links: Link[] = [];
  const skipped = (rel: string, level: 'info' | 'warning', message: string) => diagnostics.push(diagnostic(path.join(logsDir, rel), 0, level, message));

  const walk = async (folder: string, rel: string): Promise<void> => {
    let dirents;
    try {
      dirents = await fs.readdir(folder, { withFileTypes: true });
    } catch (err) {
      skipped(rel, 'warning', `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? err}); the logs in it are skipped`);
      return;
    }
    for (const d of dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.name.startsWith('.') || d.name.toLowerCase() === 'node_modules') continue;
      const child = rel ? `${rel}/${d.name}` : d.name;
      const real = path.join(folder, d.name);
      // A link is looked at below, once it is known to be a folder or not.
      if (d.isSymbolicLink()) links.push({ rel: child, at: real, folder });
      else if (ignored(child, d.isDirectory())) continue;
      else if (d.isDirectory()) {
        const first = folders.get(real);
        if (first !== undefined) {
          skipped(child, 'info', `read already as ${first}/ (through a link); skipped, so its meetings are published once`);
          continue;
        }
        folders.set(real, child);
        entries.push(`${child}/`);
        await walk(real, child);
      } else {
        files.set(real, child);
        entries.push(child);
      }
    }
  };

  await walk(root, '');
  // Links found while following links join the end of the list: each is looked at once.
  for (let k = 0; k < links.length; k++) {
    const { rel, at, folder } = links[k];
    let real: string;
    let isFolder: boolean;
    try {
      real = await fs.realpath(at);
      isFolder = (await fs.stat(real)).isDirectory();
    } catch {
      // A link to nothing (or a loop of links): listed as a file, which the build says it cannot read.
      if (!ignored(rel, false)) entries.push(rel);
      continue;
    }
    if (ignored(rel, isFolder)) continue;
    if (!isFolder) {
      const first = files.get(real);
      if (first !== undefined) skipped(rel, 'info', `links to ${first}, read already; skipped, so its meetings are published once`);
      else {
        files.set(real, rel);
        entries.push(rel);
      }
      continue;
    }
    if (inside(folder, real) || inside(root, real)) {
      skipped(rel, 'warning', `links back to a folder it is in (${real}), a loop; not followed, so its logs are read once`);
      continue;
    }
    const first = folders.get(real);
    if (first !== undefined) {
      skipped(rel, 'info', `links to ${first ? `${first}/` : 'the logs folder'}, read already; skipped, so its meetings are published once`);
      continue;
    }
    folders.set(real, rel);
    entries.push(`${rel}/`);
    await walk(real, rel);
  }
  return { entries: entries.sort(), diagnostics };
}
