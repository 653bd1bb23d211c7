// One person: meetings attended (lines said, chaired), actions assigned.
import { layout } from './_includes/layouts/base.js';
import { esc, plural, when, escTitle } from './_includes/format.js';
import { threadList } from './_includes/partials/threads.js';

export const data = {
  pagination: { data: 'minutebook.render.people', size: 1, alias: 'p' },
  permalink: (data) => data.p.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, p }) {
  const root = p.root;
  const meetings = p.meetings
    .map((r) => `<li><a href="${esc(root + r.ref.path)}">${escTitle(r.ref.title)}</a> ${when(r.ref)} <span class="meta">${plural(r.lines, 'line')}${r.chaired ? ' · chair' : ''}${r.said ? ` · ${plural(r.said, 'remark')} in the minutes` : ''}</span></li>`)
    .join('\n');
  const body = `<p class="crumbs"><a href="${root}people/index.html">People</a></p>
<h1 class="nick-title">${esc(p.nick)}</h1>
${p.aliases.length ? `<p>Also seen as ${p.aliases.map(esc).join(', ')}.</p>` : ''}
<p class="lead">${plural(p.meetings.length, 'meeting')} · <a href="${root}${esc(p.searchPath)}">${plural(p.lines, 'line')} said</a> · ${plural(p.threads.length, 'action')} · chaired ${plural(p.chaired, 'meeting')}</p>
<section aria-labelledby="h-actions"><h2 id="h-actions">Actions assigned</h2>
${threadList(p.threads, root)}
</section>
<section aria-labelledby="h-meetings"><h2 id="h-meetings">Meetings</h2>
<ul class="meetings">\n${meetings}\n</ul>
</section>`;
  return layout({ site, root, title: p.pageTitle, path: p.path, body, current: 'people', description: p.description });
}
