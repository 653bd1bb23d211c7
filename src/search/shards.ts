// How the dictionary is cut into files. Words are sorted and cut into runs of
// about SHARD_BYTES each ("t/N.js"); the manifest lists the first word of
// every run, so the browser finds the one file that holds a word, or the few
// that hold every word starting with what the user is typing. A postings list
// longer than INLINE_CHARS is written to a file of its own ("p/N.js") and the
// dictionary says where, and how long it is, so a prefix search can choose
// which of them to load. Measured choices: see docs/search.md.
import { numberWriter } from './encode.js';
import { encodePostings, PERSON_PREFIX } from './postings.js';

export interface ShardOptions {
  shardBytes: number;
  inlineChars: number;
}
export const SHARD_DEFAULTS: ShardOptions = { shardBytes: 24_000, inlineChars: 1_500 };

/** A dictionary entry: [documents, postings] inline, or [documents, file number, characters] for a list of its own. */
export type Entry = [number, string] | [number, number, number];

export interface Layout {
  /** First word of each dictionary shard. */
  bounds: string[];
  shards: Record<string, Entry>[];
  /** Postings lists with a file of their own, by file number. */
  lists: string[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function layout(index: Map<string, ArrayLike<number>>, options: ShardOptions = SHARD_DEFAULTS): Layout {
  const terms = [...index.keys()].sort(compare);
  const result: Layout = { bounds: [], shards: [], lists: [] };
  let shard: Record<string, Entry> | null = null;
  let bytes = 0;
  const writer = numberWriter();
  for (const term of terms) {
    const packed = index.get(term)!;
    const postings = encodePostings(packed, !term.startsWith(PERSON_PREFIX), writer);
    let entry: Entry;
    if (postings.length > options.inlineChars) {
      entry = [packed.length, result.lists.length, postings.length];
      result.lists.push(postings);
    } else entry = [packed.length, postings];
    const size = term.length + 16 + (typeof entry[1] === 'string' ? postings.length : 12);
    if (!shard || bytes + size > options.shardBytes) {
      shard = Object.create(null) as Record<string, Entry>;
      bytes = 0;
      result.shards.push(shard);
      result.bounds.push(term);
    }
    shard[term] = entry;
    bytes += size;
  }
  return result;
}
