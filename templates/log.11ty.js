// The log of one meeting: every line with its time and a permalink (#l-N),
// nicks in stable colours, /me and joins/parts dimmed, lines outside the
// meeting marked, links (safe schemes only), #commands highlighted, and a
// link from each line that made an item to that item in the minutes.
// The markup per line is kept small on purpose: log pages are most of the
// site's bytes (see docs/performance.md); styling hangs off the line's class.
import { layout } from './_includes/layouts/base.js';
import { esc, parts, plural, whenText, escTitle } from './_includes/format.js';

export const data = {
  pagination: { data: 'minutebook.render.meetings', size: 1, alias: 'm' },
  permalink: (data) => data.m.log.path,
  eleventyExcludeFromCollections: true,
};

/** Line kind → class: messages have none. */
const KIND_CLASS = { message: '', action: 'me', join: 'ev join', part: 'ev part', quit: 'ev quit', nick: 'ev nick', notice: 'nt', other: 'o' };

function line(l, stamp, note, minutes, colours) {
  const cls = [KIND_CLASS[l.kind] ?? 'o'];
  if (l.outside) cls.push('out');
  if (note?.command) cls.push('cmd');
  if (note?.item) cls.push('it');
  const c = cls.filter(Boolean).join(' ');
  const who = l.nick === null ? '' : `<b class="n${colours[l.nick] ?? 0}">${esc(l.nick)}</b> ${l.via === undefined ? '' : `<small class="via">via ${esc(l.via)}</small> `}`;
  const text = note?.parts ? parts(note.parts) : esc(l.text);
  const back = note?.item ? ` <a class="back" href="${esc(minutes)}#${esc(note.item)}">${esc(note.label)} in the minutes</a>` : '';
  return `<p id="l-${l.line}"${c ? ` class="${c}"` : ''}><a href="#l-${l.line}">${stamp || `#${l.line}`}</a> ${who}${text}${back}</p>`;
}

export function render({ minutebook: site, m }) {
  const root = m.root;
  const log = m.log;
  const minutes = root + m.ref.path;
  const out = [];
  const lines = log.lines;
  const first = lines[0]?.line;
  const last = lines[lines.length - 1]?.line;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const stamp = log.stamps ? log.stamps[i] : l.time ? l.time.slice(11, 19) : '';
    if (l.line === log.firstInside && first !== log.firstInside) out.push('<div class="mark" role="separator" aria-label="Meeting starts">Meeting starts</div>');
    const note = log.notes[l.line];
    // Hidden: a screen reader's list of headings goes from topic to topic down a long log.
    if (note?.topic !== undefined) out.push(`<h2 class="vh">Topic: ${esc(note.topic)}</h2>`);
    out.push(line(l, stamp, note, minutes, log.colours));
    if (l.line === log.lastInside && last !== log.lastInside) out.push('<div class="mark" role="separator" aria-label="Meeting ends">Meeting ends</div>');
  }
  const body = `<p class="crumbs"><a href="${esc(root + m.seriesPath)}">${esc(m.seriesTitle)}</a> › <a href="${esc(minutes)}">${esc(m.ref.date)}</a> › log</p>
<h1>Log: ${escTitle(m.ref.title)}</h1>
<p class="lead">${whenText(m.ref)} · ${plural(lines.length, 'line')} ·
<a href="${esc(minutes)}">Minutes</a>${m.downloads.log ? ` · <a href="${esc(root + m.downloads.log)}" type="text/plain">Raw log (.log.txt)</a>` : ''}</p>
<div class="log">
${out.join('\n')}
</div>`;
  return layout({ site, root, title: log.pageTitle, path: log.path, body, bodyClass: 'log-page', description: m.description, feed: m.seriesFeed });
}
