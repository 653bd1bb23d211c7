// Every meeting by date, whatever its series: calendar.html is a table of
// the years and their months, each cell the number of meetings then; a page
// per year (calendar/YYYY.html) lists its meetings month by month, in the
// order they were held. A year of very many meetings has a page per month
// instead (calendar/YYYY-MM.html), so that no page grows with the archive.
import type { CalendarPage, CalendarYearPage, MeetingRef, MonthLink, YearLink } from './site-view.js';
import { rootOf } from './paths.js';
import { MONTH_NAMES, monthLabel, pageTitle } from './text.js';
import { groupBy } from './group-by.js';

/** Up to this many meetings, a year is one page; a year with more, a page per month. */
export const YEAR_PAGE_MEETINGS = 1000;

/** The anchor of a month's section on its year's page. */
const monthAnchor = (month: string) => `m-${month}`;

/** `refs`: every meeting, newest first. Those whose logs give no date are listed apart, on calendar.html. */
export function calendar(refs: MeetingRef[], siteTitle: string, yearPage = YEAR_PAGE_MEETINGS): { page: CalendarPage; years: CalendarYearPage[] } {
  const oldestFirst = [...refs].reverse();
  const undated = oldestFirst.filter((r) => r.undated);
  const dated = undated.length ? oldestFirst.filter((r) => !r.undated) : oldestFirst;
  // Years newest first (the table's rows, the links between year pages); within a year, months and meetings oldest first.
  const byYear = [...groupBy(dated, (r) => r.date.slice(0, 4))].reverse();
  const yearLinks: YearLink[] = byYear.map(([year]) => ({ year, path: `calendar/${year}.html` }));
  const rows: CalendarPage['years'] = [];
  const pages: CalendarYearPage[] = [];
  const page = (path: string, year: string, label: string, parent: CalendarYearPage['parent'], months: MonthLink[], count: number, groups: CalendarYearPage['groups']): CalendarYearPage => ({
    path,
    root: rootOf(path),
    pageTitle: pageTitle(`Meetings of ${label}`, siteTitle),
    year,
    label,
    parent,
    years: yearLinks,
    months,
    count,
    groups,
  });
  for (const [year, list] of byYear) {
    const yearPath = `calendar/${year}.html`;
    const byMonth = [...groupBy(list, (r) => r.date.slice(0, 7))];
    const split = list.length > yearPage;
    const monthPath = (month: string) => (split ? `calendar/${month}.html` : `${yearPath}#${monthAnchor(month)}`);
    const counts = new Map(byMonth.map(([month, l]) => [month, l.length]));
    rows.push({
      year,
      path: yearPath,
      count: list.length,
      months: MONTH_NAMES.map((name, k) => {
        const month = `${year}-${String(k + 1).padStart(2, '0')}`;
        const count = counts.get(month) ?? 0;
        return { month, label: `${name} ${year}`, count, path: count ? monthPath(month) : null };
      }),
    });
    const groups = byMonth.map(([month, meetings]) => ({ month, label: monthLabel(month), id: monthAnchor(month), meetings }));
    if (!split) {
      pages.push(page(yearPath, year, year, null, [], list.length, groups));
      continue;
    }
    const months = groups.map((g) => ({ month: g.month, label: g.label, path: monthPath(g.month), count: g.meetings.length }));
    pages.push(page(yearPath, year, year, null, months, list.length, []));
    const links = months.map(({ month, label, path }) => ({ month, label, path }));
    const parent = { label: year, path: yearPath };
    for (const g of groups) pages.push(page(monthPath(g.month), year, g.label, parent, links, g.meetings.length, [g]));
  }
  return { page: { total: refs.length, years: rows, undated }, years: pages };
}
