#!/usr/bin/env node
// npm run bench: parse speed over real logs (the seeds and the whole-log
// fixtures, repeated to about a million lines), printed as lines/s.
// Usage: npm run bench [-- --lines N] [-- --json]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseLog } from '../dist/pipeline.js';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '1000000' }, json: { type: 'boolean', default: false } },
});
const target = Number(values.lines);
const root = path.resolve(import.meta.dirname, '..');

function files(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && !/\.(json|tsv)$|SEEDS\.txt$/.test(f));
}
const inputs = [...files(path.join(root, 'logs')), ...files(path.join(root, 'test/fixtures/logs'))].map((f) => ({
  file: f,
  bytes: fs.readFileSync(f),
}));
const linesIn = (b) => b.toString('utf8').split(/\r\n|\r|\n/).length;
const perPass = inputs.reduce((n, i) => n + linesIn(i.bytes), 0);
const passes = Math.max(1, Math.ceil(target / perPass));

function run() {
  const began = process.hrtime.bigint();
  let meetings = 0;
  for (let p = 0; p < passes; p++) for (const { file, bytes } of inputs) meetings += parseLog(bytes, file).meetings.length;
  return { seconds: Number(process.hrtime.bigint() - began) / 1e9, meetings };
}
run(); // warm-up: JIT and lazily built regexes
const runs = [run(), run(), run()];
const best = runs.reduce((a, b) => (a.seconds < b.seconds ? a : b));
const lines = perPass * passes;
const result = {
  lines,
  files: inputs.length * passes,
  parseLinesPerSec: Math.round(lines / best.seconds),
  parseSeconds: Number(best.seconds.toFixed(3)),
};
console.log(`parse: ${lines.toLocaleString('en')} lines in ${result.files} files, best of 3: ${best.seconds.toFixed(3)} s`);
console.log(`parse: ${result.parseLinesPerSec.toLocaleString('en')} lines/s (target ≥ 1,000,000)`);
if (values.json) console.log(JSON.stringify(result));
