// The inverted index: for each word, the documents that hold it, each with
// an "impact" level: its BM25 term weight (term frequency against document
// length) rounded to one of 4 levels. The browser scores a document as the
// sum over query words of idf × weight, times a boost for its kind (which it
// reads off the document's number), with no per-document data to load.
// Document numbers are global and ascending, written as gaps (encode.ts).
// 4 levels, not 8: each bit of level costs ~7% of the postings, and the
// ranking tests cannot tell 8 from 4 (docs/search.md).
import { numberWriter, type NumberWriter } from './encode.js';

const K1 = 1.2;
const B = 0.75;
export const LEVELS = 4;

/** Person filter keys live in the same dictionary as words, behind a character no word has. */
export const PERSON_PREFIX = '~';

/** The weight a level stands for: 2^((level − 2) / 2), from 0.5 to 1.41. The browser has the same formula. */
export const levelWeight = (level: number): number => 2 ** ((level - 2) / 2);

export function impactLevel(tf: number, length: number, averageLength: number): number {
  const w = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
  return Math.min(LEVELS - 1, Math.max(0, Math.round(Math.log2(w) * 2) + 2));
}

export interface IndexedDoc {
  words: readonly string[];
  /** The person key of who said it, or null (bots, unknown nicks). */
  person: string | null;
}

/**
 * Word → document numbers packed with their level (doc × LEVELS + level),
 * ascending. Built as one flat run of (word, value) pairs then grouped by a
 * counting sort: a few typed arrays instead of a growing array per word (at
 * 3 million lines, that was most of the build's time, in the garbage collector).
 */
export function invert(docs: readonly IndexedDoc[]): Map<string, Int32Array> {
  let total = 0;
  for (const d of docs) total += d.words.length;
  const averageLength = docs.length ? total / docs.length : 1;
  const ids = new Map<string, number>();
  const terms: string[] = [];
  let termOf: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  let valueOf: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
  let n = 0;
  const add = (term: string, value: number) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = terms.push(term) - 1));
    if (n === termOf.length) {
      termOf = grow(termOf);
      valueOf = grow(valueOf);
    }
    termOf[n] = id;
    valueOf[n++] = value;
  };
  const tf = new Map<string, number>();
  docs.forEach((d, doc) => {
    tf.clear();
    for (const w of d.words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, count] of tf) add(w, doc * LEVELS + impactLevel(count, d.words.length, averageLength));
    if (d.person !== null) add(PERSON_PREFIX + d.person, doc * LEVELS);
  });
  const start = new Int32Array(terms.length + 1);
  for (let i = 0; i < n; i++) start[termOf[i] + 1]++;
  for (let t = 0; t < terms.length; t++) start[t + 1] += start[t];
  const next = start.slice(0, terms.length);
  const values = new Int32Array(n);
  for (let i = 0; i < n; i++) values[next[termOf[i]]++] = valueOf[i];
  const index = new Map<string, Int32Array>();
  terms.forEach((term, t) => index.set(term, values.subarray(start[t], start[t + 1])));
  return index;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/**
 * A postings list as text: each document as (gap − 1) × 4 + level, the gap
 * counted from the one before (from −1 for the first). Person lists carry no
 * level, so they are written as gap − 1 alone.
 */
export function encodePostings(packed: ArrayLike<number>, withLevels: boolean, out: NumberWriter = numberWriter()): string {
  let previous = -1;
  for (let i = 0; i < packed.length; i++) {
    const doc = Math.floor(packed[i] / LEVELS);
    const gap = doc - previous - 1;
    out.write(withLevels ? gap * LEVELS + (packed[i] % LEVELS) : gap);
    previous = doc;
  }
  return out.take();
}
