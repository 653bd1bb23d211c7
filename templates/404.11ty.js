// Shown by hosts for a missing page, at whatever depth it was asked for, so
// its links start from the site's path prefix when one is configured
// (GitHub Pages: /repo/), else from the host's root, "/".
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';

export const data = once('404.html');

export function render({ minutebook: site }) {
  const root = site.notFoundRoot;
  const body = `<h1>Page not found</h1>
<p>There is no page at this address. Meetings keep their address from build to build, so the link may have a typo, or the meeting may not be in these logs.</p>
<ul>
<li><a href="${root}index.html">Home: every series and the recent meetings</a></li>
<li><a href="${root}topics.html">Topics</a> · <a href="${root}actions.html">Action items</a> · <a href="${root}people/index.html">People</a></li>
</ul>`;
  return layout({ site, root, title: site.pageTitles.notFound, body });
}
