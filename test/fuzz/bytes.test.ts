// Random bytes, and real logs (test/fixtures/logs/**) broken at random: flipped and
// inserted bytes, cut and repeated spans, shuffled and swapped lines, foreign lines.
// Parsing never throws and every invariant holds.
import { test } from 'uvu';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { params } from '../support/fuzz-config.js';
import { assertSound } from '../support/fuzz-check.js';
import * as assert from 'uvu/assert';
import { isUtf8 } from 'node:buffer';
import { parseLog } from '../../src/pipeline.js';

const ROOT = path.resolve(import.meta.dirname, '..', 'fixtures', 'logs');
const REAL_LOGS = fs
  .readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => fs.statSync(path.join(ROOT, f)).isFile() && !/\.(json|tsv)$/.test(f) && !f.endsWith('SEEDS.txt'))
  .sort()
  .map((rel) => ({ rel, bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, rel))) }));

/** Bytes that mean something to some format or to the decoder. */
const TELLING_BYTES = [0x0a, 0x0d, 0x09, 0x20, 0x3c, 0x3e, 0x2a, 0x23, 0x3a, 0x5b, 0x5d, 0x28, 0x29, 0x2d, 0x30, 0x31, 0x32, 0x35, 0x39, 0x00, 0x01, 0x02, 0x03, 0x0f, 0x1d, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x80, 0xa8, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x5c];

const interestingBytes: fc.Arbitrary<Uint8Array> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TELLING_BYTES) }, { weight: 1, arbitrary: fc.nat(255) }), { maxLength: 3000 })
  .map((a) => Uint8Array.from(a));

const snippet = fc.constantFrom(
  '#startmeeting x', '#endmeeting', '#topic t', '#undo', '#action bob x', '#link javascript:alert(1)', '\n', '\r\n', '\r', '---\n', '\n---\n',
  '<meetbot> Meeting started Mon Nov  7 16:00:59 2016 UTC and is due to finish in 60 minutes.', '--- Day changed Wed Aug 14 2002\n', '\x00', '\xff', '\u2028',
);

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'snippet'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'repeat'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'foreignLine'; at: number; from: number; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.oneof(fc.constantFrom(...TELLING_BYTES), fc.nat(255)), { maxLength: 16 }) }),
  fc.record({ op: fc.constant('snippet' as const), at: fc.nat(), text: snippet }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(400) }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(400), times: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('foreignLine' as const), at: fc.nat(), from: fc.nat(), line: fc.nat() }),
);

function splitLines(bytes: Uint8Array): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(Buffer.from(bytes.subarray(from, i + 1)));
      from = i + 1;
    }
  }
  if (from < bytes.length) out.push(Buffer.from(bytes.subarray(from)));
  return out;
}

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  const b = Buffer.from(input);
  const at = (n: number) => (b.length ? n % (b.length + 1) : 0);
  switch (m.op) {
    case 'flip':
      if (b.length) b[m.at % b.length] = m.byte;
      return b;
    case 'insert':
      return Buffer.concat([b.subarray(0, at(m.at)), Buffer.from(m.bytes), b.subarray(at(m.at))]);
    case 'snippet':
      return Buffer.concat([b.subarray(0, at(m.at)), Buffer.from(m.text, m.text === '\xff' ? 'latin1' : 'utf8'), b.subarray(at(m.at))]);
    case 'delete':
      return Buffer.concat([b.subarray(0, at(m.at)), b.subarray(at(m.at) + m.length)]);
    case 'repeat': {
      const span = b.subarray(at(m.at), at(m.at) + m.length);
      return Buffer.concat([b.subarray(0, at(m.at)), ...Array(m.times + 1).fill(span), b.subarray(at(m.at) + m.length)]);
    }
    case 'truncate':
      return b.subarray(0, at(m.at));
    case 'swapLines': {
      const lines = splitLines(b);
      if (lines.length < 2) return b;
      const [x, y] = [m.a % lines.length, m.b % lines.length];
      [lines[x], lines[y]] = [lines[y], lines[x]];
      return Buffer.concat(lines);
    }
    case 'foreignLine': {
      const lines = splitLines(b);
      const other = splitLines(REAL_LOGS[m.from % REAL_LOGS.length].bytes);
      if (!other.length) return b;
      lines.splice(lines.length ? m.at % (lines.length + 1) : 0, 0, other[m.line % other.length]);
      return Buffer.concat(lines);
    }
  }
}

test('random bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
      assertSound(bytes, 'random.bin');
    }),
    params(1),
  );
});

test('random bytes, mostly the ones that mean something to a format', () => {
  fc.assert(
    fc.property(interestingBytes, (bytes) => {
      assertSound(bytes, 'random.log');
    }),
    params(1),
  );
});

test('real logs, broken at random', () => {
  fc.assert(
    fc.property(fc.nat(REAL_LOGS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (k, mutations) => {
      const { rel } = REAL_LOGS[k];
      const bytes = mutations.reduce<Uint8Array>(mutate, REAL_LOGS[k].bytes);
      assertSound(bytes, rel, { relPath: rel });
    }),
    params(1),
  );
});

test('real logs written as UTF-16 without a byte order mark, little- or big-endian: the same meetings as in UTF-8', () => {
  const same = (r: ReturnType<typeof parseLog>) => ({ format: r.format, meetings: r.meetings.map((m) => ({ ...m, diagnostics: [] })) });
  let compared = 0;
  for (const { rel, bytes } of REAL_LOGS) {
    if (!isUtf8(bytes) || bytes[0] === 0xef) continue;
    const text = Buffer.from(bytes).toString('utf8');
    const le = Buffer.from(text, 'utf16le');
    const expected = same(parseLog(bytes, rel, { relPath: rel }));
    assert.equal(same(parseLog(le, rel, { relPath: rel })), expected, `${rel} as UTF-16LE`);
    assert.equal(same(parseLog(Buffer.from(le).swap16(), rel, { relPath: rel })), expected, `${rel} as UTF-16BE`);
    compared++;
  }
  assert.ok(compared > 20, `${compared} logs compared`);
});

test('real logs, many lines shuffled', () => {
  fc.assert(
    fc.property(fc.nat(REAL_LOGS.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 50 }), (k, swaps) => {
      const { rel } = REAL_LOGS[k];
      const bytes = swaps.reduce<Uint8Array>((b, [a, c]) => mutate(b, { op: 'swapLines', a, b: c }), REAL_LOGS[k].bytes);
      assertSound(bytes, rel, { relPath: rel });
    }),
    params(0.3),
  );
});

test.run();
