// Decisions grouped by meeting, each item linking to its place in the minutes.
import { count, esc, when } from '../format.js';
import { itemElsewhere } from './items.js';

export function decisionGroups(groups, root) {
  return groups
    .map((g) => `<section><h2><a href="${esc(root + g.ref.path)}">${esc(g.ref.title)}</a> ${when(g.ref)} <span class="meta">${esc(g.seriesTitle)}</span></h2>
<ul class="items">${g.items.map((i) => itemElsewhere(i, g.ref, root)).join('\n')}</ul></section>`)
    .join('\n');
}

export function yearNav(years, root, current = '', label = 'Decisions by year') {
  return years.length
    ? `<nav aria-label="${esc(label)}" class="years"><ul>${years
        .map((y) => `<li><a href="${esc(root + y.path)}"${y.year === current ? ' aria-current="page"' : ''}>${esc(y.year)}</a>${y.count === undefined ? '' : ` <span class="meta">${count(y.count)}</span>`}</li>`)
        .join('')}</ul></nav>`
    : '';
}
