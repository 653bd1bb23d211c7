// topics/letter-X.html: the topics whose title starts with one letter.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { letterNav, topicGroups } from './_includes/partials/topics.js';

export const data = {
  pagination: { data: 'minutebook.render.topicLetters', size: 1, alias: 'l' },
  permalink: (data) => data.l.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, l }) {
  const root = l.root;
  const body = `<p class="crumbs"><a href="${root}topics.html">Topics</a> › ${esc(l.label)}</p>
<h1>Topics: ${esc(l.label)}</h1>
${letterNav(l.letters, root, l.label)}
<p class="lead">${plural(l.groups.length, 'topic')}.</p>
${topicGroups(l.groups, root)}`;
  return layout({ site, root, title: l.pageTitle, body, current: 'topics' });
}
