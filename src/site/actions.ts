// The action-item rollup. Teams re-record unfinished actions in their next
// meeting, so an action whose text (case, punctuation and spacing aside)
// was already recorded in an earlier meeting of the same series is the same
// action, carried over: shown once, with every meeting it appeared in. What
// the latest meeting of a series still records is open.
import type { ActionsPage, ActionThread, MeetingPage, PersonLink } from './site-view.js';
import type { SeriesGroup } from './series.js';
import { normalizeTitle } from './text.js';
import { seriesPath } from './paths.js';

/** Threads of every series, newest (by latest appearance) first. */
export function actionThreads(groups: SeriesGroup[], pages: Map<string, MeetingPage>): ActionThread[] {
  const all: ActionThread[] = [];
  for (const g of groups) {
    const series = { path: seriesPath(g.series), title: g.title };
    const latestId = g.refs[g.refs.length - 1].id;
    const byText = new Map<string, ActionThread>();
    const threads: ActionThread[] = [];
    for (const ref of g.refs) {
      const page = pages.get(ref.id)!;
      for (const item of page.actions) {
        const key = normalizeTitle(item.text);
        const appearance = { ref, href: `${ref.path}#${item.id}` };
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

function mergeAssignees(latest: PersonLink[], earlier: PersonLink[]): PersonLink[] {
  const seen = new Set(latest.map((p) => p.path ?? p.nick));
  return [...latest, ...earlier.filter((p) => !seen.has(p.path ?? p.nick))];
}

function newestAppearanceFirst(a: ActionThread, b: ActionThread): number {
  const x = a.appearances[0].ref;
  const y = b.appearances[0].ref;
  return x.start < y.start ? 1 : x.start > y.start ? -1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** By person (their person pages' order), unassigned, and by series. */
export function actionsPage(threads: ActionThread[], groups: SeriesGroup[], nameOfPath: (path: string) => string): ActionsPage {
  const byPath = new Map<string, { person: PersonLink; threads: ActionThread[] }>();
  const unassigned: ActionThread[] = [];
  const bySeries = new Map<string, ActionThread[]>();
  for (const t of threads) {
    const people = t.assignees.filter((p) => p.path !== null);
    if (t.assignees.length === 0) unassigned.push(t);
    for (const p of people) {
      let g = byPath.get(p.path!);
      if (!g) byPath.set(p.path!, (g = { person: { nick: nameOfPath(p.path!), path: p.path }, threads: [] }));
      if (!g.threads.includes(t)) g.threads.push(t);
    }
    let list = bySeries.get(t.series.path);
    if (!list) bySeries.set(t.series.path, (list = []));
    list.push(t);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return {
    total: threads.length,
    open: threads.filter((t) => t.open).length,
    carried: threads.filter((t) => t.carried).length,
    byPerson: [...byPath.values()].sort((a, b) => collator.compare(a.person.nick, b.person.nick) || (a.person.path! < b.person.path! ? -1 : 1)),
    unassigned,
    bySeries: groups
      .filter((g) => bySeries.has(seriesPath(g.series)))
      .map((g) => ({ series: { path: seriesPath(g.series), title: g.title }, threads: bySeries.get(seriesPath(g.series))! })),
  };
}
