// Files that are no log, or a log no person would write: each gives a clear,
// positioned diagnostic and no exception, in time linear in its size. The big ones
// are made at run time (the 50 MB log in the system's temp folder), never committed;
// their parse times are printed, not asserted, except for two generous bounds that
// catch a return of the quadratic cases fuzzing found.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { parseLog, type ParseResult } from '../../src/pipeline.js';
import { formatDiagnostic } from '../../src/errors.js';
import { invariantProblems } from '../support/invariants.js';

function parsed(bytes: Uint8Array, file: string): ParseResult {
  const result = parseLog(bytes, file);
  assert.equal(invariantProblems(bytes, result), [], file);
  return result;
}

const shown = (r: ParseResult) => r.diagnostics.map((d) => formatDiagnostic(d));

/** A real 16×16 PNG: signature, IHDR, IDAT, IEND with their CRCs. */
function png(): Buffer {
  const crc = (b: Buffer) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const pixels = Buffer.alloc(16 * (1 + 16 * 3), 0x7f);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** Deterministic noise: the same bytes on every run. */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

test('an empty file: one whole-file warning, no meeting', () => {
  const r = parsed(new Uint8Array(), 'empty.log');
  assert.equal(shown(r), ['empty.log:0: warning: empty log: no lines to read']);
  assert.equal(r.meetings, []);
});

test('whitespace only, a BOM only, front matter only: the same', () => {
  for (const [file, bytes] of [
    ['blank.log', Buffer.from('  \n\t\n\r\n   \n')],
    ['bom.log', Buffer.from([0xef, 0xbb, 0xbf])],
    ['front.log', Buffer.from('---\ntitle: x\n---\n')],
  ] as const) {
    assert.equal(shown(parsed(bytes, file)), [`${file}:0: warning: empty log: no lines to read`]);
  }
});

test('a PNG: skipped with an error, the NUL bytes pointed at', () => {
  const r = parsed(png(), 'image.png');
  assert.equal(r.meetings, []);
  const messages = shown(r);
  assert.ok(messages.some((m) => /^image\.png:\d+: warning: NUL bytes \(first on this line\)/.test(m)), messages.join('\n'));
  assert.ok(messages.includes('image.png:0: error: not a recognized chat log: no line matches a known format (see `minutebook --help` for the formats); skipped (list it under `ignore` in the settings if it is not a log)'));
  assert.ok(messages.length <= 8, 'no diagnostic per line');
});

test('64 KiB of random bytes: skipped with an error, a bounded number of diagnostics', () => {
  const r = parsed(noise(65536), 'random.bin');
  assert.equal(r.meetings, []);
  assert.ok(r.diagnostics.some((d) => d.level === 'error' && d.line === 0 && /not a recognized chat log/.test(d.message)));
  assert.ok(r.diagnostics.length <= 10, `${r.diagnostics.length} diagnostics`);
});

/** A saved page of a log, its first line anchored by `anchor` (MeetBot anchors with name=, a web page with id=), and a stray line. */
const savedPage = (anchor: string) =>
  '<!DOCTYPE html>\n<html>\n<head><title>#openstack-meeting log</title></head>\n<body>\n<pre>\n' +
  `<a href="#l-1" ${anchor}="l-1"><span class="tm">16:00:59</span></a><span class="nk"> &lt;alice&gt;</span> #startmeeting oslo\n` +
  '<li> alice: hello</li>\n</pre>\n</body>\n</html>\n';

test('an HTML page that is no MeetBot log page (a saved web page of a log): skipped with an error on its first line', () => {
  const r = parsed(Buffer.from(savedPage('id')), 'oslo.log.html');
  assert.equal(shown(r), ["oslo.log.html:1: error: an HTML page, not a chat log: give the plain-text log (MeetBot's .log.txt) instead; skipped"]);
});

test("MeetBot's own log page with a stray line: read as its log, the stray line kept as text", () => {
  const r = parsed(Buffer.from(savedPage('name')), 'oslo.2016-11-07-16.00.log.html');
  assert.is(r.meetings.length, 1);
  assert.equal(r.meetings[0].lines.map((l) => [l.line, l.kind, l.text]), [[1, 'message', '#startmeeting oslo'], [2, 'other', ' alice: hello']]);
});

test('one 10 MB line that no format knows: the long line and the skip, both positioned', () => {
  const r = parsed(Buffer.from('x'.repeat(10 * 2 ** 20)), 'one-line.txt');
  assert.equal(shown(r), [
    "one-line.txt:1: warning: line is 10485760 characters long, far beyond IRC's 512 bytes; kept whole",
    'one-line.txt:0: error: not a recognized chat log: no line matches a known format (see `minutebook --help` for the formats); skipped (list it under `ignore` in the settings if it is not a log)',
  ]);
});

/** The oslo seed repeated to the size asked for, written to and read back from the temp folder. */
function bigLog(megabytes: number): { bytes: Buffer; file: string } {
  const seed = fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'logs', 'seeds', 'oslo.2016-11-07-16.00.log.txt'));
  const unit = Buffer.concat([seed, Buffer.from('\n')]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-big-'));
  const file = path.join(dir, 'oslo.2016-11-07-16.00.log.txt');
  const copies = Math.ceil((megabytes * 2 ** 20) / unit.length);
  const fd = fs.openSync(file, 'w');
  for (let k = 0; k < copies; k++) fs.writeSync(fd, unit);
  fs.closeSync(fd);
  const bytes = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return { bytes, file: path.basename(file) };
}

function timed(bytes: Uint8Array, file: string): { result: ParseResult; ms: number } {
  const began = performance.now();
  const result = parseLog(bytes, file, { relPath: file });
  return { result, ms: performance.now() - began };
}

test('a 50 MB log: no throw, every line once, a handful of diagnostics; parse time printed (linear)', () => {
  const small = bigLog(5);
  const big = bigLog(50);
  timed(small.bytes, small.file); // warm-up
  const a = timed(small.bytes, small.file);
  const b = timed(big.bytes, big.file);
  const rate = (bytes: Uint8Array, ms: number) => (bytes.length / 2 ** 20 / (ms / 1000)).toFixed(1);
  console.log(
    `  parse: ${(small.bytes.length / 2 ** 20).toFixed(1)} MB in ${a.ms.toFixed(0)} ms (${rate(small.bytes, a.ms)} MB/s), ` +
      `${(big.bytes.length / 2 ** 20).toFixed(1)} MB in ${b.ms.toFixed(0)} ms (${rate(big.bytes, b.ms)} MB/s); ` +
      `10× the bytes took ${(b.ms / a.ms).toFixed(1)}× the time`,
  );
  assert.equal(invariantProblems(big.bytes, b.result), []);
  assert.ok(b.result.meetings.length > 2000, `${b.result.meetings.length} meetings`);
  assert.ok(b.result.diagnostics.length < 50, `${b.result.diagnostics.length} diagnostics for the file`);
  assert.ok(b.result.diagnostics.some((d) => d.line === 0 && /time runs backwards on \d+ lines in all/.test(d.message)));
});

test('fuzz regression: many tiny meetings with clocks that step back parse in linear time (placing diagnostics was quadratic)', () => {
  const unit = '10:00:05 <a> #startmeeting x\n10:00:00 <a> #endmeeting\n';
  const bytes = Buffer.from(unit.repeat(Math.ceil((4 * 2 ** 20) / unit.length)));
  const { result, ms } = timed(bytes, 'many.log');
  console.log(`  ${result.meetings.length} meetings in 4 MB: ${ms.toFixed(0)} ms (was about 20 s)`);
  assert.ok(result.meetings.length > 70000);
  assert.ok(ms < 10000, `${ms.toFixed(0)} ms`);
});

test('fuzz regression: a diagnostic on every line no longer overflows the call stack (push(...) of 150 000+)', () => {
  for (const [name, unit, megabytes] of [
    ['clocks stepping back', '10:00:05 <a> hi\n10:00:00 <b> yo\n', 5],
    ['every line Latin-1', '10:00:05 <a> caf\xe9\n', 3],
  ] as const) {
    const bytes = Buffer.from(unit.repeat(Math.ceil((megabytes * 2 ** 20) / unit.length)), 'latin1');
    const { result, ms } = timed(bytes, 'every-line.log');
    console.log(`  ${name}: ${megabytes} MB, ${result.diagnostics.length} diagnostics, ${ms.toFixed(0)} ms`);
    assert.equal(invariantProblems(bytes, result), [], name);
    assert.ok(result.diagnostics.length < 20, 'the first few on their lines, then a count');
  }
});

test('a diagnostic on every line of a meeting: 200 listed, the rest counted', () => {
  const unit = '10:00:00 <a> #startmeeting\n10:00:01 <openstack> Meeting started Thu Jan  2 10:00:00 2020 UTC and is due to finish in 60 minutes.\n';
  const bytes = Buffer.from(unit.repeat(2000));
  const r = parsed(bytes, 'no-name.log');
  assert.is(r.diagnostics.length, 201);
  assert.match(formatDiagnostic(r.diagnostics[200]), /^no-name\.log:1: info: 18\d\d more diagnostics for this meeting not listed$/);
});

test.run();
