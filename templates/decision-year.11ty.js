// decisions/YYYY.html: every decision of a year, newest meeting first; for a
// year of very many, its months (decisions/YYYY-MM.html), each a page of the
// same kind.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { decisionGroups, yearNav } from './_includes/partials/decisions.js';
import { pageNav } from './_includes/partials/page-nav.js';

export const data = {
  pagination: { data: 'minutebook.render.decisionYears', size: 1, alias: 'y' },
  permalink: (data) => data.y.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, y }) {
  const root = y.root;
  const decisions = `<a href="${root}decisions.html">Decisions</a>`;
  const crumbs = y.parent ? `${decisions} › <a href="${esc(root + y.parent.path)}">${esc(y.parent.label)}</a> › ${esc(y.label)}` : `${decisions} › ${esc(y.label)}`;
  const months = y.months.length ? `\n${pageNav(y.months, root, y.label, `Decisions of ${y.year} by month`)}` : '';
  const split = y.months.length && !y.parent;
  const lead = split ? `${plural(y.count, 'decision')}, on a page for each month.` : `${plural(y.count, 'decision')} in ${plural(y.meetings.length, 'meeting')}.`;
  const body = `<p class="crumbs">${crumbs}</p>
<h1>Decisions of ${esc(y.label)}</h1>
${yearNav(y.years, root, y.year)}${months}
<p class="lead">${lead}</p>
${split ? '' : decisionGroups(y.meetings, root)}`;
  return layout({ site, root, title: y.pageTitle, body, current: 'decisions' });
}
