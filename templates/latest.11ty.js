// SERIES/latest.html: a stable address that sends the reader to the newest
// meeting of the series, without a server (meta refresh and a visible link).
import { esc, whenPlain, escTitle } from './_includes/format.js';
import { documentHead } from './_includes/layouts/base.js';

export const data = {
  pagination: { data: 'minutebook.render.series', size: 1, alias: 's' },
  permalink: (data) => data.s.latestPath,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, s }) {
  const href = esc(s.root + s.latest.path);
  // The meeting it sends to is the page of record: by its full address when the site's URL is known.
  const canonical = site.url ? esc(site.url + s.latest.path) : href;
  return `${documentHead(s.root, s.latestTitle)}
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${canonical}">
</head>
<body>
<main id="main">
<h1>Latest meeting of ${esc(s.title)}</h1>
<p>Going to <a href="${href}">${escTitle(s.latest.title)}, ${escTitle(whenPlain(s.latest))}</a>.</p>
<p><a href="${esc(s.root + s.path)}">All meetings of ${esc(s.title)}</a></p>
</main>
</body>
</html>
`;
}
