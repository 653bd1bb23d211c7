#!/usr/bin/env node
// The plain-Node lower bound for `npm run bench`: the least work that still
// gives each meeting the two pages minutebook gives it. It parses the logs
// with minutebook's own parser (dist/pipeline.js: parsing is the same work
// for both) and writes, per meeting, a minutes page and a log page with the
// same information and about the same markup as templates/meeting.11ty.js
// and templates/log.11ty.js (layout, facts, topics and items linked to their
// log lines, actions by person, people, pager; per line an anchor, time,
// coloured nick, linked URLs, command and item marks), with template literals
// and fs.writeFileSync. No Eleventy, no site model, no downloads, no index
// pages, no search index: those are what minutebook does on top.
// Usage: node bench/baseline.js --logs DIR --out DIR
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseLog } from '../dist/pipeline.js';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
const URL = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;
const linked = (text) => {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL)) {
    out += `${esc(text.slice(at, m.index))}<a href="${esc(m[0])}" rel="nofollow">${esc(m[0])}</a>`;
    at = m.index + m[0].length;
  }
  return at ? out + esc(text.slice(at)) : esc(text);
};
const colour = (nick) => {
  let h = 0x811c9dc5;
  for (const c of nick.toLowerCase()) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0) % 12;
};
const person = (nick, root) => `<a href="${root}people/${esc(nick.toLowerCase().replace(/[^a-z0-9-]/g, (c) => `_${c.codePointAt(0).toString(16)}_`))}.html">${esc(nick)}</a>`;
const LABEL = { topic: 'Topic', action: 'Action', info: 'Info', idea: 'Idea', help: 'Help', link: 'Link', agreed: 'Agreed', accepted: 'Accepted', rejected: 'Rejected', vote: 'Vote' };
const KIND_CLASS = { message: '', action: 'me', join: 'ev join', part: 'ev part', quit: 'ev quit', nick: 'ev nick', notice: 'nt', other: 'o' };

function layout(root, title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${root}assets/style.css">
<link rel="alternate" type="application/atom+xml" title="Meetings" href="${root}feed.xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a class="brand" href="${root}index.html">Meetings</a>
<nav aria-label="Sections"><ul><li><a href="${root}index.html">Home</a></li><li><a href="${root}topics.html">Topics</a></li><li><a href="${root}actions.html">Actions</a></li><li><a href="${root}decisions.html">Decisions</a></li><li><a href="${root}people/index.html">People</a></li></ul></nav>
<form class="site-search" action="${root}search.html" method="get" role="search"><input name="q" type="search" placeholder="Search"><button type="submit">Search</button></form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site"><p>Minutes and logs of IRC meetings. All times are UTC.</p></footer>
</body>
</html>
`;
}

const date = (iso) => iso.slice(0, 10);
const clock = (iso) => (iso ? iso.slice(11, 16) : '');

function item(i, m, root) {
  const who = `<a class="who" href="${esc(root + m.id)}.log.html#l-${i.line}">${esc(i.nick)}, ${clock(i.time)}</a>`;
  const owners = i.kind !== 'action' ? '' : i.assignees?.length ? ` <span class="assignees">for ${i.assignees.map((a) => person(a, root)).join(', ')}</span>` : ' <span class="assignees">unassigned</span>';
  return `<li id="i-${i.line}" class="item k-${i.kind}"><span class="badge b-${i.kind}">${LABEL[i.kind] ?? i.kind}</span> <span class="text">${linked(i.text)}</span> <span class="meta">(${who})</span>${owners}</li>`;
}

function minutesPage(m, prev, next) {
  const root = '../../';
  const series = `${root}${esc(m.series)}/index.html`;
  const topics = [{ title: null, line: 0 }, ...m.topics].map((t, k) => {
    const items = m.items.filter((i) => i.kind !== 'topic' && (i.topic ?? -1) === k - 1).map((i) => item(i, m, root));
    if (t.title === null) return items.length ? `<li class="topic untitled"><h3>Before the first topic</h3>\n<ol class="items">\n${items.join('\n')}\n</ol></li>` : '';
    return `<li class="topic" id="t-${t.line}"><h3>${linked(t.title)}</h3> <span class="meta">(<a href="${esc(root + m.id)}.log.html#l-${t.line}">${esc(t.nick)}, ${clock(t.time)}</a>)</span>\n<ol class="items">\n${items.join('\n')}\n</ol></li>`;
  });
  const actions = m.items.filter((i) => i.kind === 'action');
  const byPerson = new Map();
  for (const a of actions) for (const who of a.assignees?.length ? a.assignees : ['']) byPerson.set(who, [...(byPerson.get(who) ?? []), a]);
  const actionLine = (a) => `<li><a href="#i-${a.line}">${esc(a.text)}</a></li>`;
  const pager = (where) => `<nav class="pager" aria-label="Meetings of the series (${where})">
${prev ? `<a rel="prev" href="${root}${esc(prev.id)}.html">Previous: ${esc(prev.title)}, ${date(prev.start)}</a>` : '<span class="none">Previous: none</span>'}
<a href="${series}">All of ${esc(m.series)}</a>
${next ? `<a rel="next" href="${root}${esc(next.id)}.html">Next: ${esc(next.title)}, ${date(next.start)}</a>` : '<span class="none">Next: none</span>'}
</nav>`;
  const body = `<p class="crumbs"><a href="${series}">${esc(m.series)}</a> › ${date(m.start)}</p>
<h1>${esc(m.title)}</h1>
<dl class="facts"><div><dt>When</dt><dd><time datetime="${m.start}">${date(m.start)} ${clock(m.start)} UTC</time></dd></div><div><dt>Series</dt><dd><a href="${series}">${esc(m.series)}</a></dd></div>${m.owner ? `<div><dt>Started by</dt><dd>${person(m.owner, root)}</dd></div>` : ''}<div><dt>Chairs</dt><dd>${m.chairs.map((c) => person(c, root)).join(', ')}</dd></div></dl>
<nav class="downloads"><ul><li><a href="${root}${esc(m.id)}.log.html">Full log</a></li><li><a href="${root}${esc(m.id)}.txt">Minutes (.txt)</a></li><li><a href="${root}${esc(m.id)}.md">Markdown (.md)</a></li><li><a href="${root}data/meetings/${esc(m.id)}.json">Data (.json)</a></li><li><a href="${root}${esc(m.id)}.log.txt">Raw log (.log.txt)</a></li></ul></nav>
${pager('top')}
<section><h2 id="h-summary">Meeting summary</h2>
<p class="meta">${m.topics.length} topics · ${actions.length} action items</p>
<ol class="topics">
${topics.filter(Boolean).join('\n')}
</ol></section>
<section><h2 id="h-actions">Action items</h2>
<ol>${actions.map(actionLine).join('')}</ol>
<h3>By person</h3>
<ul class="by-person">
${[...byPerson].map(([who, list]) => `<li>${who ? person(who, root) : '<em>Unassigned</em>'}<ol>${list.map(actionLine).join('')}</ol></li>`).join('\n')}
</ul></section>
<section><h2 id="h-people">People present (lines said)</h2>
<ol class="people">
${m.people.map((p) => `<li><span class="nick n${colour(p.nick)}">${person(p.nick, root)}</span> (${p.lines})</li>`).join('\n')}
</ol></section>
${pager('bottom')}`;
  return layout(root, `${m.title}, ${date(m.start)}`, body);
}

function logPage(m) {
  const root = '../../';
  const items = new Map(m.items.map((i) => [i.line, i]));
  const colours = new Map();
  const out = m.lines.map((l) => {
    const i = items.get(l.line);
    const cls = [KIND_CLASS[l.kind] ?? 'o', l.outside ? 'out' : '', l.kind === 'message' && l.text.startsWith('#') ? 'cmd' : '', i ? 'it' : ''].filter(Boolean).join(' ');
    if (l.nick !== null && !colours.has(l.nick)) colours.set(l.nick, colour(l.nick));
    const who = l.nick === null ? '' : `<b class="n${colours.get(l.nick)}">${esc(l.nick)}</b> `;
    const back = i ? ` <a class="back" href="${root}${esc(m.id)}.html#i-${i.line}">${LABEL[i.kind]} in the minutes</a>` : '';
    return `<p id="l-${l.line}"${cls ? ` class="${cls}"` : ''}><a href="#l-${l.line}">${l.time ? l.time.slice(11, 19) : `#${l.line}`}</a> ${who}${linked(l.text)}${back}</p>`;
  });
  const body = `<p class="crumbs"><a href="${root}${esc(m.series)}/index.html">${esc(m.series)}</a> › <a href="${root}${esc(m.id)}.html">${date(m.start)}</a> › log</p>
<h1>Log: ${esc(m.title)}</h1>
<p class="lead"><time datetime="${m.start}">${date(m.start)} ${clock(m.start)} UTC</time> · ${m.lines.length} lines · <a href="${root}${esc(m.id)}.html">Minutes</a></p>
<div class="log">
${out.join('\n')}
</div>`;
  return layout(root, `Log: ${m.title}, ${date(m.start)}`, body);
}

/** Parses every log under logsDir and writes the two pages of each meeting under outDir. */
export function baseline(logsDir, outDir) {
  const files = fs.readdirSync(logsDir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.series.md') && fs.statSync(path.join(logsDir, f)).isFile()).sort();
  const meetings = [];
  for (const rel of files) meetings.push(...parseLog(fs.readFileSync(path.join(logsDir, rel)), path.join(logsDir, rel), { relPath: rel }).meetings);
  const bySeries = new Map();
  for (const m of meetings) bySeries.set(m.series, [...(bySeries.get(m.series) ?? []), m]);
  let bytes = 0;
  for (const list of bySeries.values()) {
    list.sort((a, b) => (a.start < b.start ? -1 : 1));
    list.forEach((m, k) => {
      const file = path.join(outDir, m.id);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const minutes = minutesPage(m, list[k - 1], list[k + 1]);
      const log = logPage(m);
      fs.writeFileSync(`${file}.html`, minutes);
      fs.writeFileSync(`${file}.log.html`, log);
      bytes += Buffer.byteLength(minutes) + Buffer.byteLength(log);
    });
  }
  return { meetings: meetings.length, pages: 2 * meetings.length, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { logs: { type: 'string' }, out: { type: 'string' } } });
  if (!values.logs || !values.out) throw new Error('usage: node bench/baseline.js --logs DIR --out DIR');
  const r = baseline(values.logs, values.out);
  console.log(JSON.stringify(r));
}
