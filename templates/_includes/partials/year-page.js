// The top of a page of a year (decisions/YYYY.html, calendar/YYYY.html) or of
// a month of a split year: crumbs, heading, the years, the months.
import { esc } from '../format.js';
import { yearNav } from './decisions.js';
import { pageNav } from './page-nav.js';

/** `section`: [label, path] of the index the page belongs to; `what`: "Decisions", "Meetings". */
export function yearPageTop(y, root, [section, sectionPath], what) {
  const index = `<a href="${root}${sectionPath}">${section}</a>`;
  const crumbs = y.parent ? `${index} › <a href="${esc(root + y.parent.path)}">${esc(y.parent.label)}</a> › ${esc(y.label)}` : `${index} › ${esc(y.label)}`;
  const months = y.months.length ? `\n${pageNav(y.months, root, y.label, `${what} of ${y.year} by month`)}` : '';
  return `<p class="crumbs">${crumbs}</p>
<h1>${what} of ${esc(y.label)}</h1>
${yearNav(y.years, root, y.year, `${what} by year`)}${months}`;
}

/** The page of a year split into months: it lists the months only. */
export const splitYear = (y) => y.months.length > 0 && !y.parent;
