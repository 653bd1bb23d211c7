// topics/t/TITLE.html: every meeting that discussed one topic, newest first.
import { layout } from './_includes/layouts/base.js';
import { parts, plural } from './_includes/format.js';
import { topicEntries } from './_includes/partials/topics.js';

export const data = {
  pagination: { data: 'minutebook.render.topicGroups', size: 1, alias: 'g' },
  permalink: (data) => data.g.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, g }) {
  const root = g.root;
  const body = `<p class="crumbs"><a href="${root}topics.html">Topics</a></p>
<h1>${parts(g.parts) || '<em>(untitled topic)</em>'}</h1>
<p class="lead">Discussed in ${plural(g.entries.length, 'meeting')}, newest first.</p>
<ul class="meetings">${topicEntries(g.entries, root, g.title)}</ul>`;
  return layout({ site, root, title: g.pageTitle, path: g.path, body, current: 'topics' });
}
