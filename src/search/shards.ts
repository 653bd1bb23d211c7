// How a segment's dictionary is cut into files. Words are sorted and cut into
// runs of about SHARD_BYTES of JSON each ("t/SEGMENT/N.js"); the manifest
// lists the first word of every run, so the browser finds the one file of
// each segment that holds a word, or the few that hold every word starting
// with what the user is typing. A postings list longer than INLINE_CHARS is
// written to a file of its own ("p/SEGMENT/N.js") and the dictionary says
// where, and how long it is, so a prefix search can choose which of them to
// load. The JSON is written as bytes, straight from the postings: no string
// or array per word. Measured choices: see docs/search.md.
import { MAX_DIGITS, writeNumber } from './encode.js';
import { LEVELS, PERSON_PREFIX, type Inverted } from './postings.js';

export interface ShardOptions {
  shardBytes: number;
  inlineChars: number;
}
export const SHARD_DEFAULTS: ShardOptions = { shardBytes: 16_000, inlineChars: 1_500 };

/** A dictionary entry: [documents, postings] inline, or [documents, file number, characters] for a list of its own. */
export type Entry = [number, string] | [number, number, number];

export interface Layout {
  /** First word of each dictionary shard. */
  bounds: string[];
  /** Postings lists with a file of their own, by file number. */
  lists: string[];
}

const PERSON = PERSON_PREFIX.charCodeAt(0);

/** Lays the dictionary out in shards, handing each shard's JSON object ({"word": Entry, …}, UTF-8) to `shard` as it is done (the bytes are reused afterwards). */
export function layout(index: Inverted, words: readonly string[], options: ShardOptions, shard: (json: Uint8Array, n: number) => void): Layout {
  const { terms, start, values } = index;
  const result: Layout = { bounds: [], lists: [] };
  let out = Buffer.allocUnsafe(options.shardBytes * 2 + 4096);
  let at = 0;
  const room = (bytes: number) => {
    if (at + bytes <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + bytes));
    out.copy(bigger, 0, 0, at);
    out = bigger;
  };
  const close = () => {
    out[at++] = 125; // }
    shard(out.subarray(0, at), result.bounds.length - 1);
    at = 0;
  };

  for (let k = 0; k < terms.length; k++) {
    const word = words[terms[k]];
    const from = start[k];
    const to = start[k + 1];
    room(word.length * 6 + 32 + (to - from) * MAX_DIGITS);
    if (at === 0) {
      result.bounds.push(word);
      out[at++] = 123; // {
    } else out[at++] = 44; // ,
    at = writeKey(out, at, word);
    out[at++] = 58; // :
    out[at++] = 91; // [
    at = writeDecimal(out, at, to - from);
    out[at++] = 44;
    out[at++] = 34; // "
    const postingsAt = at;
    at = writePostings(out, at, values, from, to, word.charCodeAt(0) !== PERSON);
    if (at - postingsAt > options.inlineChars) {
      const chars = at - postingsAt;
      result.lists.push(out.toString('latin1', postingsAt, at));
      at = postingsAt - 1;
      at += out.write(`${result.lists.length - 1},${chars}]`, at, 'latin1');
    } else {
      out[at++] = 34;
      out[at++] = 93; // ]
    }
    if (at >= options.shardBytes) close();
  }
  if (at > 0) close();
  return result;
}

/** "word" as JSON: copied byte by byte when it is plain ASCII (most words), else as JSON.stringify writes it. */
function writeKey(out: Buffer, at: number, word: string): number {
  out[at] = 34;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return at + out.write(JSON.stringify(word), at, 'utf8');
    out[at + 1 + i] = c;
  }
  out[at + 1 + word.length] = 34;
  return at + word.length + 2;
}

function writeDecimal(out: Uint8Array, at: number, n: number): number {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let k = at + digits - 1; k >= at; k--) {
    out[k] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
  return at + digits;
}

/** The postings as text (encode.ts digits): each document as (gap − 1) × 4 + level, or gap − 1 alone for people. */
function writePostings(out: Uint8Array, at: number, values: Int32Array, from: number, to: number, withLevels: boolean): number {
  let previous = -1;
  for (let i = from; i < to; i++) {
    const doc = (values[i] / LEVELS) | 0;
    const gap = doc - previous - 1;
    at = writeNumber(out, at, withLevels ? gap * LEVELS + (values[i] & (LEVELS - 1)) : gap);
    previous = doc;
  }
  return at;
}

