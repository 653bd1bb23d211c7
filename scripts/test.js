#!/usr/bin/env node
// Runs every test/**/*.test.ts with uvu (TypeScript through tsx) and ends
// with the plain line CI reads: "N passed, N failed".
// Usage: node scripts/test.js [pattern]   e.g. node scripts/test.js lines/
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const uvuBin = path.join(path.dirname(require.resolve('uvu')), '..', 'bin.js');
const filter = process.argv[2] ?? '';
const pattern = `${filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&')}.*\\.test\\.ts$`;

const child = spawn(process.execPath, ['--import', 'tsx', uvuBin, 'test', pattern, '--no-color'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
let out = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  out += chunk;
});
child.on('close', (code) => {
  const num = (label) => Number((new RegExp(`${label}:\\s+(\\d+)`).exec(out) ?? [])[1] ?? NaN);
  const total = num('Total');
  const passed = num('Passed');
  const skipped = num('Skipped');
  if (Number.isNaN(total) || Number.isNaN(passed)) {
    console.log('\nthe test run ended before uvu printed its summary');
    console.log('0 passed, 1 failed');
    process.exit(code || 1);
  }
  // uvu's Total already leaves skipped tests out.
  const failed = total - passed;
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);
});
