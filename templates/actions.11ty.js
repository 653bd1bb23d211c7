// The action-item rollup's front page: every open action, and how many
// actions each person and each series has, linking to the pages that list
// them all (people/NICK.html, SERIES/actions.html).
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { count, esc, personLink, plural } from './_includes/format.js';
import { threadList } from './_includes/partials/threads.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'actions.html';
export const data = once(PATH);

export function render({ minutebook: site }) {
  const root = '';
  const a = site.actions;
  const open = a.openBySeries
    .map((g, k) => `<section aria-labelledby="o-${k}"><h3 id="o-${k}"><a href="${esc(root + g.series.path)}">${esc(g.series.title)}</a> <span class="meta">${plural(g.threads.length, 'open action')} · <a href="${esc(root + g.path)}">all its actions</a></span></h3>
${threadList(g.threads, root, { series: false })}</section>`)
    .join('\n');
  const people = a.people
    .map((p) => `<tr><th scope="row">${personLink(p.person, root)}</th><td>${count(p.open)}</td><td><a href="${esc(root + p.person.path)}#h-actions">${count(p.total)}</a></td></tr>`)
    .join('\n');
  const series = a.series
    .map((s) => `<tr><th scope="row"><a href="${esc(root + s.path)}">${esc(s.series.title)}</a></th><td>${count(s.open)}</td><td>${count(s.unassigned)}</td><td><a href="${esc(root + s.path)}">${count(s.total)}</a></td></tr>`)
    .join('\n');
  const body = `<h1>Action items</h1>
<p class="lead">${plural(a.total, 'action')}${a.carried ? ` (${plural(a.recorded, 'action item')} in the minutes: ${count(a.carried)} carried over from meeting to meeting)` : ''}, ${count(a.open)} open (still recorded in the latest meeting of their series).</p>
<nav aria-label="On this page" class="toc"><ul><li><a href="#open">Open</a></li><li><a href="#by-person">By person</a></li><li><a href="#by-series">By series</a></li></ul></nav>
<section aria-labelledby="open"><h2 id="open">Open action items</h2>
${open || '<p>No open action items.</p>'}
</section>
<section aria-labelledby="by-person"><h2 id="by-person">By person</h2>
${people ? `<div class="table-wrap"><table class="counts by-person"><thead><tr><th scope="col">Person</th><th scope="col">Open</th><th scope="col">All</th></tr></thead>\n<tbody>\n${people}\n</tbody></table></div>` : '<p>No action was assigned to anyone.</p>'}
</section>
<section aria-labelledby="by-series"><h2 id="by-series">By series</h2>
${series ? `<div class="table-wrap"><table class="counts"><thead><tr><th scope="col">Series</th><th scope="col">Open</th><th scope="col">Unassigned</th><th scope="col">All</th></tr></thead>\n<tbody>\n${series}\n</tbody></table></div>` : '<p>No action items yet.</p>'}
</section>`;
  return layout({ site, root, title: site.pageTitles.actions, path: PATH, body, current: 'actions' });
}
