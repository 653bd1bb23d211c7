// The files of the search index, as build.ts writes them under site/search/.
// Each is a script that hands its data to one global function,
// minutebookSearch(name, data[, 1]), so the browser loads them with <script>
// elements, from file:// too, where fetch() is refused. A third argument 1
// says the data is JSON deflated and in base64 (the browser inflates it with
// DecompressionStream): text and sorted words halve or better that way.
//   manifest.js         segments and their dictionary bounds, series, people,
//                       and per meeting its series, start and how many
//                       documents of each kind it has (manifest.ts), deflated
//   t/SEGMENT/N.js      a run of a segment's sorted dictionary: word →
//                       postings (shards.ts), deflated
//   p/SEGMENT/N.js      one long postings list
//   d/SERIES/STAMP.js   a meeting's documents: line, nick, text, for the hits
//                       shown, deflated (text is most of the index's bytes)
// Segments (segments.ts) are built one by one, each from its own meetings, so
// with a cache only the segments and months whose meetings changed are built
// again; the rest come from the cache as they were. Pure and deterministic:
// the same meetings give the same bytes, cache or none.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Meeting } from '../types.js';
import type { SiteModel } from '../site/site-view.js';
import type { SearchCache } from './cache.js';
import { readMeeting } from './docs.js';
import { codeFingerprint, keyOf, meetingKey, type MeetingKey } from './keys.js';
import { manifest, SEARCH_FORMAT, type SegmentSummary } from './manifest.js';
import { invert, invertScratch } from './postings.js';
import { place, type Placed, type Run } from './segments.js';
import { layout, SHARD_DEFAULTS, type ShardOptions } from './shards.js';
import { reserve, vocabulary } from './vocabulary.js';
import { asciiJson, docStream, documentFile, documentParts, emptied, indexParts, peopleOf, stopwatch } from './parts.js';
import { dictionaryOrder, extendOrder } from './order.js';
import { runPausing, runSteps } from '../steps.js';

export const SEARCH_DIR = 'search';
export { SEARCH_FORMAT } from './manifest.js';

export interface SearchFile {
  /** Relative to the site root. */
  path: string;
  content: string;
  /** contentDigest(content): the file's signature in the build's manifest, known without reading a cached file's content. */
  digest: string;
}

/** A hash of a file's content. */
export const contentDigest = (content: string): string => createHash('sha1').update(content).digest('base64url');

/** A file of the index (or one of the cache's own entries) with its digest. */
export const searchFile = (path: string, content: string): SearchFile => ({ path, content, digest: contentDigest(content) });

export type SearchSite = Pick<SiteModel, 'meetings' | 'series' | 'people'>;
export type { SearchCache } from './cache.js';

export interface SearchOptions extends Partial<ShardOptions> {
  /** Parts of the index built before, by key (cache.ts). */
  cache?: SearchCache;
  /**
   * What a meeting's lines and items are made from, as a string that changes
   * whenever they could (its log's parse key and its place in the log). With
   * it, meetings are not hashed line by line, and only the meetings of the
   * parts built again need their lines: `loadLines` is called with those
   * first (it may read them back in; without it they must be there).
   */
  fingerprint?: (m: Meeting) => string;
  loadLines?: (meetings: Meeting[]) => void;
  /**
   * Lets lines loaded by `loadLines` go again. With both, the index holds
   * the lines of one run of meetings at a time (a year at most), not every
   * meeting's: at 10,000 meetings that is a gigabyte less.
   */
  dropLines?: (meetings: Meeting[]) => void;
  /**
   * With `fingerprint`: a meeting's nicks (keys.ts nicksOf) when they are
   * known without its lines, so its lines are not loaded only to list them.
   */
  nicks?: (m: Meeting) => string[] | undefined;
  /** How many lines a meeting has, loaded or not (default: its lines' length). */
  lineCount?: (m: Meeting) => number;
  /** n more meetings indexed (each once: read now, or its part of the index from the cache). */
  tick?: (n: number) => void;
  /** Seconds spent in each stage are added here (for bench/search-build.js). */
  timings?: Record<string, number>;
}

/**
 * zlib levels (docs/search.md): the dictionary at 5, which gives the bytes
 * of 6 (±0.2 %) in four fifths of the time; documents, two thirds of the
 * bytes and of the deflating, at 2: half the time of 6 for 3.5 % more bytes
 * (a query loads 10 of them).
 */
const DICTIONARY_LEVEL = 5;
const DOCUMENT_LEVEL = 2;
/** A cached segment's first entry: what the manifest needs of it (not a file of the site). */
const SUMMARY = '#summary';
/** A cached month's first entry: each meeting's nicks, for the keys of segments (not a file of the site). */
const NICKS = '#nicks';
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Meetings whose lines are loaded at once to hash them. */
const KEY_RUN = 500;

export function searchIndexFiles(meetings: readonly Meeting[], site: SearchSite, options: SearchOptions = {}): SearchFile[] {
  return runSteps(indexSteps(meetings, site, options));
}

/**
 * The same files, built with a pause now and then (`pause()` returns a
 * promise when it is time for one: progress.ts breather), so the event loop
 * runs while the index is built (a Ctrl-C is seen; half a minute at 10,000
 * meetings otherwise).
 */
export function searchIndexFilesPausing(meetings: readonly Meeting[], site: SearchSite, options: SearchOptions, pause: () => Promise<void> | null): Promise<SearchFile[]> {
  return runPausing(indexSteps(meetings, site, options), pause);
}

/** The index's files, a step (a meeting read, a segment done) at a time. */
function* indexSteps(meetings: readonly Meeting[], site: SearchSite, options: SearchOptions): Generator<void, SearchFile[], void> {
  const shape: ShardOptions = { shardBytes: options.shardBytes ?? SHARD_DEFAULTS.shardBytes, inlineChars: options.inlineChars ?? SHARD_DEFAULTS.inlineChars };
  const cache = options.cache;
  const lap = stopwatch(options.timings);
  const { ordered, segments, months } = place(meetings);
  lap('other');
  const people = peopleOf(site);
  const personOf = ordered.map((p) => people.personOf(p.meeting));
  const code = codeFingerprint();
  // A meeting's content: its fingerprint, or a hash of its lines and items (keys.ts); its nicks come with the hash, or
  // from the cache (each month's entry lists them), or from its lines.
  const fingerprint = options.fingerprint;
  const keys: (MeetingKey | null)[] = ordered.map((p) => (fingerprint ? null : meetingKey(p.meeting)));
  const content = ordered.map((p, k) => (fingerprint ? `fingerprint ${fingerprint(p.meeting)}` : keys[k]!.content));
  // Lines asked for and not let go since: each meeting's are asked for once, unless `dropLines` lets them go.
  const loaded = new Set<Meeting>();
  const load = (some: Meeting[]) => {
    const wanted = some.filter((m) => !loaded.has(m));
    if (wanted.length && options.loadLines) {
      options.loadLines(wanted);
      for (const m of wanted) loaded.add(m);
    }
    return wanted;
  };
  const drop = (some: Meeting[]) => {
    if (!options.dropLines || !some.length) return;
    options.dropLines(some);
    for (const m of some) loaded.delete(m);
  };
  const withLines = (from: Placed[]) => {
    if (fingerprint && options.nicks) {
      for (const p of from) {
        const nicks = keys[p.index] ? undefined : options.nicks(p.meeting);
        if (nicks) keys[p.index] = { content: content[p.index], nicks };
      }
    }
    const wanted = from.filter((p) => !keys[p.index]);
    for (let k = 0; k < wanted.length; k += KEY_RUN) {
      const run = wanted.slice(k, k + KEY_RUN);
      const got = load(run.map((p) => p.meeting));
      for (const p of run) keys[p.index] = meetingKey(p.meeting);
      drop(got);
    }
  };
  const lineCount = options.lineCount ?? ((m: Meeting) => m.lines.length);
  lap('hash meetings');

  const runOf = (run: Run) => ordered.slice(run.from, run.to);
  const monthKeys = months.map((run) => keyOf([code, SEARCH_FORMAT, 'documents', run.name, ...runOf(run).flatMap((p) => documentParts(p, content[p.index], people))]));
  lap('keys');
  const monthFiles = monthKeys.map((key) => cache?.get(key) ?? null);
  const listed = months.map((run, k) => nicksOf(monthFiles[k], run.to - run.from));
  listed.forEach((nicks, k) => (monthFiles[k] = nicks ? monthFiles[k] : null));
  lap('cache read');
  withLines(months.flatMap((run, k) => (monthFiles[k] ? [] : runOf(run))));
  months.forEach((run, k) => runOf(run).forEach((p, j) => (keys[p.index] ??= { content: content[p.index], nicks: listed[k]![j] })));
  lap('hash meetings');
  const segmentKeys = segments.map((run) =>
    keyOf([code, SEARCH_FORMAT, 'index', shape.shardBytes, shape.inlineChars, run.name, ...runOf(run).flatMap((p) => indexParts(p, content[p.index], keys[p.index]!.nicks, personOf[p.index]))]),
  );
  lap('keys');
  const segmentFiles = segmentKeys.map((key) => {
    const entry = cache?.get(key);
    return entry?.[0]?.path === SUMMARY ? entry : null;
  });
  lap('cache read');
  withLines(segments.flatMap((run, s) => (segmentFiles[s] ? [] : runOf(run))));
  lap('hash meetings');

  // Segment by segment: read the meetings of every segment and month the cache did not have (word ids for the
  // segment, document files for the month), then build the segment's dictionary and postings.
  const vocab = vocabulary();
  const order = dictionaryOrder();
  const scratch = invertScratch();
  const stream = docStream();
  // Room for the largest segment to build, at once: about 6 words a line, so 7. One allocation each, not a run of
  // doublings, which would count against V8's limit on memory outside its heap (see postings.ts).
  const lines = Math.max(0, ...segments.map((seg, s) => (segmentFiles[s] ? 0 : ordered.slice(seg.from, seg.to).reduce((n, p) => n + lineCount(p.meeting), 0))));
  reserve(stream.ids, 7 * lines);
  reserve(stream.ends, lines);
  reserve(stream.persons, lines);
  const monthOf = months.flatMap((run, k) => Array<number>(run.to - run.from).fill(k));
  const newMonths = months.map((run, k) => (monthFiles[k] ? null : [searchFile(NICKS, asciiJson(runOf(run).map((p) => keys[p.index]!.nicks)))]));
  const files: SearchFile[] = [];
  const summaries: SegmentSummary[] = [];
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    let entry = segmentFiles[s];
    const counts: number[] = [];
    emptied(stream);
    lap('other');
    const toRead: Meeting[] = [];
    for (let i = seg.from; i < seg.to; i++) if (!entry || newMonths[monthOf[i]]) toRead.push(ordered[i].meeting);
    const got = load(toRead);
    lap('load lines');
    // The meetings not read again: their part of the index is the cached one.
    const fromCache = seg.to - seg.from - toRead.length;
    if (fromCache) options.tick?.(fromCache);
    for (let i = seg.from; i < seg.to; i++) {
      const documents = newMonths[monthOf[i]];
      if (entry && !documents) continue;
      const p = ordered[i];
      const read = readMeeting(p.meeting, vocab, entry ? emptied(stream) : stream, personOf[i]);
      counts.push(...read.counts);
      documents?.push(scriptFile(p.file, documentFile(p, read, people.pageOf.get(p.meeting.id)), DOCUMENT_LEVEL));
      options.tick?.(1);
      yield;
    }
    drop(got);
    lap('read meetings, document files');
    if (!entry) {
      extendOrder(order, vocab);
      const own: SearchFile[] = [];
      const dictionary = layout(invert(stream, order, scratch), vocab.terms, shape, (json, n) => own.push(scriptFile(`t/${seg.name}/${n}`, json, DICTIONARY_LEVEL)));
      dictionary.lists.forEach((list, n) => own.push(scriptFile(`p/${seg.name}/${n}`, list)));
      const summary = { docs: stream.ends.length, bounds: dictionary.bounds, counts };
      entry = [searchFile(SUMMARY, asciiJson(summary)), ...own];
      lap('dictionary, postings');
      cache?.set(segmentKeys[s], entry);
      lap('cache write');
    }
    summaries.push({ name: seg.name, ...(JSON.parse(entry[0].content) as Omit<SegmentSummary, 'name'>) });
    files.push(...entry.slice(1));
    yield;
  }
  lap('other');
  newMonths.forEach((documents, k) => {
    if (!documents) return;
    monthFiles[k] = documents;
    cache?.set(monthKeys[k], documents);
  });
  lap('cache write');
  for (const documents of monthFiles) files.push(...documents!.slice(1));
  files.push(scriptFile('manifest', manifest(ordered, summaries, site), DICTIONARY_LEVEL));
  lap('manifest');
  cache?.retain?.(new Set([...monthKeys, ...segmentKeys]));
  lap('cache write');
  files.sort((a, b) => compare(a.path, b.path));
  lap('other');
  return files;
}

/** The nicks a cached month's entry lists, one list per meeting; null if the entry is not one. */
function nicksOf(entry: SearchFile[] | null, meetings: number): string[][] | null {
  if (entry?.[0]?.path !== NICKS) return null;
  try {
    const nicks = JSON.parse(entry[0].content) as unknown;
    return Array.isArray(nicks) && nicks.length === meetings && nicks.every((n) => Array.isArray(n)) ? (nicks as string[][]) : null;
  } catch {
    return null;
  }
}

/**
 * name → "search/NAME.js" calling minutebookSearch(name, data), or with a
 * zlib level, minutebookSearch(name, "base64", 1): the JSON raw-deflated
 * (the same bytes for the same input and zlib). Data is a value to write as
 * JSON, or JSON already written as UTF-8 bytes. Log text stays inside a JSON
 * string either way: it cannot end the call or run, whatever the log says.
 */
export function scriptFile(name: string, data: unknown, level?: number): SearchFile {
  const json = data instanceof Uint8Array ? data : JSON.stringify(data);
  const argument =
    level !== undefined
      ? `"${deflateRawSync(typeof json === 'string' ? utf8(json) : json, { level }).toString('base64')}",1`
      : (typeof json === 'string' ? json : Buffer.from(json).toString('utf8')).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
  return searchFile(`${SEARCH_DIR}/${name}.js`, `minutebookSearch(${JSON.stringify(name)},${argument});\n`);
}

/** The text's UTF-8 bytes in a buffer every call reuses (zlib would make a new one each time: memory V8 counts, see cache.ts). */
let bytes = Buffer.allocUnsafe(1 << 16);
function utf8(text: string): Buffer {
  if (bytes.length < text.length * 3) bytes = Buffer.allocUnsafe(Math.max(text.length * 3, bytes.length * 2));
  return bytes.subarray(0, bytes.write(text, 0, 'utf8'));
}
