// The action-item rollup. Teams re-record unfinished actions in their next
// meeting, so an action whose text (case, punctuation and spacing aside)
// was already recorded in an earlier meeting of the same series is the same
// action, carried over: shown once, with every meeting it appeared in. What
// the latest meeting of a series still records is open; a channel log with no
// meeting in it (no #startmeeting, no minutes) is no meeting, and closes none.
import type { ActionsPage, ActionThread, MeetingPage, PersonLink, PersonPage, SeriesActionsPage } from './site-view.js';
import type { SeriesGroup } from './series.js';
import { anchored, rootOf, seriesActionsPath, seriesPath } from './paths.js';
import { normalizeTitle, pageTitle } from './text.js';
import { groupBy } from './group-by.js';

/** Threads of every series, newest (by latest appearance) first. */
export function actionThreads(groups: SeriesGroup[], pages: Map<string, MeetingPage>): ActionThread[] {
  const all: ActionThread[] = [];
  for (const g of groups) {
    const series = { path: seriesPath(g.series), title: g.title };
    let latestId: string | null = null;
    for (let k = g.refs.length - 1; k >= 0 && latestId === null; k--) if (heldMeeting(pages.get(g.refs[k].id)!)) latestId = g.refs[k].id;
    const byText = new Map<string, ActionThread>();
    const threads: ActionThread[] = [];
    for (const ref of g.refs) {
      const page = pages.get(ref.id)!;
      for (const item of page.actions) {
        const key = normalizeTitle(item.text);
        const appearance = { ref, href: anchored(ref.path, item.id) };
        const seen = byText.get(key);
        if (seen && seen.appearances[0].ref.id !== ref.id) {
          seen.appearances.unshift(appearance);
          seen.text = item.text;
          seen.parts = item.parts;
          seen.assignees = mergeAssignees(item.assignees, seen.assignees);
          seen.carried = true;
          continue;
        }
        const thread: ActionThread = {
          text: item.text,
          parts: item.parts,
          assignees: item.assignees,
          series,
          appearances: [appearance],
          carried: false,
          open: false,
        };
        // The same text twice in one meeting is two actions; the later one is what later meetings continue.
        if (key !== '') byText.set(key, thread);
        threads.push(thread);
      }
    }
    for (const t of threads) t.open = t.appearances[0].ref.id === latestId;
    all.push(...threads);
  }
  return all.sort(newestAppearanceFirst);
}

/** A meeting was held: someone started it, or it has minutes (a W3C scribe's); not a channel log with neither. */
const heldMeeting = (p: MeetingPage) => p.owner !== null || p.counts.topics + p.counts.actions + p.counts.decisions > 0;

function mergeAssignees(latest: PersonLink[], earlier: PersonLink[]): PersonLink[] {
  const seen = new Set(latest.map((p) => p.path ?? p.nick));
  return [...latest, ...earlier.filter((p) => !seen.has(p.path ?? p.nick))];
}

function newestAppearanceFirst(a: ActionThread, b: ActionThread): number {
  const x = a.appearances[0].ref;
  const y = b.appearances[0].ref;
  return x.start < y.start ? 1 : x.start > y.start ? -1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Threads of one series, newest first, on SERIES/actions.html. */
export function seriesActionPages(threads: ActionThread[], groups: SeriesGroup[], siteTitle: string): SeriesActionsPage[] {
  const bySeries = groupBy(threads, (t) => t.series.path);
  return groups.map((g) => {
    const path = seriesActionsPath(g.series);
    return { path, root: rootOf(path), pageTitle: pageTitle(`Action items of ${g.title}`, siteTitle), series: { path: seriesPath(g.series), title: g.title }, threads: bySeries.get(seriesPath(g.series)) ?? [] };
  });
}

/**
 * The rollup's front page: what is open now (bounded by what the latest
 * meetings record), and how many actions each person and each series has,
 * linking to the person's page and the series' action page. Every action is
 * on one of those pages, so this page stays small however large the archive.
 */
export function actionsPage(threads: ActionThread[], seriesPages: SeriesActionsPage[], persons: PersonPage[]): ActionsPage {
  const open = threads.filter((t) => t.open);
  const openBySeries = groupBy(open, (t) => t.series.path);
  return {
    total: threads.length,
    recorded: threads.reduce((n, t) => n + t.appearances.length, 0),
    open: open.length,
    carried: threads.filter((t) => t.carried).length,
    openBySeries: seriesPages.filter((s) => openBySeries.has(s.series.path)).map((s) => ({ series: s.series, path: s.path, threads: openBySeries.get(s.series.path)! })),
    people: persons
      .filter((p) => p.threads.length > 0)
      .map((p) => ({ person: { nick: p.nick, path: p.path }, total: p.threads.length, open: p.threads.filter((t) => t.open).length })),
    series: seriesPages
      .filter((s) => s.threads.length > 0)
      .map((s) => ({
        series: s.series,
        path: s.path,
        total: s.threads.length,
        open: s.threads.filter((t) => t.open).length,
        unassigned: s.threads.filter((t) => t.assignees.length === 0).length,
      })),
  };
}

/** Each person's threads (an action naming several people is on each one's page), newest first. */
export function threadsByPerson(threads: ActionThread[]): Map<string, ActionThread[]> {
  const by = new Map<string, ActionThread[]>();
  for (const t of threads) {
    for (const path of new Set(t.assignees.map((p) => p.path).filter((p): p is string => p !== null))) {
      let list = by.get(path);
      if (!list) by.set(path, (list = []));
      list.push(t);
    }
  }
  return by;
}
