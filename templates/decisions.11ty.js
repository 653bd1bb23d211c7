// Every decision: #agreed, #accepted, #rejected and vote results, newest
// meeting first.
import { layout } from './_includes/layouts/base.js';
import { esc, plural, when } from './_includes/format.js';
import { itemElsewhere } from './_includes/partials/items.js';

export const data = { permalink: 'decisions.html', eleventyExcludeFromCollections: true };

export function render({ minutebook: site }) {
  const root = '';
  const d = site.decisions;
  const meetings = d.meetings
    .map((g) => `<section><h2><a href="${esc(root + g.ref.path)}">${esc(g.ref.title)}</a> ${when(g.ref)} <span class="meta">${esc(g.seriesTitle)}</span></h2>
<ul class="items">${g.items.map((i) => itemElsewhere(i, g.ref, root)).join('\n')}</ul></section>`)
    .join('\n');
  const body = `<h1>Decisions</h1>
<p class="lead">${plural(d.total, 'decision')} (agreed, accepted, rejected and votes) in ${plural(d.meetings.length, 'meeting')}.</p>
${meetings || '<p>No decisions yet.</p>'}`;
  return layout({ site, root, title: site.pageTitles.decisions, body, current: 'decisions' });
}
