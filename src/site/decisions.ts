// Every decision (#agreed, #accepted, #rejected, vote results): the newest on
// decisions.html, all of them on a page per year, newest meeting first. A
// year of very many decisions has a page per month instead, so that no page
// grows with the archive (at 10,000 meetings a year's page was 1.4 MB).
import type { DecisionGroup, DecisionsPage, DecisionYearPage, MeetingPage, MonthLink } from './site-view.js';
import { rootOf } from './paths.js';
import { monthLabel, pageTitle } from './text.js';
import { groupBy } from './group-by.js';

/** Decisions decisions.html shows before pointing to the years. */
export const RECENT_DECISIONS = 50;
/** The "year" of the decisions of meetings without a date (decisions/undated.html). */
const UNDATED = 'undated';
/** Up to this many decisions, a year is one page; a year with more, a page per month. */
export const YEAR_PAGE_DECISIONS = 1000;

/** pages newest first. */
export function decisions(pages: MeetingPage[], siteTitle: string, yearPage = YEAR_PAGE_DECISIONS): { page: DecisionsPage; years: DecisionYearPage[] } {
  const groups: DecisionGroup[] = [];
  for (const p of pages) {
    const items = p.summary.flatMap((b) => b.items.filter((i) => i.group === 'decision'));
    if (items.length) groups.push({ ref: p.ref, seriesTitle: p.seriesTitle, items });
  }
  // The decisions of meetings whose logs give no date have a page of their own, after the years.
  const byYear = groupBy(groups, (g) => (g.ref.undated ? UNDATED : g.ref.date.slice(0, 4)));
  const count = (list: DecisionGroup[]) => list.reduce((n, g) => n + g.items.length, 0);
  const nav = [...byYear].map(([year, list]) => ({ year, path: `decisions/${year}.html`, count: count(list) }));
  const links = nav.map(({ year, path }) => ({ year, path }));
  const recent: DecisionGroup[] = [];
  for (let n = 0, k = 0; k < groups.length && n < RECENT_DECISIONS; k++) {
    recent.push(groups[k]);
    n += groups[k].items.length;
  }
  const yearPages: DecisionYearPage[] = [];
  const page = (path: string, year: string, label: string, parent: DecisionYearPage['parent'], months: MonthLink[], total: number, meetings: DecisionGroup[]): DecisionYearPage => ({
    path,
    root: rootOf(path),
    pageTitle: pageTitle(`Decisions of ${label}`, siteTitle),
    year,
    label,
    parent,
    years: links,
    months,
    count: total,
    meetings,
  });
  for (const y of nav) {
    const all = byYear.get(y.year)!;
    if (y.count <= yearPage || y.year === UNDATED) {
      yearPages.push(page(y.path, y.year, y.year === UNDATED ? 'meetings without a date' : y.year, null, [], y.count, all));
      continue;
    }
    const byMonth = groupBy(all, (g) => g.ref.date.slice(0, 7));
    const months = [...byMonth].map(([month, list]) => ({ month, label: monthLabel(month), path: `decisions/${month}.html`, count: count(list) }));
    yearPages.push(page(y.path, y.year, y.year, null, months, y.count, []));
    const monthLinks = months.map(({ month, label, path }) => ({ month, label, path }));
    const parent = { label: y.year, path: y.path };
    for (const m of months) yearPages.push(page(m.path, y.year, m.label, parent, monthLinks, m.count, byMonth.get(m.month)!));
  }
  return { page: { total: count(groups), recent, years: nav }, years: yearPages };
}
