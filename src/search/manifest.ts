// The manifest: the one file every search reads first, and the only one
// built whole on every build (it is small). It holds the segments (name,
// how many documents, the first word of each dictionary shard), the series
// (name, title, meetings), the people (key, name), and per meeting, in index
// order, eight numbers (encode.ts digits): its series, minutes since the
// meeting before it (the first counts from `first`), how many documents of
// each kind it has, and its date as its pages give it (in the site's time
// zone) against its UTC date, plus one (`dayShift`; `NO_DAY_SHIFT` for none). From these the
// browser tells, for any document number, its meeting, series, day and
// kind, and the name of the meeting's document file: the filters and the
// grouping need nothing else.
import type { SiteModel } from '../site/site-view.js';
import { encodeNumbers } from './encode.js';
import type { Placed } from './segments.js';

/** Bumped when the files change shape; the browser checks it. */
export const SEARCH_FORMAT = 3;

export interface SegmentSummary {
  name: string;
  docs: number;
  bounds: string[];
  /** Five numbers per meeting, in order: documents of each kind. */
  counts: number[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DAY_MS = 86_400_000;

/** The day shift of a meeting whose log gives no date: no date filter keeps it. */
export const NO_DAY_SHIFT = 3;

/**
 * The day a meeting's pages date it, less the UTC day of its start, plus one:
 * 0, 1 or 2 (a meeting at 02:00 UTC is the evening before in New York). The
 * search's date filters compare the day a reader sees. NO_DAY_SHIFT for a meeting
 * whose pages give no date (its start's 1970-01-01 is no date).
 */
export function dayShift(minute: number, date: string | undefined): number {
  const day = date === undefined ? NaN : Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const shift = day - Math.floor(minute / 1440);
  return Number.isInteger(shift) && Math.abs(shift) <= 1 ? shift + 1 : NO_DAY_SHIFT;
}

export function manifest(ordered: readonly Placed[], segments: readonly SegmentSummary[], site: Pick<SiteModel, 'meetings' | 'series' | 'people'>) {
  const dateOf = new Map(site.meetings.map((p) => [p.ref.id, p.ref.date]));
  const titleOf = new Map(site.series.map((s) => [s.series, s.title]));
  const names = [...new Set(ordered.map((p) => p.meeting.series))].sort(compare);
  const seriesIndex = new Map(names.map((name, k) => [name, k]));
  const meetingsOf = new Map<string, number>();
  for (const p of ordered) meetingsOf.set(p.meeting.series, (meetingsOf.get(p.meeting.series) ?? 0) + 1);
  const counts = segments.flatMap((s) => s.counts);
  const table: number[] = [];
  ordered.forEach((p, k) => {
    table.push(seriesIndex.get(p.meeting.series)!, k === 0 ? 0 : p.minute - ordered[k - 1].minute);
    for (let j = 0; j < 5; j++) table.push(counts[k * 5 + j]);
    table.push(dayShift(p.minute, dateOf.get(p.meeting.id)));
  });
  return {
    format: SEARCH_FORMAT,
    docs: segments.reduce((n, s) => n + s.docs, 0),
    segments: segments.map((s) => [s.name, s.docs, s.bounds]),
    series: names.map((name) => [name, titleOf.get(name) ?? name, meetingsOf.get(name)]),
    people: site.people.map((p) => [p.key, p.nick]).sort((a, b) => compare(a[1].toLowerCase(), b[1].toLowerCase()) || compare(a[0], b[0])),
    first: ordered.length ? ordered[0].minute : 0,
    meetings: encodeNumbers(table),
  };
}
