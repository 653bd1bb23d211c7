// calendar/YYYY.html: a year's meetings month by month, in the order they
// were held; for a year of very many, its months (calendar/YYYY-MM.html),
// each a page of the same kind.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { yearNav } from './_includes/partials/decisions.js';
import { meetingList } from './_includes/partials/meetings.js';
import { pageNav } from './_includes/partials/page-nav.js';

export const data = {
  pagination: { data: 'minutebook.render.calendarYears', size: 1, alias: 'y' },
  permalink: (data) => data.y.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, y }) {
  const root = y.root;
  const calendar = `<a href="${root}calendar.html">Calendar</a>`;
  const crumbs = y.parent ? `${calendar} › <a href="${esc(root + y.parent.path)}">${esc(y.parent.label)}</a> › ${esc(y.label)}` : `${calendar} › ${esc(y.label)}`;
  const months = y.months.length ? `\n${pageNav(y.months, root, y.label, `Meetings of ${y.year} by month`)}` : '';
  const split = y.months.length && !y.parent;
  const lead = split ? `${plural(y.count, 'meeting')}, on a page for each month.` : `${plural(y.count, 'meeting')}, in the order they were held.`;
  const sections = y.groups
    .map((g) => `<section aria-labelledby="${esc(g.id)}">\n<h2 id="${esc(g.id)}">${esc(g.label)}</h2>\n${meetingList(g.meetings, root, { series: true })}\n</section>`)
    .join('\n');
  const body = `<p class="crumbs">${crumbs}</p>
<h1>Meetings of ${esc(y.label)}</h1>
${yearNav(y.years, root, y.year, 'Meetings by year')}${months}
<p class="lead">${lead}</p>
${split ? '' : sections}`;
  return layout({ site, root, title: y.pageTitle, body, current: 'calendar' });
}
