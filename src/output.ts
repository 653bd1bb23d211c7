// Writing the site without ever losing the previous one. A build writes into
// a staging folder beside the output (SITE.building) and changes the live
// site only once everything is written:
// - a clean build stages the whole site and swaps it in by two renames;
// - an incremental build stages only the files it writes, then, in one
//   synchronous step (no signal handler runs in between), renames each into
//   the live site and removes the files that went away. A journal written
//   first lets the next build finish that step if the process died in it.
// A failed or interrupted build leaves the live site as it was. The site a
// clean build replaced is removed by a process of its own when it is big
// (removeDetached): the build is done once the new one is in place.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { MinutebookError } from './errors.js';
import { inside } from './log-tree.js';

/** A file in every site minutebook writes: a folder without it is not replaced. */
export const MARKER = '.minutebook-site';

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /** Files (site-relative, "/" separators) the live site has that this build keeps unless told otherwise (incremental builds). */
  existing: Set<string>;
  /** The live site's file is to go when the build commits. */
  remove(rel: string): void;
  /** Every file of the live site but these (and the marker) is to go when the build commits. */
  keepOnly(listed: Readonly<Record<string, unknown>>): void;
  /**
   * Puts what was written in place. `detach`: a site that a clean build
   * replaces is removed by a process of its own, which outlives this one
   * (tens of thousands of files take seconds to delete, 12 s for 78,000 on
   * the benchmark machine); else before commit returns. `sameSite`: nothing was written, and the
   * live site keeps its marker, so its identity (siteIdentity) and the manifest that names it.
   */
  commit(options?: { detach?: boolean; sameSite?: boolean }): Promise<void>;
  /** Drops the staging folder (once writes still under way have landed); the live site is untouched. */
  abort(): Promise<void>;
}

const stagingOf = (outDir: string) => `${outDir}.building`;
const previousOf = (outDir: string) => `${outDir}.previous`;
const journalOf = (outDir: string) => `${outDir}.journal`;
const lockOf = (outDir: string) => `${outDir}.lock`;
/** A replaced site on its way out (removeDetached): SITE.old-PID-TIME. */
const OLD = '.old-';
const oldOf = (outDir: string) => `${outDir}${OLD}${process.pid}-${Date.now()}`;

/**
 * Where a path really is: symbolic links resolved, also in a path that does
 * not exist yet (its nearest existing folder's real path and the rest), and
 * a link to nowhere as the place it names. A site whose --out is a link is
 * written into the link's target, and the link stays (a swap would replace it).
 */
export function realPath(p: string, hops = 0): string {
  const absolute = path.resolve(p);
  try {
    return fs.realpathSync(absolute);
  } catch {
    // Not there (or a loop of links): resolved below.
  }
  let link: fs.Stats | undefined;
  try {
    link = fs.lstatSync(absolute);
  } catch {
    // Not there, or under a file (ENOTDIR): its folder's real path and the name.
  }
  if (link?.isSymbolicLink() && hops < 40) return realPath(path.resolve(path.dirname(absolute), fs.readlinkSync(absolute)), hops + 1);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent, hops), path.basename(absolute));
}

/** An empty --out or --logs ("" from a script's unset variable) would name the working folder: refused. */
export function checkFolderNames({ outDir, logsDir }: { outDir?: string; logsDir?: string }): void {
  if (outDir === '') throw new MinutebookError('--out is empty; give the site a folder of its own, e.g. --out site');
  if (logsDir === '') throw new MinutebookError('--logs is empty; give the folder the logs are in, e.g. --logs logs');
}

/** Refuses output folders that a swap would damage: the working folder, one above it, the logs; by their real paths, links resolved. */
export function checkOutDir(outDir: string, logsDir: string): void {
  checkFolderNames({ outDir, logsDir });
  const out = realPath(outDir);
  const cwd = realPath(process.cwd());
  const logs = realPath(logsDir);
  if (inside(cwd, out)) throw new MinutebookError(`--out ${outDir} is this folder or one above it; the site is replaced on every build, so give it a folder of its own, e.g. --out site`);
  if (inside(logs, out) || inside(out, logs)) throw new MinutebookError(`--out ${outDir} and the logs folder ${logsDir} overlap; give the site a folder of its own, e.g. --out site`);
}

/** A file-system error where the site goes (no such folder, no permission, a read-only disk): said as one, naming --out. */
function unwritable(outDir: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (!code || !['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EEXIST', 'EISDIR'].includes(code)) return err;
  return new MinutebookError(`cannot write the site to ${outDir} (${code}); choose another --out, in a folder you can write`, { cause: err });
}

/**
 * Which build last wrote the site at `given`: its marker file's inode and modification time, which
 * every commit gives a new marker (openStaging); null when there is none. A build's manifest keeps
 * it: a manifest whose site is not the one on disk (another build wrote it since: one without the
 * cache, one with another cache, one cut off before its manifest was written) is no guide to it.
 */
export function siteIdentity(given: string): string | null {
  try {
    const s = fs.statSync(path.join(realPath(given), MARKER), { bigint: true });
    return `${s.dev}:${s.ino}:${s.mtimeNs}`;
  } catch {
    return null;
  }
}

/** `incremental`: keep the live site's files and stage only changes; else stage a whole new site. */
export async function openStaging(given: string, { incremental }: { incremental: boolean }): Promise<Staging> {
  // The staging folder, the lock and the swap are beside the real folder: through a link, its target is replaced.
  const outDir = realPath(given);
  const lock = lockOf(outDir);
  try {
    takeLock(lock, given);
  } catch (err) {
    throw unwritable(given, err);
  }
  try {
    recover(outDir);
    const live = fs.existsSync(outDir) ? fs.statSync(outDir) : null;
    if (live && !live.isDirectory()) throw new MinutebookError(`${given} is a file, not a folder; remove it or choose another --out`);
    if (live && fs.readdirSync(outDir).length > 0 && !writtenByUs(outDir)) {
      throw new MinutebookError(`${given} exists and was not written by minutebook; the build replaces its output folder, so move it away or choose another --out`);
    }
    const dir = stagingOf(outDir);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const overlay = incremental && live !== null && fs.existsSync(path.join(outDir, MARKER));
    const existing = new Set<string>(overlay ? filesOf(outDir) : []);
    // Written anew by every build that commits, an overlay too: the file's identity (siteIdentity) is the build's.
    fs.writeFileSync(path.join(dir, MARKER), 'Written by minutebook. This folder is replaced by every build.\n');
    existing.add(MARKER);
    const removed = new Set<string>();
    const remove = (rel: string) => {
      existing.delete(rel);
      removed.add(rel);
    };
    return {
      dir,
      existing,
      remove,
      keepOnly(listed) {
        for (const rel of [...existing]) if (!(rel in listed) && rel !== MARKER) remove(rel);
      },
      async commit({ detach = false, sameSite = false } = {}) {
        // Over the live site only: a whole new site always has its marker.
        if (sameSite && overlay) fs.rmSync(path.join(dir, MARKER), { force: true });
        if (overlay) commitOverlay(outDir, dir, removed);
        else await commitSwap(outDir, dir, detach);
        releaseLock(lock);
      },
      async abort() {
        // A write already under way may add a file while the folder goes: try again until it is gone.
        for (let tries = 0; ; tries++) {
          try {
            fs.rmSync(dir, { recursive: true, force: true });
            break;
          } catch (err) {
            if (tries >= 50) throw err;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
        releaseLock(lock);
      },
    };
  } catch (err) {
    releaseLock(lock);
    throw unwritable(given, err);
  }
}

async function commitSwap(outDir: string, dir: string, detach: boolean): Promise<void> {
  const previous = previousOf(outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(dir, outDir);
  if (!fs.existsSync(previous)) return;
  if (!detach) return fsp.rm(previous, { recursive: true, force: true });
  removeLater(previous, outDir);
}

/** Renames a replaced site SITE.old-PID-TIME (the next build's own previous site never meets it) and removes it detached. */
function removeLater(previous: string, outDir: string): void {
  const old = oldOf(outDir);
  fs.renameSync(previous, old);
  removeDetached(old);
}

/**
 * Removes a folder from a process of its own, not waited for. Should it die
 * first, the next build starts another (sweepOld). Where no process can be
 * started, the folder is removed here and now.
 */
function removeDetached(dir: string): void {
  const removeHere = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const child = spawn(process.execPath, ['--input-type=commonjs', '-e', 'require("fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.on('error', () => {
      try {
        removeHere();
      } catch {
        // The next build tries again.
      }
    });
    child.unref();
  } catch {
    removeHere();
  }
}

/** Replaced sites a removal process left behind (it died, or the machine stopped): removed again. */
function sweepOld(outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = path.basename(path.resolve(outDir)) + OLD;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) removeDetached(path.join(parent, name));
}

interface Journal {
  writes: string[];
  removes: string[];
}

/** Synchronous from the journal on: the changes land together, or the journal says what is left. */
function commitOverlay(outDir: string, dir: string, removed: Set<string>): void {
  const journal: Journal = { writes: filesOf(dir), removes: [...removed] };
  fs.writeFileSync(journalOf(outDir), JSON.stringify(journal));
  applyJournal(outDir, journal);
}

function applyJournal(outDir: string, { writes, removes }: Journal): void {
  const dir = stagingOf(outDir);
  for (const rel of writes) {
    const from = path.join(dir, rel);
    if (!fs.existsSync(from)) continue; // moved before an interruption
    fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    fs.renameSync(from, path.join(outDir, rel));
  }
  for (const rel of removes) removeWithEmptyParents(outDir, rel);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(journalOf(outDir), { force: true });
}

/** Finishes what an earlier build's commit left undone. */
function recover(outDir: string): void {
  const journal = journalOf(outDir);
  if (fs.existsSync(journal)) {
    let pending: Journal | undefined;
    try {
      pending = JSON.parse(fs.readFileSync(journal, 'utf8')) as Journal;
    } catch {
      // Cut while being written: nothing was moved yet.
    }
    if (pending) applyJournal(outDir, pending);
    fs.rmSync(journal, { force: true });
  }
  sweepOld(outDir);
  const previous = previousOf(outDir);
  if (!fs.existsSync(previous)) return;
  if (!fs.existsSync(outDir)) return fs.renameSync(previous, outDir);
  // The new site was in place when the process stopped: the old one goes, as a commit would have removed it.
  removeLater(previous, outDir);
}

/** Every file under dir, site-relative with "/" separators. */
export function filesOf(dir: string, rel = '', out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) filesOf(dir, child, out);
    else out.push(child);
  }
  return out;
}

/** Removes a file and the folders it leaves empty, up to (not including) root. */
function removeWithEmptyParents(root: string, rel: string): void {
  fs.rmSync(path.join(root, rel), { force: true });
  for (let dir = path.dirname(rel); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(root, dir));
    } catch {
      break;
    }
  }
}

/** The marker, or (sites of minutebook before it wrote one) its data index. */
function writtenByUs(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER)) || fs.existsSync(path.join(dir, 'data', 'index.json'));
}

function takeLock(lock: string, outDir: string): void {
  fs.mkdirSync(path.dirname(path.resolve(lock)), { recursive: true });
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // The other build may finish between our two calls: a lock gone by now is free.
    const pid = Number(fs.readFileSync(lock, { encoding: 'utf8', flag: 'a+' }));
    if (pid && pid !== process.pid && alive(pid)) {
      throw new MinutebookError(`another build (process ${pid}) is writing ${outDir}; wait for it, or delete ${lock} if it is gone`);
    }
    fs.writeFileSync(lock, String(process.pid));
  }
}

function releaseLock(lock: string): void {
  fs.rmSync(lock, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** For a SIGINT handler: drop the staging folder and the lock, synchronously. */
export function abandonSync(given: string): void {
  const outDir = realPath(given);
  try {
    fs.rmSync(stagingOf(outDir), { recursive: true, force: true });
  } catch {
    // Writes under way added a file meanwhile; the next build removes what is left.
  }
  releaseLock(lockOf(outDir));
}
