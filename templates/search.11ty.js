// Where the home page's search form goes. Full-text search is a later
// issue; until then this page exists so the form never leads nowhere, and
// points to the indexes that cover the same ground.
import { layout } from './_includes/layouts/base.js';

export const data = { permalink: 'search.html', eleventyExcludeFromCollections: true };

export function render({ minutebook: site }) {
  const body = `<h1>Search</h1>
<p>Full-text search is not part of this site yet. Meanwhile, these indexes cover every meeting:</p>
<ul>
<li><a href="topics.html">Topics</a>: every topic of every meeting, grouped by title</li>
<li><a href="actions.html">Action items</a>: by person and by series, with what is still open</li>
<li><a href="decisions.html">Decisions</a>: everything agreed, accepted, rejected or voted</li>
<li><a href="people/index.html">People</a>: who took part, and in which meetings</li>
</ul>
<p><a href="index.html">Back to the home page</a></p>`;
  return layout({ site, root: '', title: site.pageTitles.search, body });
}
