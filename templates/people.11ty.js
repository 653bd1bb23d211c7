// Everyone who took part, with what they did.
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { count, esc, personLink, plural } from './_includes/format.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'people/index.html';
export const data = once(PATH);

export function render({ minutebook: site }) {
  const root = '../';
  const rows = site.peopleIndex
    .map((r) => `<tr><th scope="row">${personLink(r.person, root)}${r.aliases.length ? ` <span class="meta">(${r.aliases.map(esc).join(', ')})</span>` : ''}</th><td>${count(r.meetings)}</td><td>${count(r.lines)}</td><td>${count(r.actions)}</td><td>${count(r.chaired)}</td><td><a href="${esc(root + r.last.path)}">${esc(r.last.date)}</a></td></tr>`)
    .join('\n');
  const body = `<h1>People</h1>
<p class="lead">${plural(site.peopleIndex.length, 'person', 'people')}; nicks that differ only in case${site.nickVariants ? ' or by what IRC adds to a nick (alice_, alice|away, alice[m])' : ''}, or are declared aliases, count as one.</p>
<div class="table-wrap"><table class="people-table">
<thead><tr><th scope="col">Nick</th><th scope="col">Meetings</th><th scope="col">Lines</th><th scope="col">Actions</th><th scope="col">Chaired</th><th scope="col">Last seen</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
  return layout({ site, root, title: site.pageTitles.people, path: PATH, body, current: 'people' });
}
