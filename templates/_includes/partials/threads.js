// Action threads of the rollup: the action, who it is for, every meeting it
// was recorded in, and whether it is carried over or still open.
import { esc, parts, personLink } from '../format.js';

export function thread(t, root, { series = true } = {}) {
  const flags = [];
  if (t.open) flags.push('<span class="flag open">open</span>');
  if (t.carried) flags.push(`<span class="flag carried">carried over: in ${t.appearances.length} meetings</span>`);
  const who = t.assignees.length ? `for ${t.assignees.map((p) => personLink(p, root)).join(', ')}` : 'unassigned';
  const seen = t.appearances
    .map((a, k) => `<a href="${esc(root + a.href)}">${esc(a.ref.date)}</a>${k === t.appearances.length - 1 && t.carried ? ' (first)' : ''}`)
    .join(', ');
  return `<li class="thread${t.open ? ' is-open' : ''}">${flags.join(' ')} <span class="text">${parts(t.parts) || '<em>(no text)</em>'}</span>
<div class="meta">${who}${series ? ` · <a href="${esc(root + t.series.path)}">${esc(t.series.title)}</a>` : ''} · ${
    t.carried ? 'recorded' : 'recorded in'
  } ${seen}</div></li>`;
}

export function threadList(threads, root, options) {
  return threads.length ? `<ul class="threads">\n${threads.map((t) => thread(t, root, options)).join('\n')}\n</ul>` : '<p>None.</p>';
}
