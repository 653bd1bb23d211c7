// topics/letter-X.html: the topics whose title starts with one letter; for a
// letter of very many, its parts (topics/letter-XY.html, by the first two
// letters), each a page of the same kind.
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
  const topics = `<a href="${root}topics.html">Topics</a>`;
  const crumbs = l.parent ? `${topics} › <a href="${esc(root + l.parent.path)}">${esc(l.parent.label)}</a> › ${esc(l.label)}` : `${topics} › ${esc(l.label)}`;
  const parts = l.parts.length ? `\n${letterNav(l.parts, root, l.label, `Topics under ${l.parent?.label ?? l.label} by their first two letters`)}` : '';
  const lead = l.parent || !l.parts.length ? `${plural(l.count, 'topic')}.` : `${plural(l.count, 'topic')}, on a page for each of their first two letters.`;
  const body = `<p class="crumbs">${crumbs}</p>
<h1>Topics: ${esc(l.label)}</h1>
${letterNav(l.letters, root, l.parent?.label ?? l.label)}${parts}
<p class="lead">${lead}</p>
${l.groups.length || !l.parts.length ? topicGroups(l.groups, root) : ''}`;
  return layout({ site, root, title: l.pageTitle, path: l.path, body, current: 'topics' });
}
