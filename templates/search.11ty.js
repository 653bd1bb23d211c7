// The search page. The form, its filters and the results come alive with
// JavaScript (assets/search*.js, run against the index in search/); without
// it the page says so and points to the indexes that cover the same ground.
// Series and people for the filters come from the data layer.
import { once } from './_includes/once.js';
import { layout } from './_includes/layouts/base.js';
import { esc } from './_includes/format.js';

/** Where the page is: its permalink, and its canonical address under the site's url. */
const PATH = 'search.html';
export const data = once(PATH);

const SCRIPTS = ['search-words.js', 'search-query.js', 'search-engine.js', 'search-loader.js', 'search-render.js', 'search.js'];
const KINDS = [
  ['', 'Everything'],
  ['topic', 'Topics'],
  ['action', 'Action items'],
  ['decision', 'Decisions'],
  ['item', 'Other minutes items'],
  ['line', 'Log lines'],
];
const ORDERS = [
  ['', 'Best match'],
  ['new', 'Newest first'],
  ['old', 'Oldest first'],
];
const options = (list) => list.map(([value, label]) => `<option value="${value}">${label}</option>`).join('');

export function render({ minutebook: site }) {
  const series = site.series.map((s) => `<option value="${esc(s.series)}">${esc(s.title)}</option>`).join('');
  const people = site.speakers.map((nick) => `<option value="${esc(nick)}"></option>`).join('');
  const kinds = options(KINDS);
  const orders = options(ORDERS);
  const body = `<h1>Search</h1>
<noscript><div class="notice">
<p>Search needs JavaScript, which is turned off or blocked in this browser. Everything else on this site works without it, and these indexes cover every meeting:</p>
<ul>
<li><a href="topics.html">Topics</a>: every topic of every meeting, grouped by title</li>
<li><a href="actions.html">Action items</a>: by person and by series, with what is still open</li>
<li><a href="decisions.html">Decisions</a>: everything agreed, accepted, rejected or voted</li>
<li><a href="calendar.html">Calendar</a>: every meeting, by the month it was held</li>
<li><a href="people/index.html">People</a>: who took part, and in which meetings</li>
</ul>
</div></noscript>
<form id="search-form" class="search search-full" action="search.html" method="get" role="search" hidden>
<label for="q">Search the minutes and logs</label>
<input id="q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-help">
<button type="submit">Search</button>
<fieldset class="filters">
<legend class="vh">Filters</legend>
<label>Series <select name="series"><option value="">All series</option>${series}</select></label>
<label>Person <input name="person" type="text" list="search-people" autocomplete="off"></label>
<datalist id="search-people">${people}</datalist>
<label>Kind <select name="kind">${kinds}</select></label>
<label>From <input name="from" type="date"></label>
<label>To <input name="to" type="date"></label>
<label>Order <select name="sort">${orders}</select></label>
</fieldset>
</form>
<p id="search-help" class="meta" hidden>Case and accents do not matter; the last word also finds the longer words it begins until you type a space after it (the word itself first). Results come best match first, or by date with <i>Order</i>. Filters without words list everything they allow: everything a person said, a series' decisions. Press <kbd>/</kbd> on any page to search, <kbd>↓</kbd> and <kbd>↑</kbd> to move through the results, <kbd>Enter</kbd> to open one.</p>
<p id="slash-setting" class="meta" hidden><label><input id="slash-key" type="checkbox" checked> The <kbd>/</kbd> key puts the cursor in the search box, on every page</label></p>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<div id="search-results" class="search-results"></div>`;
  const head = SCRIPTS.map((s) => `<script src="assets/${s}" defer></script>`).join('\n') + '\n';
  return layout({ site, root: '', title: site.pageTitles.search, path: PATH, body, head, bodyClass: 'search-page' });
}
