// A synthetic meeting archive for the benchmark: N weekly meetings in a few
// dozen series, about 300 lines each, as MeetBot raw logs
// (SERIES/SERIES.YYYY-MM-DD-HH.MM.log.txt), some series as a person's irssi
// log of the meeting (with joins, quits and nick changes). Every share,
// length and word comes from bench/shapes.json (derived from the real
// corpus, see bench/derive-shapes.js). Deterministic: each meeting draws from
// a PRNG seeded by (seed, series, week), so the same options give the same
// bytes, and `next()` gives the meeting a larger archive would hold next.
import fs from 'node:fs';
import path from 'node:path';
import { mix, nickPool, quantileSampler, random, sentence, unicodeWord, url, vocabulary, weighted } from './synthetic-text.js';

export const SHAPES = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'shapes.json'), 'utf8'));
const KINDS = ['message', 'me', 'info', 'topic', 'action', 'agreed', 'idea', 'chair', 'link', 'nick', 'undo'];
const SUFFIXES = ['meeting', 'team', 'wg', 'sync', 'sig', 'board', 'infra'];
const BOTS = [
  ['openstack', 'openstack'],
  ['meetbot', 'upstream'],
  ['robobutler', 'debian'],
  ['zodbot', 'upstream'],
];
const DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
const clock = (ms) => {
  const s = Math.floor(ms / 1000) % 86400;
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};
const stampOf = (ms) => new Date(ms).toISOString().replace(/^(\d+-\d+-\d+)T(\d+):(\d+).*/, '$1-$2.$3');
const ctime = (ms) => {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${clock(ms)} ${d.getUTCFullYear()}`;
};

/** The shared draws of one archive: vocabulary, nicks, series and their people. */
function setUp({ shapes = SHAPES, series: seriesCount = 40, seed = 1, lines: meanLines = 300 }) {
  const rnd = random(seed);
  const vocab = vocabulary(shapes, rnd);
  const nicks = nickPool(shapes, vocab, rnd, seriesCount * 20);
  const P = shapes.quantilePoints;
  const corpusMean = shapes.meeting.lines.slice(1).reduce((a, b, k) => a + ((b + shapes.meeting.lines[k]) / 2) * (P[k + 1] - P[k]), 0);
  const kindShare = Object.fromEntries(KINDS.map((k) => [k, shapes.kinds[k] ?? 0]));
  const irssiEvery = Math.round(1 / shapes.irssi.logShare);
  const names = new Set();
  const series = [];
  for (let s = 0; s < seriesCount; s++) {
    let name;
    do name = `${vocab.ascii[Math.floor(rnd() * 400)]}-${SUFFIXES[s % SUFFIXES.length]}`;
    while (names.has(name));
    names.add(name);
    const [bot, fork] = BOTS[s % BOTS.length];
    const regulars = Array.from({ length: 30 }, () => nicks[Math.floor(rnd() * nicks.length)]).filter((n, k, all) => all.indexOf(n) === k);
    series.push({
      index: s,
      name,
      bot,
      fork,
      irssi: s % irssiEvery === irssiEvery - 1,
      regulars,
      // Weekly, each series on its own weekday and hour; one late series runs past midnight.
      firstMs: Date.UTC(2011, 0, 3) + (s % 7) * DAY + (s === 5 ? 23 * 3600_000 + 30 * 60_000 : (8 + (s % 13)) * 3600_000),
      carried: [],
      week: 0,
    });
  }
  const sample = (table) => quantileSampler(P, table);
  return {
    shapes,
    vocab,
    series,
    meetingLines: (r) => Math.max(20, Math.round((sample(shapes.meeting.lines)(r) * meanLines) / corpusMean)),
    speakers: sample(shapes.meeting.speakers),
    gap: sample(shapes.meeting.gapSeconds),
    kind: weighted(Object.entries(kindShare)),
    length: Object.fromEntries(Object.entries(shapes.textLength).map(([k, t]) => [k, sample(t)])),
    hosts: weighted(shapes.urlHosts),
    chars: weighted(shapes.nonAsciiChars),
    seed,
  };
}

/** One meeting of a series, as the text of its log file; advances the series to its next week. */
function meetingLog(ctx, s) {
  const { shapes, vocab } = ctx;
  const rnd = random(mix(ctx.seed, s.index, s.week));
  const startMs = s.firstMs + s.week * 7 * DAY + Math.floor((rnd() - 0.4) * 300) * 1000;
  s.week++;
  const n = ctx.meetingLines(rnd);
  const speakerCount = Math.max(2, Math.min(s.regulars.length, Math.round(ctx.speakers(rnd))));
  const present = s.regulars.slice(0, speakerCount);
  if (rnd() < 0.3) present.push(s.regulars[speakerCount + Math.floor(rnd() * (s.regulars.length - speakerCount))] ?? present[0]);
  const chair = present[0];
  // About topSpeakerShare of the lines are the chair's, the rest Zipf-like over the others.
  const speaker = weighted(present.map((p, k) => [k, k === 0 ? shapes.meeting.topSpeakerShare : (1 - shapes.meeting.topSpeakerShare) / (k + 1) / 2.5]));
  const out = [];
  let t = startMs;
  const said = (nick, text) => out.push(s.irssi ? `${clock(t).slice(0, 5)} <${nick === chair ? '@' : ' '}${nick}> ${text}` : `${clock(t)} <${nick}> ${text}`);
  const me = (nick, text) => out.push(`${s.irssi ? clock(t).slice(0, 5) : clock(t)}  * ${nick} ${text}`);
  const status = (text) => out.push(`${clock(t).slice(0, 5)} -!- ${text}`);
  const text = (kind) => sentence(vocab, rnd, Math.round(ctx.length[kind](rnd)));
  const anyone = () => present[speaker(rnd)];

  if (s.irssi) {
    out.push(`--- Log opened ${ctime(startMs - 120_000)}`);
    for (const p of present.slice(1, 4)) status(`${p} [~${p}@${p}.users.example.net] has joined #${s.name}`);
  }
  said(chair, `#startmeeting ${s.name}`);
  if (s.fork === 'debian') said(s.bot, `Let the ${s.name} meeting commence!`);
  else {
    const due = s.fork === 'openstack' ? ' and is due to finish in 60 minutes' : '';
    said(s.bot, `Meeting started ${ctime(t)} UTC${due}.  The chair is ${chair}. Information about MeetBot at http://wiki.debian.org/MeetBot.`);
    said(s.bot, `Useful Commands: #action #agreed #help #info #idea #link #topic${s.fork === 'openstack' ? ' #startvote' : ''}.`);
    said(s.bot, `The meeting name has been set to '${s.name.replace(/-/g, '_')}'`);
  }
  said(chair, `#topic ${text('topic')}`);
  const carried = s.carried;
  s.carried = [];
  let lastItem = null;
  while (out.length < n - 1) {
    t += Math.round(ctx.gap(rnd)) * 1000;
    if (s.irssi && rnd() < 0.02) {
      const r = rnd();
      const who = anyone();
      if (r < 0.4) status(`${who}_ [~${who}@${who}.users.example.net] has joined #${s.name}`);
      else if (r < 0.7) status(`${who}_ [~${who}@${who}.users.example.net] has quit [Ping timeout: 260 seconds]`);
      else if (r < 0.85) status(`${who}_ [~${who}@${who}.users.example.net] has left #${s.name} []`);
      else {
        status(`${who} is now known as ${who}|away`);
        status(`${who}|away is now known as ${who}`);
      }
      continue;
    }
    const kind = ctx.kind(rnd);
    const who = anyone();
    if (kind === 'message') {
      let body = text('message');
      if (rnd() < shapes.addressedShare) body = `${anyone()}: ${body}`;
      if (rnd() < shapes.urlShare) body += ` ${url(ctx.hosts, vocab, rnd)}`;
      // Twice the share: one-word messages have no word to replace.
      if (rnd() < shapes.nonAsciiShare * 2) body = body.replace(/ \S+/, ` ${unicodeWord(ctx.chars, vocab, rnd)}`);
      said(who, body);
    } else if (kind === 'me') me(who, text('message'));
    else if (kind === 'chair') {
      const chairs = present.slice(0, 2 + Math.floor(rnd() * 3));
      said(chair, `#chair ${chairs.slice(1).join(' ')}`);
      said(s.bot, `Current chairs: ${[...chairs].sort().join(' ')}`);
    } else if (kind === 'undo' && lastItem) {
      said(chair, '#undo');
      said(s.bot, `Removing item from minutes: <ircmeeting.items.${lastItem} object at 0x7f${Math.floor(rnd() * 1e9).toString(16)}>`);
      lastItem = null;
    } else if (kind === 'nick') said(chair, `#nick ${present[present.length - 1]}`);
    else if (kind === 'link') said(who, `#link ${url(ctx.hosts, vocab, rnd)} ${rnd() < 0.5 ? text('info').slice(0, 40) : ''}`.trimEnd());
    else if (kind === 'action') {
      // The corpus's 2.8% of actions repeated in the next meeting is a floor (it holds a sample of the
      // meetings, so "the previous file" is often not the previous meeting): five times that here.
      const again = carried.length && rnd() < shapes.actions.repeatedNextShare * 5 ? carried.shift() : null;
      const body = again ?? (rnd() < shapes.actions.assignedShare ? `${anyone()} to ${text('action')}` : text('action'));
      s.carried.push(body);
      said(chair === who || rnd() < 0.5 ? chair : who, `#action ${body}`);
      lastItem = 'Action';
    } else if (kind !== 'undo') {
      said(kind === 'topic' ? chair : who, `#${kind} ${text(kind)}`);
      lastItem = kind[0].toUpperCase() + kind.slice(1);
    }
  }
  t += Math.round(ctx.gap(rnd)) * 1000;
  said(chair, '#endmeeting');
  if (s.irssi) out.push(`--- Log closed ${ctime(t + 60_000)}`);
  // Each week carries its unfinished actions; keep a handful.
  s.carried = s.carried.slice(-6);
  return { rel: `${s.name}/${s.name}.${stampOf(startMs)}.log.txt`, text: out.join('\n') + '\n', lines: out.length };
}

/**
 * Writes `meetings` logs under dir (one folder per series), round robin over
 * the series, week after week. Returns what it wrote and next(), which writes
 * the following meeting of the series that had the latest one (the incremental case).
 */
export function writeArchive(dir, options = {}) {
  const meetings = options.meetings ?? 1000;
  const ctx = setUp(options);
  const archive = { dir, meetings, series: ctx.series.length, files: [], bytes: 0, lines: 0, next };
  fs.mkdirSync(dir, { recursive: true });
  for (const s of ctx.series) fs.mkdirSync(path.join(dir, s.name), { recursive: true });
  function write(log) {
    const buffer = Buffer.from(log.text, 'utf8');
    fs.writeFileSync(path.join(dir, log.rel), buffer);
    archive.bytes += buffer.length;
    archive.lines += log.lines;
    archive.files.push(log.rel);
    return { rel: log.rel, bytes: buffer.length, lines: log.lines };
  }
  function next() {
    return write(meetingLog(ctx, ctx.series[meetings % ctx.series.length]));
  }
  for (let k = 0; k < meetings; k++) write(meetingLog(ctx, ctx.series[k % ctx.series.length]));
  return archive;
}
