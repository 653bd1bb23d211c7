// A synthetic meeting archive for the search benchmark: deterministic (same
// options, same meetings), shaped like real IRC meetings. Words follow a
// Zipf–Mandelbrot law over a made-up vocabulary, with English stop words,
// series-specific jargon, nick mentions, numbers, hashes and review URLs
// mixed in; joins and quits; topics, actions, decisions, info and links.
// It returns Meeting objects (src/types.ts), not log files, so 3 million
// lines take seconds; `logBytes` is what their log files would weigh.
import { random } from './synthetic-text.js';

const STOP = 'the a to and of is it that in for on this we i you be with have are not but so as at if can do was just there what will'.split(' ');
const SYLLABLES = 'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo xan tor nix lex ium ent ack ops'.split(' ');

export function vocabulary(size, rnd) {
  const words = new Set();
  while (words.size < size) {
    let w = '';
    const n = 1 + Math.floor(rnd() * 3.2);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    if (w.length > 2 && !STOP.includes(w)) words.add(w);
  }
  return [...words];
}

/** A sampler of ranks 0…n−1 with probability ∝ 1/(rank + q)^s. */
function zipf(n, s, q, rnd) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / (r + q) ** s;
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function syntheticArchive({ meetings: count = 1000, lines: perMeeting = 300, series: seriesCount = 40, seed = 7 } = {}) {
  const rnd = random(seed);
  const vocab = vocabulary(80_000, rnd);
  const pickWord = zipf(vocab.length, 1.0, 2.7, rnd);
  const nicks = Array.from({ length: 1500 }, (_, k) => `${vocab[(k * 37) % 5000]}${k % 7 === 0 ? '_' : ''}${k % 5 === 0 ? k % 100 : ''}`);
  const series = Array.from({ length: seriesCount }, (_, k) => ({
    name: `${vocab[100 + k]}-team`,
    jargon: Array.from({ length: 200 }, () => vocab[300 + Math.floor(rnd() * 20_000)]),
    regulars: Array.from({ length: 25 }, () => nicks[Math.floor(rnd() * nicks.length)]),
  }));
  const sentence = (s, min, max) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const out = [];
    for (let k = 0; k < n; k++) {
      const r = rnd();
      if (r < 0.35) out.push(STOP[Math.floor(rnd() * STOP.length)]);
      else if (r < 0.43) out.push(s.jargon[Math.floor(rnd() * s.jargon.length)]);
      else if (r < 0.445) out.push(String(Math.floor(rnd() * 2000)));
      else if (r < 0.45) out.push(Math.floor(rnd() * 0xfffffff).toString(16));
      else out.push(vocab[pickWord()]);
    }
    if (rnd() < 0.02) out.push(`https://review.example.org/#/c/${100000 + Math.floor(rnd() * 800000)}/`);
    return out.join(' ');
  };

  const result = [];
  let logBytes = 0;
  const weeks = Math.ceil(count / seriesCount);
  for (let k = 0; k < count; k++) {
    const s = series[k % seriesCount];
    const week = Math.floor(k / seriesCount);
    const startMs = Date.UTC(2012, 0, 2) + (week * 7 + (k % 5)) * 86_400_000 + (14 + (k % 6)) * 3_600_000 + ((weeks - week) % 2) * 1_800_000;
    const start = new Date(startMs);
    const stamp = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}-${pad(start.getUTCHours())}.${pad(start.getUTCMinutes())}`;
    const id = `${s.name}/${start.getUTCFullYear()}/${s.name}.${stamp}`;
    const present = s.regulars.slice(0, 8 + Math.floor(rnd() * 10)).concat(nicks[Math.floor(rnd() * nicks.length)]);
    const speaker = zipf(present.length, 1.1, 1, rnd);
    const n = Math.round(perMeeting * (0.4 + rnd() * 1.2));
    const lines = [];
    const items = [];
    const topics = [];
    const spoken = new Map();
    let t = startMs;
    for (let line = 1; line <= n; line++) {
      t += 1000 + Math.floor(rnd() * 19_000);
      const nick = line === 1 ? present[0] : present[speaker()];
      const r = rnd();
      let kind = 'message';
      let text;
      if (line === 1) text = `#startmeeting ${s.name}`;
      else if (line === n) text = '#endmeeting';
      else if (r < 0.06) {
        kind = r < 0.03 ? 'join' : 'quit';
        text = kind === 'join' ? `has joined #${s.name}` : 'has quit (Ping timeout: 240 seconds)';
      } else if (r < 0.08 || line === 2) {
        const title = sentence(s, 2, 6);
        text = `#topic ${title}`;
        topics.push({ title, nick, time: iso(t), line });
        items.push({ kind: 'topic', text: title, nick, time: iso(t), line, topic: topics.length - 1 });
      } else if (r < 0.1) {
        const kinds = ['action', 'agreed', 'info', 'link', 'action', 'info'];
        const itemKind = kinds[Math.floor(rnd() * kinds.length)];
        const body = `${itemKind === 'action' ? present[speaker()] + ' to ' : ''}${sentence(s, 3, 12)}`;
        text = `#${itemKind} ${body}`;
        items.push({ kind: itemKind, text: body, nick, time: iso(t), line, topic: topics.length ? topics.length - 1 : null, ...(itemKind === 'action' ? { assignees: [] } : {}) });
      } else text = `${rnd() < 0.1 ? present[speaker()] + ': ' : ''}${sentence(s, 2, 18)}`;
      if (kind === 'message') spoken.set(nick, (spoken.get(nick) ?? 0) + 1);
      lines.push({ line, time: iso(t), nick, kind, text });
      logBytes += 8 + 1 + (kind === 'message' ? nick.length + 3 : 6 + nick.length) + text.length + 1;
    }
    result.push({
      id,
      series: s.name,
      title: s.name,
      start: iso(startMs),
      end: iso(t),
      ended: true,
      owner: present[0],
      bot: null,
      source: { file: `logs/${s.name}.${stamp}.log.txt`, firstLine: 1, lastLine: n, format: 'irssi' },
      chairs: [present[0]],
      people: [...spoken].map(([nick, lines]) => ({ nick, lines })).sort((a, b) => b.lines - a.lines || (a.nick < b.nick ? -1 : 1)),
      topics,
      items,
      lines,
      tags: [],
      aliases: {},
      diagnostics: [],
    });
  }
  return { meetings: result, logBytes, vocabulary: vocab, stopWords: STOP };
}
