// A series: its notes, then every meeting, newest first, grouped by year.
import { layout } from './_includes/layouts/base.js';
import { esc, plural } from './_includes/format.js';
import { meetingList } from './_includes/partials/meetings.js';

export const data = {
  pagination: { data: 'minutebook.render.series', size: 1, alias: 's' },
  permalink: (data) => data.s.path,
  eleventyExcludeFromCollections: true,
};

export function render({ minutebook: site, s }) {
  const root = s.root;
  const years = s.years
    .map((y) => `<section aria-labelledby="y-${esc(y.year)}">
<h2 id="y-${esc(y.year)}">${esc(y.year)} <span class="meta">${plural(y.meetings.length, 'meeting')}</span></h2>
${meetingList(y.meetings, root, { dated: true })}
</section>`)
    .join('\n');
  const jump = s.years.length > 1 ? `<nav aria-label="Years" class="years"><ul>${s.years.map((y) => `<li><a href="#y-${esc(y.year)}">${esc(y.year)}</a></li>`).join('')}</ul></nav>` : '';
  const body = `<h1>${esc(s.title)}</h1>
<p class="lead">${plural(s.count, 'meeting')}${s.dates ? `, ${esc(s.dates)}` : ''}${s.undated ? ` (${plural(s.undated, 'meeting')} without a date)` : ''}.
<a href="${esc(root + s.latestPath)}">Latest meeting</a> · <a href="${esc(root + s.actionsPath)}">Action items</a> · <a href="${esc(root + s.feed.path)}">Atom feed</a></p>
${s.notesHtml ? `<section class="notes" aria-label="Notes">\n${s.notesHtml}\n</section>` : ''}
${jump}
${years}`;
  return layout({ site, root, title: s.pageTitle, path: s.path, body, description: s.description, feed: s.feed });
}
