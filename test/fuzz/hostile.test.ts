// Hostile content (test/fixtures/hostile/, written for these tests): markup, script
// URLs, bidi and control characters, huge words, invalid UTF-8. The parser keeps text
// as data, exactly as said (escaping is the renderer's job), never gives a link a
// `url` with an unsafe scheme, and keeps series and ids path-safe.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../src/types.js';
import { assertSound } from '../support/fuzz-check.js';
import { linkable } from '../support/invariants.js';

const ROOT = path.resolve(import.meta.dirname, '..', 'fixtures', 'hostile');
const FILES = fs.readdirSync(ROOT).filter((f) => f !== 'README.md').sort();

function parse(name: string) {
  const result = assertSound(fs.readFileSync(path.join(ROOT, name)), name, { relPath: name });
  if (!result) throw new Error('no result');
  return result;
}

function only(name: string): Meeting {
  const { meetings } = parse(name);
  assert.is(meetings.length, 1, `${name}: one meeting`);
  return meetings[0];
}

const textOn = (m: Meeting, line: number) => m.lines.find((l) => l.line === line);

for (const name of FILES) {
  test(`${name}: no throw, every invariant, no unsafe link url`, () => {
    for (const m of parse(name).meetings) {
      for (const item of m.items) if (item.url !== undefined) assert.ok(linkable(item.url), `unsafe url ${item.url}`);
    }
  });
}

test('markup in nicks, messages, topics, actions and the title is kept as said', () => {
  const m = only('xss.2020-01-02-10.00.log.txt');
  assert.is(m.title, '<script>alert("title")</script>');
  assert.is(textOn(m, 5)?.nick, '"onmouseover=alert(1)');
  assert.is(textOn(m, 6)?.nick, '<img');
  assert.equal(m.chairs, ['alice', '"onmouseover=alert(1)', '<img']);
  assert.is(m.topics[0].title, '<script>alert(1)</script> and "onmouseover=alert(2)');
  const info = m.items.find((i) => i.kind === 'info');
  assert.is(info?.text, "<img src=x onerror=alert(1)> and {{constructor.constructor('alert(1)')()}} and ${process.exit()}");
  assert.is(m.items.find((i) => i.kind === 'action')?.text, '"onmouseover=alert(1) to check <b>bold</b>');
});

test('script, data and vbscript links keep their text and get no url, whatever the case or disguise', () => {
  const m = only('xss.2020-01-02-10.00.log.txt');
  const links = m.items.filter((i) => i.kind === 'link');
  const unsafe = links.filter((i) => /script|data:|file:/i.test(i.text) && !/^(see |http)/.test(i.text));
  assert.ok(unsafe.length >= 14, `${unsafe.length} unsafe links`);
  for (const i of unsafe) {
    assert.ok(i.url === undefined || !/[:&]/.test(i.url), `${JSON.stringify(i.text)} got url ${i.url}`);
    assert.ok(textOn(m, i.line)?.text.endsWith(i.text), 'the text is what was said');
  }
  assert.is(links.find((i) => i.text.startsWith('javascript:alert(1)'))?.url, undefined);
  assert.is(links.find((i) => i.text.startsWith('JaVaScRiPt:'))?.url, undefined);
  assert.is(links.find((i) => i.text.startsWith('DATA:'))?.url, undefined);
  // Safe schemes keep their url even with markup in it: the renderer escapes it as an attribute.
  assert.is(links.find((i) => i.text.startsWith('http://example.com/"'))?.url, 'http://example.com/"onmouseover=alert(1');
  assert.is(links.find((i) => i.text.startsWith('see '))?.url, 'https://example.org/<script>alert(1)</script>');
  assert.is(links.find((i) => i.text.startsWith('www.'))?.url, 'www.example.com/plain-word');
  assert.is(links.find((i) => i.nick === 'bob')?.url, 'https://example.net/"><script>alert(1)</script>', 'the auto-link');
  assert.is(
    m.items.some((i) => i.text.startsWith('javascript:alert(1) is not')),
    false,
    'a javascript: line is not an auto-link',
  );
});

test('#meetingname ../../etc/<script> gives a path-safe series', () => {
  const m = only('xss.2020-01-02-10.00.log.txt');
  assert.is(m.series, 'etc__script_');
  assert.is(m.id, 'etc__script_/2020/etc__script_.2020-01-02-10.00');
});

test('front matter title, tags and aliases are kept as written; its series is made path-safe', () => {
  const m = only('front-matter.log.txt');
  assert.is(m.title, '<script>alert(1)</script> "onmouseover=alert(1)');
  assert.is(m.series, 'people-meetings');
  assert.is(m.id, 'people-meetings/2020/people-meetings.2020-01-02-10.00');
  assert.equal(m.tags, ['<b>tag</b>', 'javascript:alert(1)', '\u202Egnp.exe']);
  assert.equal(Object.entries(m.aliases), [
    ['"onmouseover=x', '<script>'],
    ['javascript:alert(1)', '<script>'],
    ['__proto__', 'alice'],
    ['constructor', 'alice'],
  ]);
});

test('bidi controls and invisible characters are kept as data, not dropped or reordered', () => {
  const m = only('bidi.2020-01-02-10.00.log.txt');
  assert.is(textOn(m, 4)?.nick, '\u202eecila');
  assert.is(m.topics[0].title, '\u202etxet sdrawkcab\u2066 isolate \u2069 end');
  assert.is(m.items.find((i) => i.kind === 'action')?.text, 'bob to rename invoice\u202efdp.exe');
  assert.is(textOn(m, 8)?.text, 'zero\u200bwidth and \ufeff mid-line BOM and \u2028 line separator');
  assert.is(m.series, 'gnp.exe', 'no bidi control in a path');
});

test('NUL and other control bytes: IRC formatting is stripped, the file is flagged at the first NUL', () => {
  const m = only('control-bytes.2020-01-02-10.00.log.txt');
  assert.equal(
    m.diagnostics.filter((d) => d.level !== 'info').map((d) => [d.line, d.level, d.message]),
    [[3, 'warning', 'NUL bytes (first on this line): the file may be binary, not a log']],
  );
  assert.is(textOn(m, 4)?.nick, 'alice');
  assert.is(m.topics[0].title, 'bold colour italic underline reverse reset');
  assert.is(textOn(m, 6)?.text, 'ACTION waves');
  for (const l of m.lines) assert.not.match(l.text, /[\x00-\x08\x0b-\x1f\x7f]/);
  assert.is(textOn(m, 9)?.text, 'C1 controls \u0085 \u009b \u0090 in UTF-8', 'C1 controls are text: the renderer escapes them');
});

test('huge unbroken words, nicks, topics and links are kept whole', () => {
  const m = only('huge-word.2020-01-02-10.00.log.txt');
  assert.is(textOn(m, 3)?.text, 'A'.repeat(16384));
  assert.is(textOn(m, 4)?.nick, 'n'.repeat(1000));
  assert.is(m.topics[0].title, 'T'.repeat(5000));
  assert.is(m.items.find((i) => i.kind === 'link')?.url, `https://example.com/${'p'.repeat(8000)}`);
  assert.equal(m.items.find((i) => i.kind === 'action')?.assignees, ['alice']);
});

test('invalid UTF-8 is decoded as Windows-1252 line by line, each line warned', () => {
  const m = only('invalid-utf8.2020-01-02-10.00.log.txt');
  assert.is(textOn(m, 3)?.text, 'Latin-1 café and cp1252 € euro');
  assert.is(textOn(m, 9)?.nick, 'böb');
  assert.is(m.topics[0].title, 'café topic');
  assert.equal(
    m.diagnostics.filter((d) => /UTF-8/.test(d.message)).map((d) => d.line),
    [3, 4, 5, 6, 7, 0],
  );
  assert.match(m.diagnostics.find((d) => d.line === 0 && /UTF-8/.test(d.message))?.message ?? '', /^8 lines in all are not valid UTF-8/);
});

test('a 10 MB single line of talk: no throw, kept whole, one positioned warning', () => {
  const line = `10:00:00 <alice> ${'word'.repeat(2.5 * 2 ** 20)}`;
  const began = performance.now();
  const result = assertSound(Buffer.from(line), 'one-line.2020-01-02-10.00.log.txt');
  console.log(`  10 MB line parsed (twice, with invariants) in ${Math.round(performance.now() - began)} ms`);
  assert.is(result?.meetings[0].lines[0].text.length, 10 * 2 ** 20);
  assert.equal(
    result?.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.line, d.message]),
    [[1, "line is 10485777 characters long, far beyond IRC's 512 bytes; kept whole"]],
  );
});

test.run();
