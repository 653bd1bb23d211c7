// The command line contract other tools rely on: `minutebook parse FILE...`
// prints a JSON array of meetings on stdout and diagnostics on stderr.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'minutebook.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'logs');

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

test('parse prints the meetings of several files as one JSON array', () => {
  const r = run('parse', path.join(FIXTURES, 'seeds/oslo.2016-11-07-16.00.log.txt'), path.join(FIXTURES, 'seeds/weekly-syncup.2014-01-29-02.04.log.txt'));
  assert.is(r.status, 0, r.stderr);
  const meetings = JSON.parse(r.stdout);
  assert.equal(meetings.map((m: { id: string }) => m.id), ['oslo/2016/oslo.2016-11-07-16.00', 'weekly-syncup/2014/weekly-syncup.2014-01-29-02.04']);
  for (const key of ['id', 'series', 'title', 'start', 'end', 'ended', 'source', 'chairs', 'people', 'topics', 'items', 'lines', 'diagnostics']) {
    assert.ok(key in meetings[0], `meeting has ${key}`);
  }
});

test('parse writes diagnostics to stderr as file:line: level: message', () => {
  const file = path.join(FIXTURES, 'seeds/weekly-syncup.2014-01-29-02.04.log.txt');
  const r = run('parse', file);
  assert.match(r.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: warning: meeting never ended`, 'm'));
  for (const line of r.stderr.trim().split('\n')) assert.match(line, /^.+:\d+: (error|warning|info): .+$/);
});

test('parse of a missing file reports it and exits 1', () => {
  const r = run('parse', 'no/such/file.log');
  assert.is(r.status, 1);
  assert.match(r.stderr, /no\/such\/file\.log:0: error: cannot read the file \(ENOENT\)/);
  assert.equal(JSON.parse(r.stdout), []);
});

test('parse without files and unknown commands are usage errors (exit 2)', () => {
  assert.is(run('parse').status, 2);
  const r = run('frobnicate');
  assert.is(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
});

test('--help lists the commands and every log format', () => {
  const r = run('--help');
  assert.is(r.status, 0);
  for (const word of ['build', 'parse', 'meetbot', 'irssi', 'weechat', 'hexchat', 'limnoria']) assert.ok(r.stdout.includes(word), word);
});

test('build with a missing logs folder says what to do', () => {
  const r = run('build', '--logs', path.join(os.tmpdir(), 'minutebook-no-such-logs'), '--out', path.join(os.tmpdir(), 'mb-out'));
  assert.is(r.status, 2);
  assert.match(r.stderr, /logs folder ".*" not found: create it/);
});

test('build writes a data file per meeting and an index, each with schemaVersion', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-'));
  const r = run('build', '--logs', path.join(ROOT, 'logs'), '--out', out, '--quiet');
  assert.is(r.status, 0, r.stderr);
  const index = JSON.parse(fs.readFileSync(path.join(out, 'data', 'index.json'), 'utf8'));
  assert.is(index.schemaVersion, 1);
  assert.is(index.meetings.length, 2);
  const one = JSON.parse(fs.readFileSync(path.join(out, 'data', index.meetings[0].data), 'utf8'));
  assert.is(one.schemaVersion, 1);
  assert.is(one.meeting.id, index.meetings[0].id);
  assert.ok(fs.existsSync(path.join(out, 'index.html')));
  fs.rmSync(out, { recursive: true, force: true });
});

test.run();
