// The files of the search index, as build.ts writes them under site/search/.
// Each is a script that hands its data to one global function,
// minutebookSearch(name, data[, 1]), so the browser loads them with <script>
// elements, from file:// too, where fetch() is refused. A third argument 1
// says the data is JSON deflated and in base64 (the browser inflates it with
// DecompressionStream): text and sorted words halve or better that way.
//   manifest.js   dictionary bounds, series, people, and per meeting its day
//                 and how many documents of each kind it has (encode.ts)
//   t/N.js        a run of the sorted dictionary: word → postings (shards.ts),
//                 deflated
//   p/N.js        one long postings list
//   d/N.js        meeting N's documents: line, nick, text, for the hits
//                 shown, deflated (text is most of the index's bytes)
// Meetings go by series, then start, so a series is one run of document
// numbers. Pure and deterministic: the same meetings give the same bytes.
import { deflateRawSync } from 'node:zlib';
import type { Meeting } from '../types.js';
import type { SiteModel } from '../site/site-view.js';
import { countKinds, meetingDocs, type SearchDoc } from './docs.js';
import { encodeNumbers } from './encode.js';
import { invert, type IndexedDoc } from './postings.js';
import { layout, SHARD_DEFAULTS, type ShardOptions } from './shards.js';

export const SEARCH_DIR = 'search';
/** Bumped when the files change shape; the browser checks it. */
export const SEARCH_FORMAT = 1;

export interface SearchFile {
  /** Relative to the site root. */
  path: string;
  content: string;
}

export type SearchSite = Pick<SiteModel, 'meetings' | 'series' | 'people'>;

const DAY = 86_400_000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function searchIndexFiles(meetings: readonly Meeting[], site: SearchSite, options: ShardOptions = SHARD_DEFAULTS): SearchFile[] {
  const pageOf = new Map(site.meetings.map((p) => [p.ref.id, p]));
  const keyOfPath = new Map(site.people.map((p) => [p.path, p.key]));
  const personKeys = new Set(site.people.map((p) => p.key));
  const titleOf = new Map(site.series.map((s) => [s.series, s.title]));
  const ordered = [...meetings].sort((a, b) => compare(a.series, b.series) || compare(a.start, b.start) || compare(a.id, b.id));

  const files: SearchFile[] = [];
  const allDocs: IndexedDoc[] = [];
  const table: number[] = [];
  const series: [string, string, number][] = [];
  let previousDay = 0;
  ordered.forEach((m, n) => {
    const page = pageOf.get(m.id);
    const docs = meetingDocs(m);
    const keyOfNick = new Map<string, string>();
    for (const p of page?.people ?? []) if (p.path && keyOfPath.has(p.path)) keyOfNick.set(p.nick, keyOfPath.get(p.path)!);
    const personOf = (nick: string | null) => (nick === null ? null : (keyOfNick.get(nick) ?? (personKeys.has(nick.toLowerCase()) ? nick.toLowerCase() : null)));
    for (const d of docs) allDocs.push({ words: d.words, person: personOf(d.nick) });

    const last = series[series.length - 1];
    const day = Math.floor(Date.parse(m.start) / DAY);
    if (last?.[0] === m.series) {
      last[2]++;
      table.push(day - previousDay);
    } else {
      series.push([m.series, titleOf.get(m.series) ?? m.series, 1]);
      table.push(day);
    }
    previousDay = day;
    table.push(...countKinds(docs));
    files.push(scriptFile(`d/${n}`, docFile(m, docs, page), true));
  });

  const dictionary = layout(invert(allDocs), options);
  dictionary.shards.forEach((shard, n) => files.push(scriptFile(`t/${n}`, shard, true)));
  dictionary.lists.forEach((list, n) => files.push(scriptFile(`p/${n}`, list)));
  const people = site.people.map((p) => [p.key, p.nick]).sort((a, b) => compare(a[1].toLowerCase(), b[1].toLowerCase()) || compare(a[0], b[0]));
  const manifest = { format: SEARCH_FORMAT, docs: allDocs.length, bounds: dictionary.bounds, series, people, meetings: encodeNumbers(table) };
  files.push(scriptFile('manifest', manifest));
  return files.sort((a, b) => compare(a.path, b.path));
}

function docFile(m: Meeting, docs: SearchDoc[], page: SearchSite['meetings'][number] | undefined) {
  const nicks: string[] = [];
  const nickIndex = new Map<string, number>();
  const rows = docs.map((d) => {
    let nick = -1;
    if (d.nick !== null) {
      if (!nickIndex.has(d.nick)) nickIndex.set(d.nick, nicks.push(d.nick) - 1);
      nick = nickIndex.get(d.nick)!;
    }
    return d.kind === 'line' ? [d.line, nick, d.text] : [d.line, nick, d.text, d.label];
  });
  return {
    id: m.id,
    title: page?.ref.title ?? m.title,
    date: page?.ref.date ?? m.start.slice(0, 10),
    time: page?.ref.time ?? m.start.slice(11, 16),
    minutes: page?.ref.path ?? `${m.id}.html`,
    log: page?.logPath ?? `${m.id}.log.html`,
    nicks,
    docs: rows,
  };
}

/**
 * name → "search/NAME.js" calling minutebookSearch(name, data), or with
 * `deflate`, minutebookSearch(name, "base64", 1) (raw deflate, level 9: the
 * same bytes for the same input). Log text stays inside a JSON string either
 * way: it cannot end the call or run, whatever the log says.
 */
export function scriptFile(name: string, data: unknown, deflate = false): SearchFile {
  const json = JSON.stringify(data);
  const argument = deflate ? `"${deflateRawSync(json, { level: 9 }).toString('base64')}",1` : json.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
  return { path: `${SEARCH_DIR}/${name}.js`, content: `minutebookSearch(${JSON.stringify(name)},${argument});\n` };
}
