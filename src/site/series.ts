// Series: the meetings of one team or channel, oldest to newest, with their
// neighbours, their notes, and the pages that list them.
import type { Meeting } from '../types.js';
import type { FeedLink, MeetingRef, SeriesPage } from './site-view.js';
import { latestPath, rootOf, seriesActionsPath, seriesFeedPath, seriesPath } from './paths.js';
import { pageDescription, pageTitle, UNDATED_YEAR } from './text.js';
import { counted } from '../counted.js';

/** A series' Atom feed as a page's head offers it (its series page's, and its meetings' and their logs'). */
export function seriesFeed(series: string, title: string): FeedLink {
  return { title: `${title} feed`, path: seriesFeedPath(series) };
}

export interface SeriesGroup {
  series: string;
  title: string;
  /** Oldest first. */
  meetings: Meeting[];
  refs: MeetingRef[];
}

/** Meetings by series, series in name order, meetings oldest first. */
export function groupSeries(meetings: Meeting[], refs: Map<Meeting, MeetingRef>, titleOf: (series: string) => string): SeriesGroup[] {
  const by = new Map<string, Meeting[]>();
  for (const m of meetings) {
    let list = by.get(m.series);
    if (!list) by.set(m.series, (list = []));
    list.push(m);
  }
  return [...by.keys()].sort().map((series) => {
    const list = by.get(series)!.sort(oldestFirst);
    return { series, title: titleOf(series), meetings: list, refs: list.map((m) => refs.get(m)!) };
  });
}

export function oldestFirst(a: Pick<Meeting, 'start' | 'id'>, b: Pick<Meeting, 'start' | 'id'>): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function seriesPage(g: SeriesGroup, notesHtml: string, siteTitle: string): SeriesPage {
  const newest = [...g.refs].reverse();
  const years: SeriesPage['years'] = [];
  for (const ref of newest) {
    const year = ref.undated ? UNDATED_YEAR : ref.date.slice(0, 4);
    if (years[years.length - 1]?.year !== year) years.push({ year, meetings: [] });
    years[years.length - 1].meetings.push(ref);
  }
  const path = seriesPath(g.series);
  const latest = newest[0];
  // An undated meeting sorts first (its times are on 1970-01-01): the span is its dated meetings'.
  const dated = g.refs.filter((r) => !r.undated);
  const [first, last] = [dated[0]?.date, dated[dated.length - 1]?.date];
  const dates = first === undefined ? '' : first === last ? first : `${first} to ${last}`;
  return {
    series: g.series,
    title: g.title,
    path,
    root: rootOf(path),
    pageTitle: pageTitle(g.title, siteTitle),
    description: pageDescription(`${counted(g.refs.length, 'meeting')} of ${g.title}${dates ? `, ${dates}` : ''}: minutes, logs and action items.`),
    count: g.refs.length,
    dates,
    undated: g.refs.length - dated.length,
    latest,
    latestPath: latestPath(g.series),
    latestTitle: pageTitle(`Latest meeting of ${g.title}`, siteTitle),
    feed: seriesFeed(g.series, g.title),
    actionsPath: seriesActionsPath(g.series),
    notesHtml,
    years,
  };
}
