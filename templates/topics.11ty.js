// The topic index: every topic of every meeting, grouped by normalized title.
// One page for a small archive; for a large one, the most recurring topics
// and a page per first letter.
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { plural } from './_includes/format.js';
import { letterNav, topicGroups } from './_includes/partials/topics.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'topics.html';
export const data = once(PATH);

export function render({ minutebook: site }) {
  const root = '';
  const t = site.topics;
  const lead = `<p class="lead">${plural(t.groups, 'topic')}, set ${plural(t.set, 'time')} in the meetings: titles are grouped regardless of case and punctuation, each meeting listed once under a title.</p>`;
  const body = t.all
    ? `<h1>Topics</h1>\n${lead}\n${topicGroups(t.all, root)}`
    : `<h1>Topics</h1>\n${lead}\n${letterNav(t.letters, root)}
<h2 id="recurring">Most recurring topics</h2>
${topicGroups(t.recurring, root)}`;
  return layout({ site, root, title: site.pageTitles.topics, path: PATH, body, current: 'topics' });
}
