// SERIES/actions.html: every action of a series, newest first; an action
// carried from meeting to meeting is shown once, with each meeting.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { threadList } from './_includes/partials/threads.js';

export const data = {
  pagination: { data: 'minutebook.render.seriesActions', size: 1, alias: 'a' },
  permalink: (data) => data.a.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, a }) {
  const root = a.root;
  const open = a.threads.filter((t) => t.open).length;
  const body = `<p class="crumbs"><a href="${esc(root + a.series.path)}">${esc(a.series.title)}</a> › <a href="${root}actions.html">Action items</a></p>
<h1>Action items of ${esc(a.series.title)}</h1>
<p class="lead">${plural(a.threads.length, 'action')}, ${open} open (recorded in the latest meeting), newest first.</p>
${threadList(a.threads, root, { series: false })}`;
  return layout({ site, root, title: a.pageTitle, path: a.path, body, current: 'actions' });
}
