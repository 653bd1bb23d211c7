// A row of links to sibling pages ({label, path, count?}), the current one
// marked: the topic index's letters and parts, a split year's months.
import { count, esc } from '../format.js';

export function pageNav(links, root, current, label) {
  return `<nav aria-label="${esc(label)}" class="years"><ul>${links
    .map((l) => `<li><a href="${esc(root + l.path)}"${l.label === current ? ' aria-current="page"' : ''}>${esc(l.label)}</a>${l.count === undefined ? '' : ` <span class="meta">${count(l.count)}</span>`}</li>`)
    .join('')}</ul></nav>`;
}
