// Every decision: #agreed, #accepted, #rejected and vote results. The newest
// here; all of them on a page per year.
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { plural } from './_includes/format.js';
import { decisionGroups, yearNav } from './_includes/partials/decisions.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'decisions.html';
export const data = once(PATH);

export function render({ minutebook: site }) {
  const root = '';
  const d = site.decisions;
  const body = `<h1>Decisions</h1>
<p class="lead">${plural(d.total, 'decision')} (agreed, accepted, rejected and votes). The newest first; every year has a page.</p>
${yearNav(d.years, root)}
${decisionGroups(d.recent, root) || '<p>No decisions yet.</p>'}`;
  return layout({ site, root, title: site.pageTitles.decisions, path: PATH, body, current: 'decisions' });
}
