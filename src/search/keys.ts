// What each cached part of the search index depends on, as a hash: an
// unchanged part is taken from the cache instead of being built again, and a
// part whose inputs changed in any way gets a key never seen before. Keys
// cover the meetings' text (every line and item, with its line number,
// nick, and whether it is a join, part, quit or nick line), who each nick
// is, how the meeting is named and linked, and the code that builds the
// files (this folder's own source, the zlib that deflates, the options).
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LineKind, Meeting } from '../types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STATUS_LINES: ReadonlySet<LineKind> = new Set(['join', 'part', 'quit', 'nick']);
let code: string | undefined;

/** A hash of the code that writes the index (src/search or dist/search) and of the zlib that deflates it. */
export function codeFingerprint(): string {
  if (code) return code;
  const hash = createHash('sha256').update(`zlib ${process.versions.zlib}\0`);
  for (const f of fs.readdirSync(HERE).sort()) if (/\.(js|ts)$/.test(f)) hash.update(`${f}\0`).update(fs.readFileSync(path.join(HERE, f)));
  return (code = hash.digest('hex').slice(0, 16));
}

export interface MeetingKey {
  /** A hash of the lines and items the index reads. */
  content: string;
  /** Every nick on a line or item, once, in order of appearance. */
  nicks: string[];
}

/** The numbers of every meeting go through this one array (a new one each would be memory V8 counts, see cache.ts). */
let frames = new Int32Array(4096);

/** One pass over the meeting: its text goes in one string, the numbers that frame it in another array, both hashed. */
export function meetingKey(m: Meeting): MeetingKey {
  const size = 2 + 4 * (m.lines.length + m.items.length);
  if (frames.length < size) frames = new Int32Array(Math.max(size, frames.length * 2));
  const frame = frames;
  frame[0] = m.lines.length;
  frame[1] = m.items.length;
  let k = 2;
  let text = '';
  const nicks = new Set<string>();
  for (const l of m.lines) {
    frame[k++] = l.line;
    frame[k++] = STATUS_LINES.has(l.kind) ? 1 : 0;
    frame[k++] = l.text.length;
    frame[k++] = l.nick === null ? -1 : l.nick.length;
    text += l.text;
    if (l.nick !== null) {
      text += l.nick;
      nicks.add(l.nick);
    }
  }
  for (const i of m.items) {
    frame[k++] = i.line;
    frame[k++] = i.kind.length;
    frame[k++] = i.text.length;
    frame[k++] = i.nick === null ? -1 : i.nick.length;
    text += i.kind + i.text;
    if (i.nick !== null) {
      text += i.nick;
      nicks.add(i.nick);
    }
  }
  const content = createHash('sha256').update(new Uint8Array(frame.buffer, 0, size * 4)).update(text).digest('hex');
  return { content, nicks: [...nicks] };
}

/** Every nick on a meeting's lines and items, once, in order of appearance: meetingKey()'s `nicks`. */
export function nicksOf(m: Meeting): string[] {
  const nicks = new Set<string>();
  for (const l of m.lines) if (l.nick !== null) nicks.add(l.nick);
  for (const i of m.items) if (i.nick !== null) nicks.add(i.nick);
  return [...nicks];
}

/** A hash of a list of parts, each written with its length so no two lists run together alike. */
export function keyOf(parts: readonly (string | number)[]): string {
  const hash: Hash = createHash('sha256');
  for (const p of parts) {
    const s = String(p);
    hash.update(`${s.length}:${s}`);
  }
  return hash.digest('hex');
}
