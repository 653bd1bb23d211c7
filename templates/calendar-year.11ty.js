// calendar/YYYY.html: a year's meetings month by month, in the order they
// were held; for a year of very many, its months (calendar/YYYY-MM.html),
// each a page of the same kind.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { meetingList } from './_includes/partials/meetings.js';
import { splitYear, yearPageTop } from './_includes/partials/year-page.js';

export const data = {
  pagination: { data: 'minutebook.render.calendarYears', size: 1, alias: 'y' },
  permalink: (data) => data.y.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, y }) {
  const root = y.root;
  const split = splitYear(y);
  const lead = split ? `${plural(y.count, 'meeting')}, on a page for each month.` : `${plural(y.count, 'meeting')}, in the order they were held.`;
  const sections = y.groups
    .map((g) => `<section aria-labelledby="${esc(g.id)}">\n<h2 id="${esc(g.id)}">${esc(g.label)}</h2>\n${meetingList(g.meetings, root, { series: true })}\n</section>`)
    .join('\n');
  const body = `${yearPageTop(y, root, ['Calendar', 'calendar.html'], 'Meetings')}
<p class="lead">${lead}</p>
${split ? '' : sections}`;
  return layout({ site, root, title: y.pageTitle, path: y.path, body, current: 'calendar' });
}
