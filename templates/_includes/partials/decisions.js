// Decisions grouped by meeting, each item linking to its place in the minutes.
import { esc, when, escTitle } from '../format.js';
import { itemElsewhere } from './items.js';
import { pageNav } from './page-nav.js';

export function decisionGroups(groups, root) {
  return groups
    .map((g) => `<section><h2><a href="${esc(root + g.ref.path)}">${escTitle(g.ref.title)}</a> ${when(g.ref)} <span class="meta">${esc(g.seriesTitle)}</span></h2>
<ul class="items">${g.items.map((i) => itemElsewhere(i, g.ref, root)).join('\n')}</ul></section>`)
    .join('\n');
}

/** The years as a row of links (page-nav.js), the current one marked; nothing when there are none. */
export function yearNav(years, root, current = '', label = 'Decisions by year') {
  return years.length ? pageNav(years.map((y) => ({ label: y.year, path: y.path, count: y.count })), root, current, label) : '';
}
