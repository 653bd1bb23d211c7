import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decode, stripControls } from '../src/decode.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

test('CRLF, CR and LF all end lines; a final newline adds no empty line', () => {
  assert.equal(decode(bytes('a\r\nb\rc\nd\n'), 'f').lines, ['a', 'b', 'c', 'd']);
  assert.is(decode(bytes('a\n'), 'f').noFinalNewline, false);
});

test('no final newline keeps the last line and says so', () => {
  const d = decode(bytes('a\nb'), 'f');
  assert.equal(d.lines, ['a', 'b']);
  assert.is(d.noFinalNewline, true);
});

test('a UTF-8 BOM is dropped', () => {
  assert.equal(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'f').lines, ['hi']);
});

test('UTF-16 with a BOM is decoded', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé\nyo', 'utf16le')]);
  assert.equal(decode(le, 'f').lines, ['hé', 'yo']);
});

test('UTF-16 ending with a line end has no empty last line, little- or big-endian (a log saved by Windows tools)', () => {
  const text = 'hé\r\nyo\r\n';
  const le = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'f');
  assert.equal([le.lines, le.noFinalNewline], [['hé', 'yo'], false]);
  const be = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'f');
  assert.equal([be.lines, be.noFinalNewline], [['hé', 'yo'], false]);
  const open = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé\nyo', 'utf16le')]), 'f');
  assert.is(open.noFinalNewline, true);
});

test('UTF-16 without a byte order mark is told by its zero bytes, little- or big-endian, whatever the script', () => {
  const text = '[12:00] <алиса> привет, 世界\r\n[12:01] <bob> héllo\r\n';
  const le = decode(Buffer.from(text, 'utf16le'), 'f');
  assert.equal([le.lines, le.noFinalNewline], [['[12:00] <алиса> привет, 世界', '[12:01] <bob> héllo'], false]);
  assert.equal(le.diagnostics.map((d) => [d.line, d.level, d.message]), [[1, 'info', 'no byte order mark, but read as UTF-16LE: most characters have a zero byte']]);
  const be = decode(Buffer.from(text, 'utf16le').swap16(), 'f');
  assert.equal(be.lines, le.lines);
  assert.match(be.diagnostics[0].message, 'UTF-16BE');
  assert.is(be.howRead, 1);
});

test('a stray zero byte in UTF-8 is no UTF-16: the line keeps its text and the file is said to hold NUL bytes', () => {
  const d = decode(bytes('[12:00] <bob> a\0b\n[12:01] <bob> ok\n'), 'f');
  assert.equal(d.lines, ['[12:00] <bob> ab', '[12:01] <bob> ok']);
  assert.equal(d.diagnostics.map((x) => x.message), ['NUL bytes (first on this line): the file may be binary, not a log']);
});

test('a line that is not UTF-8 falls back to Windows-1252 with a positioned warning; others stay UTF-8', () => {
  const mixed = Buffer.concat([bytes('naïve\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x0a]), bytes('ok')]);
  const d = decode(mixed, 'log.txt');
  assert.equal(d.lines, ['naïve', 'café €', 'ok']);
  assert.equal(d.diagnostics, [
    { file: 'log.txt', line: 2, level: 'warning', message: 'line is not valid UTF-8; decoded as Windows-1252 (Latin-1)' },
  ]);
});

test('mIRC colour, bold, reset, italic and underline codes are stripped; tabs stay', () => {
  assert.is(stripControls('\x02bold\x02 \x0304,12red\x03 \x1ditalic\x1d \x1fu\x1f\x0f\tend'), 'bold red italic u\tend');
  assert.is(stripControls('\x01ACTION waves\x01'), 'ACTION waves');
});

test('empty input gives no lines', () => {
  assert.equal(decode(new Uint8Array(), 'f').lines, []);
});

test('NUL bytes warn that the file may be binary, on the first line holding one', () => {
  const d = decode(Buffer.from([0x61, 0x0a, 0x62, 0x00, 0x62, 0x0a, 0x00]), 'f');
  assert.equal(d.diagnostics.map((x) => [x.line, x.level, x.message]), [[2, 'warning', 'NUL bytes (first on this line): the file may be binary, not a log']]);
  assert.is(d.howRead, 0, 'what the bytes hold, not how they were read');
});

test('a very long line is kept whole, with a positioned warning', () => {
  const long = 'x'.repeat(1_000_000);
  const d = decode(bytes(`a\n${long}\nb`), 'f');
  assert.is(d.lines[1].length, 1_000_000);
  assert.equal(d.diagnostics.map((x) => [x.line, x.level, x.message]), [[2, 'warning', "line is 1000000 characters long, far beyond IRC's 512 bytes; kept whole"]]);
});

test('a Latin-1 file: five lines warned on their lines, the rest counted once (was a warning per line)', () => {
  const d = decode(Buffer.from('caf\xe9\n'.repeat(1000), 'latin1'), 'f');
  assert.is(d.lines.length, 1000);
  assert.is(d.lines[999], 'café');
  assert.equal(d.diagnostics.map((x) => x.line), [1, 2, 3, 4, 5, 0]);
  assert.is(d.diagnostics[5].message, '1000 lines in all are not valid UTF-8; decoded as Windows-1252 (Latin-1)');
  assert.is(d.howRead, 6, 'all six say how the bytes were read');
});

test('a buffer at any byte offset gives the same lines: ASCII, non-ASCII and control codes mixed', () => {
  const text = 'plain\nnaïve café\n\x02bold\x02 and \x0304red\nCJK 日本語 \x01ACTION\x01\nlast\ttab\n\u2028\nend';
  const expected = ['plain', 'naïve café', 'bold and red', 'CJK 日本語 ACTION', 'last\ttab', '\u2028', 'end'];
  for (let offset = 0; offset < 8; offset++) {
    const buffer = Buffer.alloc(offset + Buffer.byteLength(text));
    buffer.write(text, offset);
    assert.equal(decode(buffer.subarray(offset), 'f').lines, expected, `offset ${offset}`);
  }
  // Shorter than the first 4-byte boundary: no word to read at all.
  for (let offset = 1; offset < 4; offset++) {
    for (const short of ['', 'a', '\x02', 'é', 'a\n', 'é\x02']) {
      const buffer = Buffer.alloc(offset + Buffer.byteLength(short));
      buffer.write(short, offset);
      const expected = short === '' ? [] : short.split('\n').filter((l, k, all) => k < all.length - 1 || l !== '').map(stripControls);
      assert.equal(decode(buffer.subarray(offset), 'f').lines, expected, JSON.stringify([offset, short]));
    }
  }
});

test('ASCII lines of a file with non-ASCII ones are one-byte strings, so slices of them cost half', () => {
  // Only observable as memory; here, that each line still reads back exactly.
  const lines = ['12:00:00 <a> plain', '12:00:01 <b> é', '12:00:02 <c> plain again'];
  assert.equal(decode(bytes(lines.join('\n') + '\n'), 'f').lines, lines);
});

test('U+FFFE and U+FFFF, no characters (XML refuses them: one in a title made the feeds unreadable), are taken out as controls are', () => {
  const { lines } = decode(Buffer.from('10:00 <a> #startmeeting Release \uffff1.0\n10:01 <a> #topic odd\ufffe\n', 'utf8'), 'f');
  assert.equal(lines, ['10:00 <a> #startmeeting Release 1.0', '10:01 <a> #topic odd']);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('10:00 <a> x\uffff\n', 'utf16le')]);
  assert.equal(decode(utf16, 'f').lines, ['10:00 <a> x']);
});

test.run();
