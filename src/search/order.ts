// The dictionary's order (words sorted by their UTF-16 code units, as
// JavaScript compares strings) for term ids, kept up to date as the
// vocabulary grows segment by segment: each segment's new words are sorted
// and merged in, so every word is sorted once, and no segment waits for the
// words of all the others (or keeps its word ids in memory meanwhile).
import type { Vocabulary } from './vocabulary.js';

export interface DictionaryOrder {
  /** rank[id]: the term's place among all the terms sorted so far; byRank is the other way. */
  rank: Int32Array;
  byRank: Int32Array;
  /** Terms [0, size) are in the order. */
  size: number;
}

export function dictionaryOrder(): DictionaryOrder {
  return { rank: new Int32Array(0), byRank: new Int32Array(0), size: 0 };
}

/** Brings the order up to date with every term of the vocabulary. */
export function extendOrder(order: DictionaryOrder, vocabulary: Vocabulary): void {
  const { terms } = vocabulary;
  if (order.size === terms.length) return;
  // Sorting the words themselves (no comparator) is several times faster than sorting ids by their words.
  const added = Int32Array.from(terms.slice(order.size).sort(), (w) => vocabulary.id(w));
  const old = order.byRank;
  const rank = new Int32Array(terms.length);
  const byRank = new Int32Array(terms.length);
  let i = 0;
  let j = 0;
  for (let r = 0; r < terms.length; r++) {
    const id = j >= added.length || (i < old.length && terms[old[i]] < terms[added[j]]) ? old[i++] : added[j++];
    rank[id] = r;
    byRank[r] = id;
  }
  order.rank = rank;
  order.byRank = byRank;
  order.size = terms.length;
}
