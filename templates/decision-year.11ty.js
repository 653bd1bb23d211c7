// decisions/YYYY.html: every decision of a year, newest meeting first.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { decisionGroups, yearNav } from './_includes/partials/decisions.js';

export const data = {
  pagination: { data: 'minutebook.render.decisionYears', size: 1, alias: 'y' },
  permalink: (data) => data.y.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, y }) {
  const root = y.root;
  const body = `<p class="crumbs"><a href="${root}decisions.html">Decisions</a> › ${esc(y.year)}</p>
<h1>Decisions of ${esc(y.year)}</h1>
${yearNav(y.years, root, y.year)}
<p class="lead">${plural(y.count, 'decision')} in ${plural(y.meetings.length, 'meeting')}.</p>
${decisionGroups(y.meetings, root)}`;
  return layout({ site, root, title: y.pageTitle, body, current: 'decisions' });
}
