// Where each page and file of the site lives, relative to the site root.
// Meetings keep MeetBot's naming (SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM), so
// old eavesdrop-style links map onto the site by adding ".html".
import { createHash } from 'node:crypto';
import { WINDOWS_DEVICE } from '../meeting/naming.js';

/**
 * Pieces written as one string. V8 keeps the result of `a + b` (and of a
 * template literal) of 13 characters or more as a pair of pointers to its
 * pieces, a "cons string", until something reads it whole. The model keeps
 * a path and links for every page and item of the archive: as cons strings
 * they were a third of its objects at 10,000 meetings (1.7 million), each
 * copied by the collector, then copied again when the plan hashed them
 * (docs/performance.md). A join writes one flat string.
 */
export const flat = (...pieces: string[]): string => pieces.join('');

/** The minutes page of a meeting. */
export const minutesPath = (id: string): string => flat(id, '.html');
/** The full log page of a meeting. */
export const logPath = (id: string): string => flat(id, '.log.html');
/** A link to an anchor on a page: "PATH#ANCHOR". */
export const anchored = (path: string, anchor: string): string => flat(path, '#', anchor);
/** The anchor of a log line on its log page. */
export const lineAnchor = (line: number): string => `l-${line}`;
/** The anchor of a minutes item (and of a topic) on its minutes page. */
export const itemAnchor = (line: number): string => `i-${line}`;
export const topicAnchor = (line: number): string => `t-${line}`;

export interface Downloads {
  /** Plain-text minutes in MeetBot's layout. */
  txt: string;
  /** Markdown minutes. */
  md: string;
  /** The meeting's data file. */
  json: string;
  /** The raw log as it was in logs/. */
  log: string;
}

export type DownloadKind = keyof Downloads;

/** Every kind of download, in the order the minutes page lists them: what a site carries unless its settings say less. */
export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['txt', 'md', 'json', 'log'];

/** The meeting's downloads of the given kinds (default all), each by its path from the site root. */
export function downloadsOf(id: string, kinds: readonly DownloadKind[] = DOWNLOAD_KINDS): Partial<Downloads> {
  const all: Downloads = { txt: flat(id, '.txt'), md: flat(id, '.md'), json: dataFilePath(id), log: flat(id, '.log.txt') };
  if (kinds.length === DOWNLOAD_KINDS.length) return all;
  const some: Partial<Downloads> = {};
  for (const k of DOWNLOAD_KINDS) if (kinds.includes(k)) some[k] = all[k];
  return some;
}

/** A meeting's data file, relative to the site root. */
export const dataFilePath = (id: string): string => flat('data/meetings/', id, '.json');

export const seriesPath = (series: string): string => `${series}/index.html`;
export const latestPath = (series: string): string => `${series}/latest.html`;
export const seriesFeedPath = (series: string): string => `${series}/feed.xml`;
export const seriesActionsPath = (series: string): string => `${series}/actions.html`;

/** File names stay well under the 255 bytes file systems allow. */
const SLUG_MAX = 100;

/**
 * People pages are named after the nick, lowercased, with every character
 * that is not safe in a file name and a URL written as _XX (its code point in
 * hex): "alice|away" → people/alice_7c_away.html. Unique and stable; a name
 * too long for a file is cut and ends with a hash of the whole.
 */
export function personPath(key: string): string {
  // An empty key (a chat export's user with no name) is "_": no other key escapes to it, and "people/.html" is no page.
  let slug = key.replace(/[^a-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`) || '_';
  // The people index's own name, and Windows' device names: the first letter escaped, as no other key's ever is.
  if (slug === 'index' || WINDOWS_DEVICE.test(slug)) slug = `_${slug.codePointAt(0)!.toString(16)}_${slug.slice(1)}`;
  if (slug.length > SLUG_MAX) slug = `${slug.slice(0, SLUG_MAX - 17)}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return `people/${slug}.html`;
}

/** The relative prefix from a page to the site root: "" at the root, "../../" two folders down. */
export function rootOf(sitePath: string): string {
  let depth = 0;
  for (let i = 0; i < sitePath.length; i++) if (sitePath.charCodeAt(i) === 47) depth++;
  return '../'.repeat(depth);
}
