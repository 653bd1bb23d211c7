// Where each meeting goes in the index, as a pure function of the meetings:
// meetings in time order (start minute, then series, then id), cut into
// *segments*, each with a dictionary and postings of its own and documents
// numbered from 0 within it, so a segment's files depend on its meetings
// alone. A segment is a calendar year (UTC) of meeting starts, except the
// newest meeting's year, which is cut by month: a new meeting usually lands
// in the newest month, and only that month's files are built again. When
// the first meeting of a new year comes, last year's months become one year
// (built once). docs/search.md says why, with measurements.
// Each meeting's document file is named after the meeting, not its number
// (d/SERIES/YYYY-MM-DD-HH.MM.js, the id's own stamp), so a new meeting
// renames nothing; the browser derives the name from the manifest.
import type { Meeting } from '../types.js';

export interface Placed {
  meeting: Meeting;
  /** Its place in the ordered list. */
  index: number;
  /** Minutes since 1970 (UTC) of its start, and as "YYYY-MM-DD-HH.MM". */
  minute: number;
  stamp: string;
  /** Its document file's name under search/ ("d/oslo/2016-11-07-16.00"). */
  file: string;
}

export interface Run {
  name: string;
  /** Meetings [from, to) of the ordered list. */
  from: number;
  to: number;
}

export interface Placement {
  ordered: Placed[];
  /** Index segments, oldest first. */
  segments: Run[];
  /** Calendar months: the units the document files are cached in, whatever the segments. */
  months: Run[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function minuteOf(m: Meeting): number {
  const t = Date.parse(m.start);
  return Number.isFinite(t) ? Math.floor(t / 60_000) : 0;
}

/** "2016-11-07-16.00", as meeting ids have it; the browser has the same function (search-engine.js). */
export function stampOf(minute: number): string {
  const m = /^(.+)-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(new Date(minute * 60_000).toISOString())!;
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}.${m[5]}`;
}

// From a stamp: "2016-11" and "2016".
const monthOf = (stamp: string) => stamp.slice(0, -9);
const yearOf = (stamp: string) => stamp.slice(0, -12);

export function place(meetings: readonly Meeting[]): Placement {
  const ordered = meetings
    .map((meeting) => ({ meeting, index: 0, minute: minuteOf(meeting), stamp: '', file: '' }))
    .sort((a, b) => a.minute - b.minute || compare(a.meeting.series, b.meeting.series) || compare(a.meeting.id, b.meeting.id));
  // Two meetings of a series in the same minute: the second is "-2", and so on (they are next to each other in this order).
  let twin = 1;
  ordered.forEach((p, k) => {
    p.index = k;
    const before = ordered[k - 1];
    twin = before && before.minute === p.minute && before.meeting.series === p.meeting.series ? twin + 1 : 1;
    p.stamp = before?.minute === p.minute ? before.stamp : stampOf(p.minute);
    p.file = `d/${p.meeting.series}/${p.stamp}${twin > 1 ? `-${twin}` : ''}`;
  });
  const newestYear = ordered.length ? yearOf(ordered[ordered.length - 1].stamp) : '';
  const months = runs(ordered, (p) => monthOf(p.stamp));
  const segments = runs(ordered, (p) => (yearOf(p.stamp) === newestYear ? monthOf(p.stamp) : yearOf(p.stamp)));
  return { ordered, segments, months };
}

/** Consecutive meetings with the same name, as runs. */
function runs(ordered: Placed[], nameOf: (p: Placed) => string): Run[] {
  const result: Run[] = [];
  ordered.forEach((p, k) => {
    const name = nameOf(p);
    const last = result[result.length - 1];
    if (last?.name === name) last.to = k + 1;
    else result.push({ name, from: k, to: k + 1 });
  });
  return result;
}
