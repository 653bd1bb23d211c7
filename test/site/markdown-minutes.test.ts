// The Markdown minutes: their structure, the links from each item to its log
// line, and that whatever was said in the channel renders as the very text
// that was said, never as markup, when markdown-it renders the file with raw
// HTML allowed (the most permissive of its settings).
import MarkdownIt from 'markdown-it';
import { DomUtils, parseDocument } from 'htmlparser2';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownMinutes } from '../../src/site/markdown-minutes.js';
import { markdownText } from '../../src/site/markdown-escape.js';
import { UPSTREAM_START, log, meeting, parse } from '../support/inline-log.js';

const md = new MarkdownIt({ html: true, linkify: true });
const render = (markdown: string) => parseDocument(md.render(markdown));
const textOf = (markdown: string) => DomUtils.textContent(render(markdown));

const base = 'team.2020-01-02-10.00.log.html';
const small = meeting(
  log(
    ['alice', '#startmeeting Weekly sync'],
    ['meetbot', UPSTREAM_START],
    ['alice', '#info said early'],
    ['alice', '#topic First'],
    ['bob', '#action bob to write it'],
    ['bob', '#link https://example.org/a_b see this'],
    ['alice', '#topic Second'],
    ['alice', '#agreed yes'],
    ['alice', '#endmeeting'],
  ),
);

test('structure: title, facts, topics with their items, action items, by person, people', () => {
  assert.fixture(
    markdownMinutes(small),
    `# Weekly sync

**Date:** 2020-01-02 · **Time:** 10:00:00–10:00:08 UTC · **Duration:** under a minute · **Chairs:** alice · [Full log](${base})

## Before the first topic

- **Info:** said early (alice, [10:00:02](${base}#l-3))

## First

(alice, [10:00:03](${base}#l-4))

- **Action:** bob to write it (bob, [10:00:04](${base}#l-5))
- **Link:** <https://example.org/a_b> see this (bob, [10:00:05](${base}#l-6))

## Second

(alice, [10:00:06](${base}#l-7))

- **Agreed:** yes (alice, [10:00:07](${base}#l-8))

## Action items

- bob to write it ([10:00:04](${base}#l-5))

## Action items, by person

- **bob**
  - bob to write it ([10:00:04](${base}#l-5))

## People present (lines said)

- alice (6)
- bob (2)
- meetbot (1)
`,
  );
});

test('every item links its time to its own line of the log page beside the file', () => {
  const doc = render(markdownMinutes(small));
  const hrefs = DomUtils.findAll((e) => e.name === 'a', doc.children).map((a) => a.attribs.href);
  for (const item of small.items) assert.ok(hrefs.includes(`${base}#l-${item.line}`), `item on line ${item.line}`);
  assert.ok(hrefs.every((h) => h.startsWith(base) || h === 'https://example.org/a_b'), hrefs.join(' '));
});

test('facts: a meeting that never ended, one over midnight, a log without #startmeeting', () => {
  const open = markdownMinutes(meeting(log(['alice', '#startmeeting'], ['bob', 'hi'])));
  assert.match(open, '**Time:** 10:00:00–10:00:01 UTC, never ended (no #endmeeting; the time is that of the last line)');
  const late = meeting(['23:59:00 <alice> #startmeeting', '00:01:30 <alice> #endmeeting'], 'team.2020-01-02-23.59.log.txt');
  assert.match(markdownMinutes(late), '**Date:** 2020-01-02 · **Time:** 23:59:00–2020-01-03 00:01:30 UTC · **Duration:** 2 min');
  const [logOnly] = parse(log(['alice', 'hello'])).meetings;
  assert.match(markdownMinutes(logOnly), 'This log has no #startmeeting, so it has no minutes.');
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '[a](javascript:alert(1))',
  '**x**',
  '<img src=x onerror=alert(1)>',
  '`code` _em_ ~~del~~ $x$ | a | b |',
  '&lt;b&gt; &amp; &#60;',
  '![i](http://evil.example/i.png)',
  '<javascript:alert(1)>',
  'x\\',
];

test('hostile text renders as the literal text, never as markup', () => {
  const said = HOSTILE.flatMap((h): [string, string][] => [
    ['mallory', `#info ${h}`],
    ['mallory', `#action ${h}`],
    ['mallory', `#link ${h}`],
  ]);
  const m = meeting(log(['alice', '#startmeeting <b>Title</b> # not *closed* #'], ['meetbot', UPSTREAM_START], ['alice', `#topic ${HOSTILE[0]} #`], ...said, ['alice', '#endmeeting']));
  const markdown = markdownMinutes(m);
  const html = md.render(markdown);
  for (const tag of ['<script', '<img', '<strong>x', '<em>', '<code>', '<del>', '<s>', '<table', '<b>']) assert.not.ok(html.includes(tag), `${tag} in ${html}`);
  assert.not.match(html, /href="javascript:/i);
  const text = textOf(markdown);
  for (const h of HOSTILE) assert.ok(text.split(h).length - 1 >= 3, `not literal 3 times: ${h}`);
  assert.match(text, '<b>Title</b> # not *closed* #');
  assert.match(text, `${HOSTILE[0]} #`);
});

test('nicks are text too, wherever they appear', () => {
  const nicks = ['[a](javascript:x)', '_u_', 'a*b*', 'c`d`'];
  const m = meeting(log(['alice', '#startmeeting'], ...nicks.map((n): [string, string] => [n, `#action ${n} to fix`]), ['alice', `#chair ${nicks[1]}`], ['alice', '#endmeeting']));
  const markdown = markdownMinutes(m);
  const html = md.render(markdown);
  for (const tag of ['<em>', '<strong>u', '<code>', 'javascript:x"']) assert.not.ok(html.includes(tag), `${tag} in ${html}`);
  const items = DomUtils.findAll((e) => e.name === 'li', render(markdown).children).map((li) => DomUtils.textContent(li));
  for (const n of nicks) {
    assert.ok(items.includes(`${n} (1)`), `people: ${n}`);
    assert.ok(items.some((t) => t.startsWith(`${n}\n`)), `by person: ${n}`);
  }
});

test('text that would start a block stays text: headings, lists, quotes, code, rules', () => {
  for (const h of ['# heading', '1. ordered', '2) ordered', '- bullet', '+ bullet', '> quote', '---', '=== ', '    indented', '```fence', '~~~fence']) {
    const m = meeting(log(['alice', '#startmeeting'], ['alice', `#action ${h}`], ['bob', h], ['alice', '#endmeeting']));
    const html = md.render(markdownMinutes(m));
    for (const tag of ['<h3', '<ol', '<blockquote', '<pre', '<hr', '<ul>\n<li>\n<ul']) assert.not.ok(html.includes(tag), `${h}: ${tag} in ${html}`);
    assert.ok(textOf(markdownMinutes(m)).includes(h.trim()), h);
  }
});

test('URLs become autolinks, without the punctuation after them; other words stay words', () => {
  assert.is(markdownText('see https://a.org/x_(y). and ftp://b.org/c, ok'), 'see <https://a.org/x_(y)>. and <ftp://b.org/c>, ok');
  assert.is(markdownText('(https://a.org/b)'), '(<https://a.org/b>)');
  assert.is(markdownText('javascript:alert(1) ssh://host www.x.org'), 'javascript:alert(1) ssh://host www.x.org');
  assert.is(markdownText('snake_case _em_ a__b'), 'snake_case \\_em\\_ a__b');
  assert.is(markdownText('  1. x', true), '1\\. x');
});

test('texts are kept whole', () => {
  const long = 'word '.repeat(400).trim();
  const m = meeting(log(['alice', '#startmeeting'], ['alice', `#info ${long}`], ['alice', '#endmeeting']));
  assert.ok(markdownMinutes(m).includes(`- **Info:** ${long} (alice`));
});

test.run();
