// Every decision (#agreed, #accepted, #rejected, vote results): the newest on
// decisions.html, all of them on a page per year, newest meeting first.
import type { DecisionGroup, DecisionsPage, DecisionYearPage, MeetingPage } from './site-view.js';
import { rootOf } from './paths.js';
import { pageTitle } from './text.js';

/** Decisions decisions.html shows before pointing to the years. */
export const RECENT_DECISIONS = 50;

/** pages newest first. */
export function decisions(pages: MeetingPage[], siteTitle: string): { page: DecisionsPage; years: DecisionYearPage[] } {
  const groups: DecisionGroup[] = [];
  for (const p of pages) {
    const items = p.summary.flatMap((b) => b.items.filter((i) => i.group === 'decision'));
    if (items.length) groups.push({ ref: p.ref, seriesTitle: p.seriesTitle, items });
  }
  const byYear = new Map<string, DecisionGroup[]>();
  for (const g of groups) {
    const year = g.ref.date.slice(0, 4);
    let list = byYear.get(year);
    if (!list) byYear.set(year, (list = []));
    list.push(g);
  }
  const count = (list: DecisionGroup[]) => list.reduce((n, g) => n + g.items.length, 0);
  const nav = [...byYear].map(([year, list]) => ({ year, path: `decisions/${year}.html`, count: count(list) }));
  const links = nav.map(({ year, path }) => ({ year, path }));
  const recent: DecisionGroup[] = [];
  for (let n = 0, k = 0; k < groups.length && n < RECENT_DECISIONS; k++) {
    recent.push(groups[k]);
    n += groups[k].items.length;
  }
  return {
    page: { total: count(groups), recent, years: nav },
    years: nav.map((y) => ({ path: y.path, root: rootOf(y.path), pageTitle: pageTitle(`Decisions of ${y.year}`, siteTitle), year: y.year, years: links, count: y.count, meetings: byYear.get(y.year)! })),
  };
}
