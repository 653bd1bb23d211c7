// Every meeting by date, whatever its series: a row per year, a cell per
// month with the number of meetings held then, linking to them.
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { count, esc, plural } from './_includes/format.js';
import { meetingList } from './_includes/partials/meetings.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'calendar.html';
export const data = once(PATH);

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function cell(m, root) {
  if (!m.path) return '<td class="none">–</td>';
  return `<td><a href="${esc(root + m.path)}">${count(m.count)}<span class="vh"> ${m.count === 1 ? 'meeting' : 'meetings'} in ${esc(m.label)}</span></a></td>`;
}

export function render({ minutebook: site }) {
  const root = '';
  const c = site.calendar;
  const rows = c.years
    .map((y) => `<tr><th scope="row"><a href="${esc(root + y.path)}">${esc(y.year)}</a></th>${y.months.map((m) => cell(m, root)).join('')}<td class="total">${count(y.count)}</td></tr>`)
    .join('\n');
  const table = `<div class="table-wrap"><table class="calendar">
<caption><span>Meetings held each month</span></caption>
<thead><tr><th scope="col">Year</th>${SHORT.map((m) => `<th scope="col">${m}</th>`).join('')}<th scope="col">All</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
  const undated = c.undated.length
    ? `\n<section aria-labelledby="undated">\n<h2 id="undated">Without a date</h2>\n<p>${plural(c.undated.length, 'meeting')} whose logs give no date (a front matter <code>date:</code> in the log gives it one):</p>\n${meetingList(c.undated, root, { series: true })}\n</section>`
    : '';
  const body = `<h1>Meetings by date</h1>
<p class="lead">${plural(c.total, 'meeting')} of every series, by the month they were held. A year's page lists its meetings in the order they were held.</p>
${c.years.length ? table : c.undated.length ? '' : '<p>No meetings yet.</p>'}${undated}`;
  return layout({ site, root, title: site.pageTitles.calendar, path: PATH, body, current: 'calendar' });
}
