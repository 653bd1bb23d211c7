// The action-item rollup: every action, by person and by series, newest
// first; carried-over actions once, with each meeting they reappeared in.
import { layout } from './_includes/layouts/base.js';
import { esc, personLink, plural } from './_includes/format.js';
import { threadList } from './_includes/partials/threads.js';

export const data = { permalink: 'actions.html', eleventyExcludeFromCollections: true };

export function render({ minutebook: site }) {
  const root = '';
  const a = site.actions;
  const people = a.byPerson
    .map((g, k) => `<section aria-labelledby="p-${k}"><h3 id="p-${k}">${personLink(g.person, root)} <span class="meta">${plural(g.threads.length, 'action')}</span></h3>
${threadList(g.threads, root)}</section>`)
    .join('\n');
  const series = a.bySeries
    .map((g, k) => `<section aria-labelledby="s-${k}"><h3 id="s-${k}"><a href="${esc(root + g.series.path)}">${esc(g.series.title)}</a> <span class="meta">${plural(g.threads.length, 'action')}</span></h3>
${threadList(g.threads, root, { series: false })}</section>`)
    .join('\n');
  const body = `<h1>Action items</h1>
<p class="lead">${plural(a.total, 'action')}, ${a.open} open (still recorded in the latest meeting of their series), ${a.carried} carried over from meeting to meeting.</p>
<nav aria-label="On this page" class="toc"><ul><li><a href="#by-person">By person</a></li><li><a href="#unassigned">Unassigned</a></li><li><a href="#by-series">By series</a></li></ul></nav>
<section aria-labelledby="by-person"><h2 id="by-person">By person</h2>
${people || '<p>No action was assigned to anyone.</p>'}
</section>
<section aria-labelledby="unassigned"><h2 id="unassigned">Unassigned</h2>
${threadList(a.unassigned, root)}
</section>
<section aria-labelledby="by-series"><h2 id="by-series">By series</h2>
${series || '<p>No action items yet.</p>'}
</section>`;
  return layout({ site, root, title: site.pageTitles.actions, body, current: 'actions' });
}
