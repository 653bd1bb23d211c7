#!/usr/bin/env node
// Derives bench/shapes.json, the table bench/synthetic.js draws its logs
// from, out of the real corpus (../shared/corpus by default). Run it again
// when the corpus changes and review the diff:
//   node bench/derive-shapes.js [--corpus DIR] [--out bench/shapes.json]
// What is kept is statistics only (shares, quantiles, the most common words
// and characters), so the benchmark runs in a fresh clone without the corpus.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(here, '../../shared/corpus') },
    out: { type: 'string', default: path.join(here, 'shapes.json') },
  },
});

const COMMANDS = ['topic', 'action', 'info', 'link', 'agreed', 'idea', 'chair', 'undo', 'help', 'nick', 'endmeeting'];
const MESSAGE = /^(\d\d):(\d\d):(\d\d) <([^>\s]*)> ?(.*)$/;
const ME = /^(\d\d):(\d\d):(\d\d) {1,2}\* (\S+) ?(.*)$/;
const URL = /\bhttps?:\/\/([^/\s]+)[^\s]*/g;
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

const manifest = fs
  .readFileSync(path.join(values.corpus, 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((row) => row.split('\t'))
  .map(([group, file, , , , , lines, kind, format, bot]) => ({ group, file, lines: Number(lines), kind, format, bot }));
const raw = manifest.filter((r) => r.kind === 'raw-log');
const meetbotLogs = raw.filter((r) => r.format === 'meetbot-plain' && r.lines >= 20);
const irssiLogs = raw.filter((r) => r.format === 'irssi');
const read = (r) => fs.readFileSync(path.join(values.corpus, r.file), 'utf8').split(/\r?\n/);

const quantiles = (xs, ps) => {
  const s = [...xs].sort((a, b) => a - b);
  return ps.map((p) => s[Math.min(s.length - 1, Math.floor(p * s.length))]);
};
const round = (x, d = 4) => Number(x.toFixed(d));
const count = (map, key, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);

const kinds = new Map();
const lengths = { message: [], ...Object.fromEntries(COMMANDS.map((c) => [c, []])) };
const words = new Map();
const hosts = new Map();
const nonAsciiChars = new Map();
const perMeeting = { lines: [], speakers: [], topShare: [], gaps: [] };
const nickShapes = new Map();
const allNicks = new Set();
let lines = 0;
let nonAsciiLines = 0;
let addressed = 0;
let withUrl = 0;
let actions = 0;
let assigned = 0;
let repeated = 0;
let actionsAfterFirst = 0;
const previousActions = new Map();

for (const r of meetbotLogs) {
  const said = new Map();
  let last = null;
  const actionTexts = new Set();
  const series = path.basename(r.file).split('.')[0];
  const before = previousActions.get(series);
  let count0 = 0;
  for (const text of read(r)) {
    let m = MESSAGE.exec(text);
    let kind = 'message';
    if (!m) {
      m = ME.exec(text);
      kind = 'me';
    }
    if (!m) continue;
    count0++;
    const [, h, mi, s, nick, body] = m;
    const t = Number(h) * 3600 + Number(mi) * 60 + Number(s);
    if (last !== null && t >= last) perMeeting.gaps.push(t - last);
    last = t;
    count(said, nick);
    allNicks.add(nick);
    if (nick === r.bot) kind = 'bot';
    const command = kind === 'message' ? /^#(\w+)/.exec(body)?.[1]?.toLowerCase() : undefined;
    if (command && COMMANDS.includes(command)) kind = command;
    else if (command === 'startmeeting') kind = 'startmeeting';
    const arg = command ? body.replace(/^#\w+\s*/, '') : body;
    count(kinds, kind);
    if (lengths[kind]) lengths[kind].push([...arg].length);
    lines++;
    if (/[^\x00-\x7f]/.test(body)) {
      nonAsciiLines++;
      for (const c of body.match(/[^\x00-\x7f]/gu)) count(nonAsciiChars, c);
    }
    if (kind === 'message' && /^[^\s:,]+[:,] /.test(body) && said.has(body.split(/[:,]/)[0])) addressed++;
    for (const u of body.matchAll(URL)) count(hosts, u[1].toLowerCase().replace(/^www\./, ''));
    if (URL.test(body)) withUrl++;
    URL.lastIndex = 0;
    if (kind !== 'bot') for (const w of body.toLowerCase().match(WORD) ?? []) if (!allNicks.has(w)) count(words, w);
    if (kind === 'action') {
      actions++;
      const first = arg.split(/[\s,:]/)[0];
      if (said.has(first) || allNicks.has(first)) assigned++;
      const key = arg.toLowerCase().replace(/\s+/g, ' ').trim();
      actionTexts.add(key);
      if (before) {
        actionsAfterFirst++;
        if (before.has(key)) repeated++;
      }
    }
  }
  previousActions.set(series, actionTexts);
  perMeeting.lines.push(count0);
  const counts = [...said].filter(([n]) => n !== r.bot).map(([, c]) => c);
  perMeeting.speakers.push(counts.length);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total) perMeeting.topShare.push(Math.max(...counts) / total);
}
for (const nick of allNicks) {
  const shape = /_$/.test(nick) ? 'underscore' : /\d/.test(nick) ? 'digits' : /[-|`^]/.test(nick) ? 'punct' : /[A-Z]/.test(nick) ? 'capital' : 'plain';
  count(nickShapes, shape);
}

// Client logs (irssi): how often joins, parts, quits and nick changes come between lines.
const status = new Map();
let irssiLines = 0;
for (const r of irssiLogs) {
  for (const text of read(r)) {
    if (!/^\d\d:\d\d/.test(text)) continue;
    irssiLines++;
    const b = text.replace(/^\d\d:\d\d(:\d\d)? {1,2}/, '');
    if (/^-!- .* has joined/.test(b)) count(status, 'join');
    else if (/^-!- .* has left/.test(b)) count(status, 'part');
    else if (/^-!- .* has quit/.test(b)) count(status, 'quit');
    else if (/^-!- .* is now known as/.test(b)) count(status, 'nick');
  }
}

/** JSON with one line per key, arrays of numbers and [word, count] pairs kept on one line: a readable diff. */
function compact(value, indent = '') {
  const inner = `${indent} `;
  const flat = (v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
  if (!Array.isArray(value) && flat(value)) return JSON.stringify(value);
  if (flat(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compact(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`).join(',\n')}\n${indent}}`;
}

const P = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1];
const totalWords = [...words.values()].reduce((a, b) => a + b, 0);
const topWords = top(words, 1500);
const shapes = {
  about:
    'Derived by bench/derive-shapes.js from the MeetBot raw logs (meetbot-plain, ≥ 20 lines) and the irssi logs of ../shared/corpus. Statistics only: shares of line kinds, length quantiles (characters of the text after the nick and command), the most common words, URL hosts and non-ASCII characters. Re-derive: node bench/derive-shapes.js.',
  corpus: { meetbotLogs: meetbotLogs.length, lines, irssiLogs: irssiLogs.length, irssiLines, rawLogs: raw.length },
  quantilePoints: P,
  meeting: {
    lines: quantiles(perMeeting.lines, P),
    speakers: quantiles(perMeeting.speakers, P),
    topSpeakerShare: round(quantiles(perMeeting.topShare, [0.5])[0], 3),
    gapSeconds: quantiles(perMeeting.gaps, P),
  },
  kinds: Object.fromEntries(top(kinds, 50).map(([k, n]) => [k, round(n / lines, 5)])),
  textLength: Object.fromEntries(Object.entries(lengths).filter(([, xs]) => xs.length >= 5).map(([k, xs]) => [k, quantiles(xs, P)])),
  addressedShare: round(addressed / lines),
  urlShare: round(withUrl / lines),
  nonAsciiShare: round(nonAsciiLines / lines),
  actions: { assignedShare: round(assigned / actions, 3), repeatedNextShare: round(repeated / Math.max(1, actionsAfterFirst), 3) },
  nicks: { distinct: allNicks.size, shapes: Object.fromEntries(top(nickShapes, 10).map(([k, n]) => [k, round(n / allNicks.size, 3)])) },
  irssi: {
    logShare: round(irssiLogs.length / (irssiLogs.length + meetbotLogs.length), 3),
    status: Object.fromEntries(top(status, 10).map(([k, n]) => [k, round(n / irssiLines, 5)])),
  },
  urlHosts: top(hosts, 25),
  nonAsciiChars: top(nonAsciiChars, 40),
  words: { distinct: words.size, tokens: totalWords, topShare: round(topWords.reduce((a, [, n]) => a + n, 0) / totalWords), top: topWords },
};
fs.writeFileSync(values.out, compact(shapes) + '\n');
console.log(`${path.relative(process.cwd(), values.out)}: ${meetbotLogs.length} MeetBot logs, ${lines} lines; ${irssiLogs.length} irssi logs`);
