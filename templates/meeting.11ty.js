// Minutes of one meeting: facts, topics with their items, action items (all,
// and by person), people present, neighbours in the series, downloads.
import { layout } from './_includes/layouts/base.js';
import { count, esc, parts, personLink, plural, whenText, escTitle } from './_includes/format.js';
import { minutesItem } from './_includes/partials/items.js';
import { pager } from './_includes/partials/pager.js';

export const data = {
  pagination: { data: 'minutebook.render.meetings', size: 1, alias: 'm' },
  permalink: (data) => data.m.ref.path,
  eleventyExcludeFromCollections: true,
};

function topic(block, root) {
  const items = block.items.length ? `<ol class="items">\n${block.items.map((i) => minutesItem(i, root)).join('\n')}\n</ol>` : '';
  if (block.id === null) return `<li class="topic untitled"><h3>Before the first topic</h3>\n${items}</li>`;
  const who = block.clock ? `${esc(block.nick)}, ${esc(block.clock)}` : esc(block.nick);
  return `<li class="topic" id="${esc(block.id)}"><h3>${parts(block.parts) || '<em>(untitled topic)</em>'}</h3> <span class="meta">(<a href="${esc(root + block.logHref)}">${who}</a>)</span>\n${items}</li>`;
}

function actionLine(item) {
  return `<li><a href="#${esc(item.id)}">${esc(item.text) || '(no text)'}</a></li>`;
}

/** The downloads a meeting may have (those the site carries are in m.downloads), in the order they are listed. */
const DOWNLOADS = [
  ['txt', 'text/plain', 'Minutes (.txt)'],
  ['md', 'text/markdown', 'Markdown (.md)'],
  ['json', 'application/json', 'Data (.json)'],
  ['log', 'text/plain', 'Raw log (.log.txt)'],
];

/** A fact naming people (chairs, scribes, regrets): none, no fact. */
function peopleFact(links, one, many, root) {
  return links.length ? [links.length === 1 ? one : many, links.map((c) => personLink(c, root)).join(', ')] : null;
}

export function render({ minutebook: site, m }) {
  const root = m.root;
  const ref = m.ref;
  const facts = [
    ['When', `${whenText(ref)}${m.duration ? `, ${esc(m.duration)}` : ''}${ref.ended ? '' : ' (never ended)'}`],
    ['Series', `<a href="${esc(root + m.seriesPath)}">${esc(m.seriesTitle)}</a>`],
    m.owner ? ['Started by', personLink(m.owner, root)] : null,
    peopleFact(m.chairs, 'Chair', 'Chairs', root),
    peopleFact(m.scribes, 'Scribe', 'Scribes', root),
    peopleFact(m.regrets, 'Regrets', 'Regrets', root),
    m.tags.length ? ['Tags', m.tags.map(esc).join(', ')] : null,
  ].filter(Boolean);
  const d = m.downloads;
  const summary = m.summary.length
    ? `<ol class="topics">\n${m.summary.map((b) => topic(b, root)).join('\n')}\n</ol>`
    : '<p>No topics or items were recorded.</p>';
  const byPerson = m.actionsByPerson
    .map((g) => `<li>${g.person ? personLink(g.person, root) : '<em>Unassigned</em>'}<ol>${g.items.map(actionLine).join('')}</ol></li>`)
    .join('\n');
  const people = m.people.map((p) => `<li><span class="nick n${p.colour}">${personLink(p, root)}</span> (${count(p.lines)})</li>`).join('\n');
  const body = `<p class="crumbs"><a href="${esc(root + m.seriesPath)}">${esc(m.seriesTitle)}</a> › ${esc(ref.date)}</p>
<h1>${escTitle(ref.title)}</h1>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
<nav class="downloads" aria-label="This meeting in other forms"><ul>
<li><a href="${esc(root + m.logPath)}">Full log</a></li>
${DOWNLOADS.filter(([kind]) => d[kind]).map(([kind, type, label]) => `<li><a href="${esc(root + d[kind])}" type="${type}">${label}</a></li>\n`).join('')}</ul></nav>
${pager(m, root, 'top')}
${m.proseHtml ? `<section class="notes" aria-labelledby="h-prose">\n<h2 id="h-prose">Notes with the log</h2>\n${m.proseHtml}\n</section>\n` : ''}<section aria-labelledby="h-summary">
<h2 id="h-summary">Meeting summary</h2>
<p class="meta">${plural(m.counts.topics, 'topic')} · ${plural(m.counts.actions, 'action item')} · ${plural(m.counts.decisions, 'decision')}</p>
${summary}
</section>
<section aria-labelledby="h-actions">
<h2 id="h-actions">Action items</h2>
${m.actions.length ? `<ol>${m.actions.map(actionLine).join('')}</ol>` : '<p>None.</p>'}
${byPerson ? `<h3>By person</h3>\n<ul class="by-person">\n${byPerson}\n</ul>` : ''}
</section>
<section aria-labelledby="h-people">
<h2 id="h-people">People present (lines said)</h2>
${people ? `<ol class="people">\n${people}\n</ol>` : '<p>Nobody spoke.</p>'}
</section>
${pager(m, root, 'bottom')}`;
  return layout({ site, root, title: m.pageTitle, path: m.ref.path, body, description: m.description, feed: m.seriesFeed });
}
