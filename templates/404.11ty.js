// Shown by hosts for a missing page. Links are relative to the site root, so
// they work when the host serves this page for a missing file at the root.
import { layout } from './_includes/layouts/base.js';

export const data = { permalink: '404.html', eleventyExcludeFromCollections: true };

export function render({ minutebook: site }) {
  const body = `<h1>Page not found</h1>
<p>There is no page at this address. Meetings keep their address from build to build, so the link may have a typo, or the meeting may not be in these logs.</p>
<ul>
<li><a href="index.html">Home: every series and the recent meetings</a></li>
<li><a href="topics.html">Topics</a> · <a href="actions.html">Action items</a> · <a href="people/index.html">People</a></li>
</ul>`;
  return layout({ site, root: '', title: site.pageTitles.notFound, body });
}
