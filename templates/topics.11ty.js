// Every topic of every meeting, grouped by normalized title; each entry links
// to the topic in its minutes.
import { layout } from './_includes/layouts/base.js';
import { esc, parts, plural } from './_includes/format.js';

export const data = { permalink: 'topics.html', eleventyExcludeFromCollections: true };

export function render({ minutebook: site }) {
  const root = '';
  const groups = site.topics
    .map(
      (g) => `<li id="${esc(g.id)}"><h2>${parts(g.parts) || '<em>(untitled topic)</em>'} <span class="meta">${plural(g.entries.length, 'meeting')}</span></h2>
<ul>${g.entries
        .map(
          (e) => `<li><a href="${esc(root + e.href)}">${esc(e.ref.title)}, ${esc(e.ref.date)}</a>${e.title === g.title ? '' : ` <span class="meta">as “${esc(e.title)}”</span>`}</li>`,
        )
        .join('')}</ul></li>`,
    )
    .join('\n');
  const body = `<h1>Topics</h1>
<p class="lead">${plural(site.topics.length, 'topic')}, titles grouped regardless of case and punctuation.</p>
${groups ? `<ol class="topic-index">\n${groups}\n</ol>` : '<p>No topics yet.</p>'}`;
  return layout({ site, root, title: site.pageTitles.topics, body, current: 'topics' });
}
