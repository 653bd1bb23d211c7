// Lines dropped between phases come back the same, read from the log again;
// a log edited meanwhile is caught rather than mixed up.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAndParse } from '../src/read-logs.js';
import { lineStore } from '../src/line-store.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'logs');

async function parsedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-lines-'));
  for (const f of ['seeds/oslo.2016-11-07-16.00.log.txt', 'meetbot-tests/test-script-1.log.txt']) {
    fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, path.basename(f)));
  }
  return { dir, logs: await readAndParse(dir, fs.readdirSync(dir).sort()) };
}

test('dropped lines keep their count and come back identical', async () => {
  const { dir, logs } = await parsedCopy();
  const before = logs.meetings.map((m) => structuredClone(m.lines));
  const store = lineStore(logs.sources, logs.meetings);
  store.drop(logs.meetings);
  assert.ok(logs.meetings.every((m) => m.lines.length === 0));
  assert.equal(logs.meetings.map((m) => store.count(m)), before.map((l) => l.length));
  store.load(logs.meetings);
  assert.equal(logs.meetings.map((m) => m.lines), before);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a log edited after it was parsed is an error naming it', async () => {
  const { dir, logs } = await parsedCopy();
  const store = lineStore(logs.sources, logs.meetings);
  store.drop(logs.meetings);
  const file = path.join(dir, 'oslo.2016-11-07-16.00.log.txt');
  fs.appendFileSync(file, '17:00:00 <late> one more line\n');
  assert.throws(() => store.load(logs.meetings), /oslo\.2016-11-07-16\.00\.log\.txt changed while the site was being built/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
