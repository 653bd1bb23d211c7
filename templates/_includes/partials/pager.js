// Previous and next meeting of the series.
import { esc, escTitle, whenPlain } from '../format.js';

/** `where` tells the two pagers of a page apart for screen readers. */
export function pager(p, root, where) {
  const link = (ref, rel, label) =>
    ref
      ? `<a rel="${rel}" href="${esc(root + ref.path)}"><span class="dir">${label}</span> ${escTitle(ref.title)}, ${escTitle(whenPlain(ref))}</a>`
      : `<span class="none"><span class="dir">${label}</span> none</span>`;
  return `<nav class="pager" aria-label="Meetings of the series (${where})">
${link(p.prev, 'prev', 'Previous:')}
<a href="${esc(root + p.seriesPath)}">All of ${esc(p.seriesTitle)}</a>
${link(p.next, 'next', 'Next:')}
</nav>`;
}
