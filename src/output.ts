// Writing the site without ever losing the previous one: a build writes into
// a staging folder beside the output (SITE.building), which starts as a
// hard-linked copy of the live site when the build is incremental, and is
// swapped in by two renames only once everything is written. A failed or
// interrupted build leaves the live site as it was; a swap cut between its
// two renames is finished by the next build (SITE.previous → SITE).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { MinutebookError } from './errors.js';

/** A file in every site minutebook writes: a folder without it is not replaced. */
export const MARKER = '.minutebook-site';

export interface Staging {
  /** Where this build writes. */
  dir: string;
  /** Files (site-relative, "/" separators) copied from the live site. */
  existing: Set<string>;
  /** Call before writing a file that exists: the write then makes a new file, not one shared with the live site. */
  fresh(rel: string): void;
  remove(rel: string): void;
  /** Swaps the staging folder in. */
  commit(): Promise<void>;
  /** Drops the staging folder (once writes still under way have landed); the live site is untouched. */
  abort(): Promise<void>;
}

const stagingOf = (outDir: string) => `${outDir}.building`;
const previousOf = (outDir: string) => `${outDir}.previous`;
const lockOf = (outDir: string) => `${outDir}.lock`;

/** Refuses output folders that a swap would damage: the working folder, one above it, the logs. */
export function checkOutDir(outDir: string, logsDir: string): void {
  const out = path.resolve(outDir);
  const cwd = process.cwd();
  const logs = path.resolve(logsDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep);
  if (inside(cwd, out)) throw new MinutebookError(`--out ${outDir} is this folder or one above it; the site is replaced on every build, so give it a folder of its own, e.g. --out site`);
  if (inside(logs, out) || inside(out, logs)) throw new MinutebookError(`--out ${outDir} and the logs folder ${logsDir} overlap; give the site a folder of its own, e.g. --out site`);
}

export async function openStaging(outDir: string, { reuse }: { reuse: boolean }): Promise<Staging> {
  const lock = lockOf(outDir);
  takeLock(lock, outDir);
  try {
    recoverInterruptedSwap(outDir);
    const live = fs.existsSync(outDir) ? fs.statSync(outDir) : null;
    if (live && !live.isDirectory()) throw new MinutebookError(`${outDir} is a file, not a folder; remove it or choose another --out`);
    if (live && fs.readdirSync(outDir).length > 0 && !writtenByUs(outDir)) {
      throw new MinutebookError(`${outDir} exists and was not written by minutebook; the build replaces its output folder, so move it away or choose another --out`);
    }
    const dir = stagingOf(outDir);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const existing = new Set<string>();
    if (reuse && live) linkTree(outDir, dir, '', existing);
    fs.writeFileSync(path.join(dir, MARKER), 'Written by minutebook. This folder is replaced by every build.\n');
    existing.add(MARKER);
    return {
      dir,
      existing,
      fresh(rel) {
        if (existing.delete(rel)) fs.rmSync(path.join(dir, rel), { force: true });
      },
      remove(rel) {
        existing.delete(rel);
        fs.rmSync(path.join(dir, rel), { force: true });
      },
      async commit() {
        const previous = previousOf(outDir);
        fs.rmSync(previous, { recursive: true, force: true });
        if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
        fs.renameSync(dir, outDir);
        releaseLock(lock);
        await fsp.rm(previous, { recursive: true, force: true });
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
    throw err;
  }
}

/** The marker, or (sites of minutebook before it wrote one) its data index. */
function writtenByUs(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARKER)) || fs.existsSync(path.join(dir, 'data', 'index.json'));
}

/** Hard links (cheap, no bytes copied) of every file under from/rel into to/rel. */
function linkTree(from: string, to: string, rel: string, files: Set<string>): void {
  for (const entry of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      fs.mkdirSync(path.join(to, child));
      linkTree(from, to, child, files);
    } else if (entry.isFile()) {
      try {
        fs.linkSync(path.join(from, child), path.join(to, child));
      } catch {
        fs.copyFileSync(path.join(from, child), path.join(to, child));
      }
      files.add(child);
    }
  }
}

function recoverInterruptedSwap(outDir: string): void {
  const previous = previousOf(outDir);
  if (!fs.existsSync(previous)) return;
  if (fs.existsSync(outDir)) fs.rmSync(previous, { recursive: true, force: true });
  else fs.renameSync(previous, outDir);
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
export function abandonSync(outDir: string): void {
  try {
    fs.rmSync(stagingOf(outDir), { recursive: true, force: true });
  } catch {
    // Writes under way added a file meanwhile; the next build removes what is left.
  }
  releaseLock(lockOf(outDir));
}
