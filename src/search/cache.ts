// The search index's cache: each part of the index (a segment's dictionary
// and postings, a month's document files) stored under the hash of
// everything it depends on (keys.ts), so an unchanged part costs one file
// read instead of tokenizing, inverting and deflating. One file per key
// under dir; written aside and renamed, so a reader never sees half an
// entry; any failure to read is a miss and any failure to write is ignored:
// the cache may be deleted at any time, and a build without one gives the
// same bytes.
// An entry's file: one line of JSON, [encoding, [path, bytes, digest], …],
// then the files' contents end to end, in latin1 when they are all ASCII,
// else UTF-8. Only that line is read when an entry is asked for: a file's
// content is read when it is first used, and an incremental build uses the
// content of the few files it writes, and the digest of the rest (reading
// every entry whole was 1.0-1.5 s of such a build at 10,000 meetings).
import fs from 'node:fs';
import path from 'node:path';
import type { SearchFile } from './index-files.js';
import { MinutebookError } from '../errors.js';

export interface SearchCache {
  get(key: string): SearchFile[] | undefined;
  set(key: string, files: SearchFile[]): void;
  /** Forget entries this build did not use (optional; the file cache keeps them a day, for other sites built with it). */
  retain?(keys: ReadonlySet<string>): void;
}

/** Entries unused for this long may go when a build that did not use them ends. */
const KEEP_UNUSED_MS = 24 * 3600 * 1000;

/**
 * Bytes of a file, read into one buffer that every read reuses. A fresh
 * Buffer per read (readFileSync) is memory outside V8's heap that V8 counts:
 * 165 MB of entries read at 10,000 meetings set off four full garbage
 * collections of the build's whole heap, a second each.
 */
let shared = Buffer.allocUnsafe(1 << 16);
function readAt(fd: number, at: number, length: number): Buffer {
  if (shared.length < length) shared = Buffer.allocUnsafe(Math.max(length, shared.length * 2));
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, shared, done, length - done, at + done);
    if (n === 0) break;
    done += n;
  }
  return shared.subarray(0, done);
}

/** An entry's first line, and where its contents start; null if it has none. */
function headerOf(fd: number): { header: string; end: number } | null {
  for (let size = 1 << 16; ; size *= 4) {
    const bytes = readAt(fd, 0, size);
    const end = bytes.indexOf(10);
    if (end >= 0) return { header: bytes.toString('utf8', 0, end), end: end + 1 };
    if (bytes.length < size) return null;
  }
}

type Header = [BufferEncoding, ...[string, number, string][]];

function validHeader(value: unknown): value is Header {
  if (!Array.isArray(value) || (value[0] !== 'latin1' && value[0] !== 'utf8')) return false;
  return value.slice(1).every((f) => Array.isArray(f) && f.length === 3 && typeof f[0] === 'string' && Number.isInteger(f[1]) && f[1] >= 0 && typeof f[2] === 'string');
}

/** A file whose content is read from the entry when first asked for, and kept. */
function cachedFile(entry: string, encoding: BufferEncoding, [filePath, bytes, digest]: [string, number, string], at: number): SearchFile {
  const file = { path: filePath, digest } as SearchFile;
  Object.defineProperty(file, 'content', {
    enumerable: true,
    configurable: true,
    get() {
      let content: string;
      try {
        const fd = fs.openSync(entry, 'r');
        try {
          const read = readAt(fd, at, bytes);
          if (read.length !== bytes) throw new Error('cut short');
          content = read.toString(encoding);
        } finally {
          fs.closeSync(fd);
        }
      } catch (err) {
        throw new MinutebookError(`the search index's cache entry ${entry} went away or changed during the build (${(err as Error).message}); build again`);
      }
      Object.defineProperty(file, 'content', { value: content, enumerable: true, writable: true, configurable: true });
      return content;
    },
  });
  return file;
}

export function searchCache(dir: string): SearchCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), key);
  return {
    get(key) {
      try {
        const file = fileOf(key);
        const fd = fs.openSync(file, 'r');
        let files: SearchFile[];
        try {
          const head = headerOf(fd);
          if (!head) return undefined;
          const header = JSON.parse(head.header) as unknown;
          if (!validHeader(header)) return undefined;
          const [encoding, ...listed] = header;
          files = [];
          let at = head.end;
          for (const f of listed) {
            files.push(cachedFile(file, encoding, f, at));
            at += f[1];
          }
          // An entry cut short (or grown) is a miss, as a whole.
          if (at !== fs.fstatSync(fd).size) return undefined;
        } finally {
          fs.closeSync(fd);
        }
        // Used now: a later build that does not use it keeps it a day from here.
        const now = new Date();
        fs.utimesSync(file, now, now);
        return files;
      } catch {
        return undefined;
      }
    },
    set(key, files) {
      const file = fileOf(key);
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // The index's files are ASCII (base64, postings digits): read back as latin1, three times faster than UTF-8.
        const sizes = files.map((f) => Buffer.byteLength(f.content));
        const encoding = files.every((f, k) => sizes[k] === f.content.length) ? 'latin1' : 'utf8';
        const fd = fs.openSync(temp, 'w');
        try {
          // String by string: fs converts each outside the JavaScript heap (see readAt).
          fs.writeSync(fd, `${JSON.stringify([encoding, ...files.map((f, k) => [f.path, sizes[k], f.digest])])}\n`, null, 'utf8');
          for (const f of files) fs.writeSync(fd, f.content, null, encoding);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(temp, file);
      } catch {
        // A read-only or full disk costs speed, not the build.
        try {
          fs.rmSync(temp, { force: true });
        } catch {
          // nothing more to do
        }
      }
    },
    retain(keys) {
      const old = Date.now() - KEEP_UNUSED_MS;
      try {
        for (const sub of fs.readdirSync(dir)) {
          for (const name of fs.readdirSync(path.join(dir, sub))) {
            const file = path.join(dir, sub, name);
            if (keys.has(name)) continue;
            try {
              if (fs.statSync(file).mtimeMs < old) fs.rmSync(file, { force: true });
            } catch {
              // gone already
            }
          }
        }
      } catch {
        // no cache folder yet
      }
    },
  };
}
