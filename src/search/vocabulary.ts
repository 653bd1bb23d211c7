// Words as numbers: the build turns each word of a line into a term id as it
// finds it, so three million lines make no string per word and no Map
// look-up per word. Lines that are pure ASCII (most of them) are scanned one
// character code at a time and looked up in an open-addressing table by a
// hash of their lower-cased characters; a string is made only the first time
// a word is seen. Other lines, and those with a dotted number ("2.0"), go
// through words() (tokenize.ts), whose words these are by definition:
// test/search/vocabulary.test.ts checks the two agree. Stop words hold the first ids, so "is it a stop word" is id < STOPS.
import { MAX_WORD, STOP_WORDS, words } from './tokenize.js';

/** A growable list of term ids (or any int32). */
export interface IntList {
  items: Int32Array;
  length: number;
}

export function intList(capacity = 1024): IntList {
  return { items: new Int32Array(capacity), length: 0 };
}

export function push(list: IntList, value: number): void {
  if (list.length === list.items.length) {
    const bigger = new Int32Array(list.items.length * 2);
    bigger.set(list.items);
    list.items = bigger;
  }
  list.items[list.length++] = value;
}

/** Makes room for `more` values at once: one allocation instead of several doublings. */
export function reserve(list: IntList, more: number): void {
  if (list.length + more <= list.items.length) return;
  const bigger = new Int32Array(list.length + more);
  bigger.set(list.items.subarray(0, list.length));
  list.items = bigger;
}

export interface Vocabulary {
  /** Term by id. */
  readonly terms: string[];
  /** The id of a term, added if new. */
  id(term: string): number;
  /** Appends the ids of the text's indexed words (as words() gives them) to out; returns how many. */
  scan(text: string, out: IntList): number;
}

const STOPS = [...STOP_WORDS].sort();
const DOT = 46;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** ASCII letter or digit → its lower case; anything else → 0. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c < 58; c++) WORD_CHAR[c] = c;
for (let c = 97; c < 123; c++) WORD_CHAR[c] = WORD_CHAR[c - 32] = c;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a's low bits depend on the low bits of the characters only (carries
 * go up, never down), and the table's slot is the low bits: murmur3's
 * finalizer spreads every bit over all of them (without it, a million
 * words of digits and hex took seconds of probing).
 */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Slots of the table: [hash, id + 1 (0: empty), where the word's characters
 * start in the pool, its length (−1 for a word not all ASCII, which the
 * ASCII scan never looks for)]. One probe reads one slot, and a hit one run
 * of the pool: two cache misses, not four (slot, hash, string, characters).
 * The table is a plain array, in V8's heap: a typed array of its size would
 * be "external" memory, which sets off full garbage collections (postings.ts).
 */
const SLOT = 4;
/** Hashes kept to 30 bits: small integers in any V8, never boxed numbers. */
const HASH_BITS = 0x3fffffff;

export function vocabulary(): Vocabulary {
  const terms: string[] = [];
  let table: number[] = new Array<number>(SLOT << 17).fill(0);
  let mask = (1 << 17) - 1;
  let pool = new Uint8Array(1 << 20);
  let poolLength = 0;

  const insert = (term: string, hash: number, slot: number): number => {
    const id = terms.push(term) - 1;
    const at = slot * SLOT;
    table[at] = hash;
    table[at + 1] = id + 1;
    table[at + 2] = poolLength;
    table[at + 3] = -1;
    if (/^[\x00-\x7f]*$/.test(term)) {
      if (poolLength + term.length > pool.length) {
        const bigger = new Uint8Array(Math.max(pool.length * 2, poolLength + term.length));
        bigger.set(pool);
        pool = bigger;
      }
      for (let k = 0; k < term.length; k++) pool[poolLength + k] = term.charCodeAt(k);
      table[at + 3] = term.length;
      poolLength += term.length;
    }
    if (terms.length * 2 > mask + 1) grow();
    return id;
  };
  const grow = () => {
    const old = table;
    table = new Array<number>(old.length * 2).fill(0);
    mask = (mask << 1) | 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (table[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
      for (let k = 0; k < SLOT; k++) table[slot * SLOT + k] = old[at + k];
    }
  };

  const id = (term: string): number => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), FNV_PRIME);
    hash = mix(hash) & HASH_BITS;
    let slot = hash & mask;
    for (; table[slot * SLOT + 1] !== 0; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (table[at] === hash && terms[table[at + 1] - 1] === term) return table[at + 1] - 1;
    }
    return insert(term, hash, slot);
  };

  /** The id of text[from, from + length) lower-cased (ASCII letters and digits only), whose hash is given. */
  const asciiId = (text: string, from: number, length: number, hash: number): number => {
    let slot = hash & mask;
    for (; table[slot * SLOT + 1] !== 0; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (table[at] !== hash || table[at + 3] !== length) continue;
      const start = table[at + 2];
      let k = 0;
      while (k < length && pool[start + k] === WORD_CHAR[text.charCodeAt(from + k)]) k++;
      if (k === length) return table[at + 1] - 1;
    }
    return insert(text.slice(from, from + length).toLowerCase(), hash, slot);
  };

  const slowScan = (text: string, out: IntList): number => {
    let n = 0;
    for (const w of words(text)) {
      push(out, id(w));
      n++;
    }
    return n;
  };

  const scan = (text: string, out: IntList): number => {
    const before = out.length;
    const end = text.length;
    let i = 0;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (c >= 128) break;
      if (WORD_CHAR[c] === 0) {
        i++;
        continue;
      }
      const from = i;
      let hash = FNV_OFFSET;
      for (; i < end; i++) {
        c = text.charCodeAt(i);
        if (c >= 128 || WORD_CHAR[c] === 0) break;
        if (i - from < MAX_WORD) hash = Math.imul(hash ^ WORD_CHAR[c], FNV_PRIME);
      }
      // Not ASCII, or a digit, a dot and a digit ("2.0": one word, tokenize.ts DOTTED): words() reads the line.
      if (i < end && (c >= 128 || (c === DOT && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))) break;
      const length = i - from;
      if (length < 2) continue;
      const t = asciiId(text, from, length < MAX_WORD ? length : MAX_WORD, mix(hash) & HASH_BITS);
      if (t >= STOPS.length) push(out, t);
    }
    if (i < end) {
      // Not ASCII after all (words() folds accents and knows other scripts), or a dotted word.
      out.length = before;
      return slowScan(text, out);
    }
    return out.length - before;
  };

  for (const w of STOPS) id(w);
  return { terms, id, scan };
}
