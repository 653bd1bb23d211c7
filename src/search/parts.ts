// What the search index takes from the site and the meetings besides their
// words, and the small tools index-files.ts builds it with: who each nick is,
// the header of a meeting's document file, what each cached part depends on
// (keys.ts hashes it), a stopwatch for the benchmark.
import type { Meeting } from '../types.js';
import type { SiteModel } from '../site/site-view.js';
import type { DocStream, ReadMeeting } from './docs.js';
import type { Placed } from './segments.js';
import { intList } from './vocabulary.js';
import { whenOf } from '../site/text.js';

type SearchSite = Pick<SiteModel, 'meetings' | 'series' | 'people'>;

/** lap(name) adds the seconds since the last lap to timings[name]. */
export function stopwatch(timings: Record<string, number> | undefined): (name: string) => void {
  let last = performance.now();
  return (name) => {
    if (!timings) return;
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + (now - last) / 1000;
    last = now;
  };
}

/** JSON in ASCII only (\\u escapes), so a cache entry stays ASCII. */
export const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const docStream = (): DocStream => ({ ids: intList(1 << 16), ends: intList(), persons: intList() });
export function emptied(stream: DocStream): DocStream {
  stream.ids.length = stream.ends.length = stream.persons.length = 0;
  return stream;
}

export interface People {
  pageOf: Map<string, SearchSite['meetings'][number]>;
  /** For a meeting: nick → person key (the people pages', case and aliases merged), or null. */
  personOf(m: Meeting): (nick: string) => string | null;
}

export function peopleOf(site: SearchSite): People {
  const pageOf = new Map(site.meetings.map((p) => [p.ref.id, p]));
  const keyOfPath = new Map(site.people.map((p) => [p.path, p.key]));
  const personKeys = new Set(site.people.map((p) => p.key));
  return {
    pageOf,
    personOf(m) {
      const keyOfNick = new Map<string, string>();
      for (const p of pageOf.get(m.id)?.people ?? []) if (p.path && keyOfPath.has(p.path)) keyOfNick.set(p.nick, keyOfPath.get(p.path)!);
      return (nick) => keyOfNick.get(nick) ?? (personKeys.has(nick.toLowerCase()) ? nick.toLowerCase() : null);
    },
  };
}

/** What a meeting's part of a segment depends on: its content, its place, and who its nicks are. */
export function indexParts(p: Placed, content: string, nicks: readonly string[], personOf: (nick: string) => string | null): (string | number)[] {
  return [content, p.minute, p.meeting.series, p.meeting.id, nicks.map((n) => `${n}\0${personOf(n) ?? ''}`).join('\0')];
}

/** What a meeting's document file depends on: its content, its file name, and the header the results show. */
export function documentParts(p: Placed, content: string, people: People): (string | number)[] {
  return [content, p.file, JSON.stringify(header(p.meeting, people.pageOf.get(p.meeting.id)))];
}

export function header(m: Meeting, page: SearchSite['meetings'][number] | undefined) {
  return {
    id: m.id,
    title: page?.ref.title ?? m.title,
    when: page ? whenOf(page.ref) : m.start.slice(0, 10),
    minutes: page?.ref.path ?? `${m.id}.html`,
    log: page?.logPath ?? `${m.id}.log.html`,
  };
}

export function documentFile(p: Placed, read: ReadMeeting, page: SearchSite['meetings'][number] | undefined) {
  return { ...header(p.meeting, page), nicks: read.nicks, docs: read.rows };
}

