// The inverted index of one segment: for each word, the documents that hold
// it, each with an "impact" level: its BM25 term weight (term frequency
// against document length) rounded to one of 4 levels. The browser scores a
// document as the sum over query words of idf × weight, times a boost for its
// kind (which it reads off the document's number), with no per-document data
// to load. Document numbers count from 0 in each segment, so a segment's
// postings depend on its own meetings only (the average document length too).
// 4 levels, not 8: each bit of level costs ~7% of the postings, and the
// ranking tests cannot tell 8 from 4 (docs/search.md).
// Typed arrays throughout: at 3 million lines, a Map per document and an
// object or array per posting were most of the build's time, in the garbage
// collector.
import type { DocStream } from './docs.js';
import type { DictionaryOrder } from './order.js';

const K1 = 1.2;
const B = 0.75;
export const LEVELS = 4;

export { PERSON_PREFIX } from './docs.js';

/** The weight a level stands for: 2^((level − 2) / 2), from 0.5 to 1.41. The browser has the same formula. */
export const levelWeight = (level: number): number => 2 ** ((level - 2) / 2);

export function impactLevel(tf: number, length: number, averageLength: number): number {
  const w = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
  return Math.min(LEVELS - 1, Math.max(0, Math.round(Math.log2(w) * 2) + 2));
}

export interface Inverted {
  /** Term ids, in dictionary order (by rank). */
  terms: Int32Array;
  /** The postings of terms[k] are values[start[k], start[k + 1]): document × LEVELS + level, ascending. */
  start: Int32Array;
  values: Int32Array;
}

/**
 * Work arrays, reused by every segment of a build: by term id (none needs
 * clearing between segments), and the postings. Allocated once and grown
 * rarely: a typed array's memory is "external" to V8, and every 64 MB of it
 * allocated (even if dropped at once) starts a full garbage collection, over
 * the whole heap of the build (about a second at 10,000 meetings).
 */
export interface InvertScratch {
  seen: Int32Array;
  tf: Int32Array;
  /** Per term: its postings, then (while placing them) its next free place in values; 0 between segments. */
  count: Int32Array;
  /** Increases with every document of every segment: seen[t] === stamp means "seen in this document". */
  stamp: number;
  values: Int32Array;
}

export function invertScratch(): InvertScratch {
  const none = new Int32Array(0);
  return { seen: none, tf: none, count: none, stamp: 0, values: none };
}

function ensure(scratch: InvertScratch, terms: number, postings: number): void {
  if (scratch.seen.length < terms) {
    const size = Math.max(terms, scratch.seen.length * 2);
    const seen = new Int32Array(size).fill(-1);
    seen.set(scratch.seen);
    Object.assign(scratch, { seen, count: new Int32Array(size), tf: new Int32Array(size) });
  }
  if (scratch.values.length < postings) scratch.values = new Int32Array(Math.max(postings, scratch.values.length * 2));
}

/**
 * Word ids → postings, terms in the dictionary's order (order.ts). Two
 * passes over the documents: the first counts each term's documents, so the
 * second can put every posting straight in its place (documents ascending
 * within each term): no array of (term, document) pairs. The result's values
 * are the scratch's: good until the next call.
 */
export function invert(stream: DocStream, order: DictionaryOrder, scratch: InvertScratch): Inverted {
  const docs = stream.ends.length;
  const ids = stream.ids.items;
  const ends = stream.ends.items;
  const persons = stream.persons.items;
  ensure(scratch, order.size, 0);
  const { seen, tf, count } = scratch;

  const used: number[] = [];
  let total = 0;
  for (let d = 0, from = 0; d < docs; from = ends[d++]) {
    const stamp = ++scratch.stamp;
    for (let i = from; i < ends[d]; i++) {
      const t = ids[i];
      if (seen[t] === stamp) continue;
      seen[t] = stamp;
      if (count[t]++ === 0) used.push(t);
      total++;
    }
    if (persons[d] >= 0 && count[persons[d]]++ === 0) used.push(persons[d]);
    if (persons[d] >= 0) total++;
  }
  const terms = Int32Array.from(used, (t) => order.rank[t])
    .sort()
    .map((r) => order.byRank[r]);
  const start = new Int32Array(terms.length + 1);
  let at = 0;
  terms.forEach((t, k) => {
    start[k] = at;
    at += count[t];
    count[t] = start[k];
  });
  start[terms.length] = at;

  // As large as the stream can hold (a document's postings are at most its words, and its person), so the next segment fits too.
  ensure(scratch, order.size, Math.max(total, stream.ids.items.length + stream.ends.items.length));
  const values = scratch.values;
  const averageLength = docs ? stream.ids.length / docs : 1;
  let distinct = new Int32Array(256);
  for (let d = 0, from = 0; d < docs; from = ends[d++]) {
    const to = ends[d];
    const stamp = ++scratch.stamp;
    if (to - from > distinct.length) distinct = new Int32Array(to - from);
    let k = 0;
    for (let i = from; i < to; i++) {
      const t = ids[i];
      if (seen[t] !== stamp) {
        seen[t] = stamp;
        tf[t] = 1;
        distinct[k++] = t;
      } else tf[t]++;
    }
    // Most words are once in their line: one level for all of them.
    const once = d * LEVELS + impactLevel(1, to - from, averageLength);
    for (let j = 0; j < k; j++) {
      const t = distinct[j];
      values[count[t]++] = tf[t] === 1 ? once : d * LEVELS + impactLevel(tf[t], to - from, averageLength);
    }
    if (persons[d] >= 0) values[count[persons[d]]++] = d * LEVELS;
  }
  for (const t of terms) count[t] = 0;
  return { terms, start, values };
}
