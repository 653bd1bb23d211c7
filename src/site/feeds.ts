// Atom feeds: the whole site (feed.xml) and each series (SERIES/feed.xml),
// newest meetings first. Links are relative to the feed unless a site URL is
// configured; ids and dates come from the meetings, so builds agree.
import { createHash } from 'node:crypto';
import type { FeedView, MeetingPage, SeriesPage } from './site-view.js';
import { rootOf } from './paths.js';
import { meetingSummary } from './meeting-page.js';
import { whenOf } from './text.js';

/** Entries per feed. */
export const FEED_SIZE = 50;

/** A stable urn:uuid (name-based, RFC 4122 version 5 layout) for a name. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`minutebook:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function feed(path: string, title: string, subtitle: string, alternate: string, pages: MeetingPage[], topicsOf: TopicTitles, siteUrl: string | undefined): FeedView {
  const root = siteUrl ?? rootOf(path);
  // A meeting whose log gives no date has none to publish (its start's 1970-01-01 is not one): no feed gives it.
  const newest = pages.filter((p) => !p.ref.undated).slice(0, FEED_SIZE);
  return {
    path,
    root,
    id: siteUrl ? siteUrl + path : stableUuid(path),
    title,
    subtitle,
    alternate: root + alternate,
    updated: newest[0]?.ref.start ?? '1970-01-01T00:00:00Z',
    entries: newest.map((p) => ({
      id: siteUrl ? siteUrl + p.ref.path : stableUuid(p.ref.id),
      // With its time: two meetings of a day are two entries a reader can tell apart.
      title: `${p.ref.title}, ${whenOf(p.ref)}`,
      href: root + p.ref.path,
      published: p.ref.start,
      // No build time: the same logs must give the same feed.
      updated: p.ref.start,
      author: p.owner?.nick ?? p.seriesTitle,
      summary: meetingSummary(p.counts, p.people.length, topicsOf(p.ref.id)),
    })),
  };
}

/** A meeting's topic titles in order, by its id (the meetings' own: a brief page's topic blocks may be bare, meeting-page.ts). */
export type TopicTitles = (id: string) => string[];

/** pages newest first. `description`: the settings' sentence on the site, the site feed's subtitle. */
export function feeds(pages: MeetingPage[], series: SeriesPage[], siteTitle: string, topicsOf: TopicTitles, siteUrl?: string, description = ''): FeedView[] {
  const bySeries = new Map<string, MeetingPage[]>();
  for (const p of pages) {
    let list = bySeries.get(p.ref.series);
    if (!list) bySeries.set(p.ref.series, (list = []));
    list.push(p);
  }
  return [
    feed('feed.xml', siteTitle, description, 'index.html', pages, topicsOf, siteUrl),
    ...series.map((s) => feed(s.feed.path, `${s.title} · ${siteTitle}`, '', s.path, bySeries.get(s.series) ?? [], topicsOf, siteUrl)),
  ];
}
