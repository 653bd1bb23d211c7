// Atom feeds: the whole site (feed.xml) and each series (SERIES/feed.xml),
// newest meetings first. Links are relative to the feed unless a site URL is
// configured; ids and dates come from the meetings, so builds agree.
import { createHash } from 'node:crypto';
import type { FeedView, MeetingPage, SeriesPage } from './site-view.js';
import { rootOf } from './paths.js';

/** Entries per feed. */
export const FEED_SIZE = 50;

/** A stable urn:uuid (name-based, RFC 4122 version 5 layout) for a name. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`minutebook:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `topics`: the meeting's topic titles, in order. */
function summaryOf(p: MeetingPage, topics: string[]): string {
  const counts = `${p.counts.topics} topics, ${p.counts.actions} action items, ${p.counts.decisions} decisions, ${p.people.length} people.`;
  return topics.length ? `${counts} Topics: ${topics.join('; ')}.` : counts;
}

function feed(path: string, title: string, alternate: string, pages: MeetingPage[], topicsOf: TopicTitles, siteUrl: string | undefined): FeedView {
  const root = siteUrl ?? rootOf(path);
  const newest = pages.slice(0, FEED_SIZE);
  return {
    path,
    root,
    id: siteUrl ? siteUrl + path : stableUuid(path),
    title,
    alternate: root + alternate,
    updated: newest[0]?.ref.start ?? '1970-01-01T00:00:00Z',
    entries: newest.map((p) => ({
      id: siteUrl ? siteUrl + p.ref.path : stableUuid(p.ref.id),
      title: `${p.ref.title}, ${p.ref.date}`,
      href: root + p.ref.path,
      published: p.ref.start,
      // No build time: the same logs must give the same feed.
      updated: p.ref.start,
      author: p.owner?.nick ?? p.seriesTitle,
      summary: summaryOf(p, topicsOf(p.ref.id)),
    })),
  };
}

/** A meeting's topic titles in order, by its id (the meetings' own: a brief page's topic blocks may be bare, meeting-page.ts). */
export type TopicTitles = (id: string) => string[];

/** pages newest first. */
export function feeds(pages: MeetingPage[], series: SeriesPage[], siteTitle: string, topicsOf: TopicTitles, siteUrl?: string): FeedView[] {
  const bySeries = new Map<string, MeetingPage[]>();
  for (const p of pages) {
    let list = bySeries.get(p.ref.series);
    if (!list) bySeries.set(p.ref.series, (list = []));
    list.push(p);
  }
  return [
    feed('feed.xml', siteTitle, 'index.html', pages, topicsOf, siteUrl),
    ...series.map((s) => feed(s.feedPath, `${s.title} · ${siteTitle}`, s.path, bySeries.get(s.series) ?? [], topicsOf, siteUrl)),
  ];
}
