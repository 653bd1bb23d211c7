// The search index's cache: each part of the index (a segment's dictionary
// and postings, a month's document files) stored under the hash of
// everything it depends on (keys.ts), so an unchanged part costs one file
// read instead of tokenizing, inverting and deflating. One file per key
// under dir; written aside and renamed, so a reader never sees half an
// entry; any failure to read is a miss and any failure to write is ignored:
// the cache may be deleted at any time, and a build without one gives the
// same bytes.
// An entry's file: one line of JSON, [encoding, [path, length], …], then the
// files' contents end to end (lengths in UTF-16 code units, as JavaScript
// counts), in latin1 when they are all ASCII, else UTF-8.
import fs from 'node:fs';
import path from 'node:path';
import type { SearchFile } from './index-files.js';

export interface SearchCache {
  get(key: string): SearchFile[] | undefined;
  set(key: string, files: SearchFile[]): void;
  /** Forget entries this build did not use (optional; the file cache keeps them a day, for other sites built with it). */
  retain?(keys: ReadonlySet<string>): void;
}

/** Entries unused for this long may go when a build that did not use them ends. */
const KEEP_UNUSED_MS = 24 * 3600 * 1000;

/**
 * A file's bytes, read into one buffer that every read reuses. A fresh
 * Buffer per entry (readFileSync) is memory outside V8's heap that V8 counts:
 * 165 MB of entries read at 10,000 meetings set off four full garbage
 * collections of the build's whole heap, a second each.
 */
let shared = Buffer.allocUnsafe(0);
function readInto(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (shared.length < size) shared = Buffer.allocUnsafe(Math.max(size, shared.length * 2));
    let at = 0;
    while (at < size) {
      const n = fs.readSync(fd, shared, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return shared.subarray(0, at);
  } finally {
    fs.closeSync(fd);
  }
}

export function searchCache(dir: string): SearchCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), key);
  return {
    get(key) {
      try {
        const file = fileOf(key);
        const bytes = readInto(file);
        const headerEnd = bytes.indexOf(10);
        const [encoding, ...header] = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as [BufferEncoding, ...[string, number][]];
        const files: SearchFile[] = [];
        if (encoding === 'latin1') {
          // File by file: Node makes a string of over a megabyte "external", which V8 counts like the buffers (readInto).
          let at = headerEnd + 1;
          for (const [p, length] of header) {
            files.push({ path: p, content: bytes.toString('latin1', at, at + length) });
            at += length;
          }
          if (at !== bytes.length) return undefined;
        } else if (encoding === 'utf8') {
          const text = bytes.toString('utf8', headerEnd + 1);
          let at = 0;
          for (const [p, length] of header) {
            files.push({ path: p, content: text.slice(at, at + length) });
            at += length;
          }
          if (at !== text.length) return undefined;
        } else return undefined;
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
        const encoding = files.every((f) => Buffer.byteLength(f.content) === f.content.length) ? 'latin1' : 'utf8';
        const fd = fs.openSync(temp, 'w');
        try {
          // String by string: fs converts each outside the JavaScript heap (see readInto).
          fs.writeSync(fd, `${JSON.stringify([encoding, ...files.map((f) => [f.path, f.content.length])])}\n`, null, 'utf8');
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
