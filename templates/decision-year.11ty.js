// decisions/YYYY.html: every decision of a year, newest meeting first; for a
// year of very many, its months (decisions/YYYY-MM.html), each a page of the
// same kind.
import { layout } from './_includes/layouts/base.js';
import { plural } from './_includes/format.js';
import { decisionGroups } from './_includes/partials/decisions.js';
import { splitYear, yearPageTop } from './_includes/partials/year-page.js';

export const data = {
  pagination: { data: 'minutebook.render.decisionYears', size: 1, alias: 'y' },
  permalink: (data) => data.y.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, y }) {
  const root = y.root;
  const split = splitYear(y);
  const lead = split ? `${plural(y.count, 'decision')}, on a page for each month.` : `${plural(y.count, 'decision')} in ${plural(y.meetings.length, 'meeting')}.`;
  const body = `${yearPageTop(y, root, ['Decisions', 'decisions.html'], 'Decisions')}
<p class="lead">${lead}</p>
${split ? '' : decisionGroups(y.meetings, root)}`;
  return layout({ site, root, title: y.pageTitle, path: y.path, body, current: 'decisions' });
}
