// Samplers for the synthetic archive (bench/synthetic.js): a seeded PRNG,
// draws from the quantile tables and weighted lists of bench/shapes.json,
// and text of a given length in the corpus's vocabulary. No Math.random:
// the same seed gives the same logs, byte for byte.

/** mulberry32: small, fast and good enough for drawing shapes. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from several numbers (series, meeting…), so each meeting has a stream of its own. */
export function mix(...parts) {
  let h = 0x811c9dc5;
  for (const p of parts) h = Math.imul(h ^ (p >>> 0), 0x01000193) ^ (h >>> 13);
  return h >>> 0;
}

/** Draws from a distribution given as values at cumulative probabilities `points` (linear in between). */
export function quantileSampler(points, values) {
  return (rnd) => {
    const u = rnd();
    let k = 1;
    while (k < points.length - 1 && points[k] < u) k++;
    const f = (u - points[k - 1]) / (points[k] - points[k - 1]);
    return values[k - 1] + Math.min(1, Math.max(0, f)) * (values[k] - values[k - 1]);
  };
}

/** Draws one of `entries` ([value, weight]) with probability ∝ weight. */
export function weighted(entries) {
  const values = entries.map((e) => e[0]);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach((e, k) => (cumulative[k] = total += e[1]));
  return (rnd) => {
    const x = rnd() * total;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return values[lo];
  };
}

const SYLLABLES = 'ba be bi bo ca ce co da de di do fa fe fi ga ge go ka ke ki ko la le li lo lu ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi za ze zo ar er in on st tr nt ck ops ium'.split(' ');

/**
 * Words as the corpus has them: its most common words with their counts,
 * and the rest of the mass (the long tail of rare words) spread Zipf-like
 * over made-up words, so the number of distinct words grows with the archive.
 */
export function vocabulary(shapes, rnd, tailSize = 60_000) {
  const { top, topShare } = shapes.words;
  const topTotal = top.reduce((n, [, c]) => n + c, 0);
  const tail = new Set();
  while (tail.size < tailSize) {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    tail.add(w);
  }
  const tailWords = [...tail];
  const tailMass = (topTotal * (1 - topShare)) / topShare;
  let harmonic = 0;
  for (let r = 1; r <= tailWords.length; r++) harmonic += 1 / r;
  const entries = top.concat(tailWords.map((w, r) => [w, (tailMass / harmonic) / (r + 1)]));
  return { word: weighted(entries), ascii: top.map(([w]) => w).filter((w) => /^[a-z]{4,10}$/.test(w)) };
}

/** Text of about `length` characters: words, with now and then a comma or a question. */
export function sentence(vocab, rnd, length) {
  let s = '';
  while (s.length < length) {
    const w = vocab.word(rnd);
    s += s ? (rnd() < 0.06 ? ', ' : ' ') + w : w;
  }
  if (length > 12 && rnd() < 0.15) s += rnd() < 0.5 ? '?' : '.';
  return s;
}

/** A URL on one of the corpus's hosts, with a path like theirs. */
export function url(hosts, vocab, rnd) {
  const host = hosts(rnd);
  const r = rnd();
  if (r < 0.4) return `https://${host}/${vocab.ascii[Math.floor(rnd() * 300)]}/${vocab.ascii[Math.floor(rnd() * 600)]}/pull/${1 + Math.floor(rnd() * 5000)}`;
  if (r < 0.7) return `https://${host}/browse/${vocab.ascii[Math.floor(rnd() * 100)].toUpperCase()}-${1 + Math.floor(rnd() * 60000)}`;
  return `https://${host}/display/${vocab.ascii[Math.floor(rnd() * 900)]}+${vocab.ascii[Math.floor(rnd() * 900)]}?id=${Math.floor(rnd() * 1e6)}#section-${Math.floor(rnd() * 9)}`;
}

/** A word with the corpus's non-ASCII characters in it: quotes, accents, dashes, CJK, emoji. */
export function unicodeWord(chars, vocab, rnd) {
  const w = vocab.ascii[Math.floor(rnd() * vocab.ascii.length)];
  const r = rnd();
  if (r < 0.3) return `“${w}”`;
  if (r < 0.5) return `${w}’s`;
  if (r < 0.7) return `${w}${chars(rnd)}${chars(rnd)}${chars(rnd)}`;
  if (r < 0.85) return `${w} — ${w}`;
  return `${w} 🙂`;
}

/** Nicks shaped like the corpus's: mostly plain, some capitalised, with a trailing _, digits or punctuation. */
export function nickPool(shapes, vocab, rnd, size) {
  const shape = weighted(Object.entries(shapes.nicks.shapes));
  const nicks = new Set();
  while (nicks.size < size) {
    const base = vocab.ascii[Math.floor(rnd() * vocab.ascii.length)].slice(0, 3 + Math.floor(rnd() * 6));
    const other = vocab.ascii[Math.floor(rnd() * vocab.ascii.length)].slice(0, 1 + Math.floor(rnd() * 6));
    const s = shape(rnd);
    const nick =
      s === 'underscore' ? `${base}_` : s === 'digits' ? `${base}${Math.floor(rnd() * 100)}` : s === 'punct' ? `${base}-${other}` : s === 'capital' ? `${base[0].toUpperCase()}${base.slice(1)}${other}` : `${base}${other}`;
    if (nick.length >= 2) nicks.add(nick);
  }
  return [...nicks];
}
