// Atom feeds: feed.xml for the site, SERIES/feed.xml per series. Entry ids
// and dates come from the meetings, so builds of the same logs are identical.
import { esc } from './_includes/format.js';

export const data = {
  pagination: { data: 'minutebook.render.feeds', size: 1, alias: 'feed' },
  permalink: (data) => data.feed.path,
  eleventyExcludeFromCollections: true,
};

export function render({ feed }) {
  const entries = feed.entries
    .map((e) => `<entry>
<id>${esc(e.id)}</id>
<title>${esc(e.title)}</title>
<link rel="alternate" type="text/html" href="${esc(e.href)}"/>
<published>${esc(e.published)}</published>
<updated>${esc(e.updated)}</updated>
<author><name>${esc(e.author)}</name></author>
<summary type="text">${esc(e.summary)}</summary>
</entry>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${esc(feed.id)}</id>
<title>${esc(feed.title)}</title>
${feed.subtitle ? `<subtitle>${esc(feed.subtitle)}</subtitle>\n` : ''}<link rel="self" type="application/atom+xml" href="${esc(feed.root + feed.path)}"/>
<link rel="alternate" type="text/html" href="${esc(feed.alternate)}"/>
<updated>${esc(feed.updated)}</updated>
<author><name>${esc(feed.title)}</name></author>
<generator>minutebook</generator>
${entries}
</feed>
`;
}
