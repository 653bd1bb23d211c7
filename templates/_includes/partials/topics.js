// A topic of the index: its title, how many meetings discussed it, the newest
// of them (each linking to the topic in its minutes), and the rest a click away.
import { count, esc, parts, plural, escTitle } from '../format.js';
import { pageNav } from './page-nav.js';

export function topicEntries(entries, root, title) {
  return entries
    .map((e) => `<li><a href="${esc(root + e.href)}">${escTitle(e.ref.title)}, ${escTitle(e.ref.date)}</a>${e.title === title ? '' : ` <span class="meta">as “${esc(e.title)}”</span>`}</li>`)
    .join('');
}

export function topicGroup(g, root) {
  const more = g.allPath ? `<li><a href="${esc(root + g.allPath)}">All ${count(g.count)} meetings</a></li>` : '';
  return `<li id="${esc(g.id)}"><h2>${parts(g.parts) || '<em>(untitled topic)</em>'} <span class="meta">${plural(g.count, 'meeting')}</span></h2>
<ul>${topicEntries(g.entries, root, g.title)}${more}</ul></li>`;
}

export function topicGroups(groups, root) {
  return groups.length ? `<ol class="topic-index">\n${groups.map((g) => topicGroup(g, root)).join('\n')}\n</ol>` : '<p>No topics yet.</p>';
}

export function letterNav(letters, root, current = '', label = 'Topics by first letter') {
  return pageNav(letters, root, current, label);
}
