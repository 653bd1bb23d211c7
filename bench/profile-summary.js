#!/usr/bin/env node
// Summarizes a V8 CPU profile (node --cpu-prof) as two lists: functions by
// self time, and functions by total time (self and everything they call,
// counted once per sample however deep the recursion), with file:line.
// Usage: node bench/profile-summary.js FILE.cpuprofile [--top 25] [--match src/]
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, match: { type: 'string', default: '' } } });
if (!positionals[0]) throw new Error('usage: node bench/profile-summary.js FILE.cpuprofile [--top N] [--match TEXT]');
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const nameOf = (n) => {
  const f = n.callFrame;
  const file = f.url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules\/|dist\/|src\/|templates\/|bench\/)/, '$1');
  return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
};

// Time per sample: the gap to the next one.
const self = new Map();
const total = new Map();
const hits = new Map(profile.samples.map((id) => [id, 0]));
profile.samples.forEach((id, k) => hits.set(id, hits.get(id) + (profile.timeDeltas[k + 1] ?? 0)));
let all = 0;
for (const [id, us] of hits) {
  all += us;
  const leaf = byId.get(id);
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + us);
  const seen = new Set();
  for (let n = leaf; n; n = byId.get(parent.get(n.id))) {
    const name = nameOf(n);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + us);
  }
}

const show = (title, map) => {
  console.log(`${title} (of ${(all / 1e6).toFixed(2)} s sampled)`);
  const rows = [...map].filter(([name]) => name.includes(values.match)).sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  for (const [name, us] of rows) console.log(`  ${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);
};
show('self time', self);
show('total time', total);
