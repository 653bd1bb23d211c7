// Home: the series with their latest meeting, recent meetings, open action
// items at a glance, totals (the search box is in every page's header).
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { count, esc, plural, when, escTitle } from './_includes/format.js';
import { meetingList } from './_includes/partials/meetings.js';
import { threadList } from './_includes/partials/threads.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'index.html';
export const data = once(PATH);

export function render({ minutebook: site }) {
  const home = site.home;
  const root = '';
  const t = home.totals;
  const series = home.series
    .map(
      (s) => `<li><a class="series-title" href="${esc(s.path)}">${esc(s.title)}</a> <span class="meta">${plural(s.count, 'meeting')}</span><br>
latest: <a href="${esc(s.latest.path)}">${escTitle(s.latest.title)}</a> ${when(s.latest)}</li>`,
    )
    .join('\n');
  const body = `<h1>${esc(site.title)}</h1>
${site.description ? `<p class="lead">${esc(site.description)}</p>\n` : ''}<p class="totals">${plural(t.meetings, 'meeting')} in ${plural(t.series, 'series', 'series')} · ${plural(t.people, 'person', 'people')} · ${plural(
    t.topics,
    'topic',
  )} · ${plural(t.actions, 'action item')} · ${plural(t.decisions, 'decision')} · ${plural(t.lines, 'log line')}</p>
<div class="columns">
<section aria-labelledby="h-series">
<h2 id="h-series">Series</h2>
${series ? `<ul class="series-list">\n${series}\n</ul>` : '<p>No meetings yet: put logs in the logs folder and build again.</p>'}
</section>
<section aria-labelledby="h-recent">
<h2 id="h-recent">Recent meetings</h2>
${meetingList(home.recent, root, { series: true })}
<p><a href="calendar.html">Every meeting by date</a></p>
</section>
</div>
<section aria-labelledby="h-open">
<h2 id="h-open">Open action items</h2>
<p>Recorded in the latest meeting of their series${home.openTotal > home.openActions.length ? `; the ${count(home.openActions.length)} newest of ${count(home.openTotal)}` : ''}. <a href="actions.html">All action items</a></p>
${threadList(home.openActions, root)}
</section>`;
  return layout({ site, root, title: site.pageTitles.home, path: PATH, body, current: 'home' });
}
