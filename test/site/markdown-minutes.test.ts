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
import { linkParts } from '../../src/site/text.js';
import { clockIn } from '../../src/site/clock.js';
import { meetingRef } from '../../src/site/meeting-page.js';
import { logView } from '../../src/site/log-view.js';
import { parseLog } from '../../src/pipeline.js';
import type { Meeting } from '../../src/types.js';
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

const newYork = clockIn('America/New_York');
// The zone's short names as ICU gives them in en-GB, as the pages do ("EST" in some versions, "GMT-5" in others).
const est = newYork.label('2016-01-01T02:00:00Z');
const edt = newYork.label('2016-07-01T02:00:00Z');
const factsOf = (markdown: string) => markdown.split('\n')[2];
/** Each "[time](…#l-N)" link of the file: [time, N]. */
const timeLinks = (markdown: string) => [...markdown.matchAll(/\[(\d\d:\d\d:\d\d)\]\([^)#]*#l-(\d+)\)/g)].map((x) => [x[1], Number(x[2])] as const);
/** What the log page shows on line N, in that clock (log-view.ts's stamps). */
const stampsOf = (m: Meeting) => {
  const stamps = logView(m, [], '', newYork).stamps!;
  return (line: number) => stamps[m.lines.findIndex((l) => l.line === line)];
};

test("in the site's time zone: a meeting at 02:00 UTC is the evening before, with the zone's label", () => {
  const file = 'team.2016-01-01-02.00.log.txt';
  const m = meeting(['02:00:04 <alice> #startmeeting', '02:00:19 <alice> #topic Budget', '02:05:00 <bob> #action bob to pay', '03:00:04 <alice> #endmeeting'], file);
  const markdown = markdownMinutes(m, newYork);
  const base = 'team.2016-01-01-02.00.log.html';
  assert.match(est, /^(EST|GMT-5)$/);
  assert.is(factsOf(markdown), `**Date:** 2015-12-31 · **Time:** 21:00:04–22:00:04 ${est} · **Duration:** 1 h · **Chairs:** alice · [Full log](${base})`);
  assert.match(markdown, `## Budget\n\n(alice, [21:00:19](${base}#l-2))\n\n- **Action:** bob to pay (bob, [21:05:00](${base}#l-3))`);
  assert.match(markdown, `## Action items\n\n- bob to pay ([21:05:00](${base}#l-3))`);
  // The date the pages give it, and every time the one its log page shows on that line.
  assert.match(factsOf(markdown), `**Date:** ${meetingRef(m, newYork).date} `);
  const links = timeLinks(markdown);
  assert.is(links.length, 4);
  const stamp = stampsOf(m);
  for (const [time, line] of links) assert.is(time, stamp(line), `line ${line}`);
  // The data stays UTC: only what is shown moves.
  assert.not.match(markdown, /0[23]:0\d:\d\d/);
});

test("in the site's time zone: the end's date when the zone's day turns, one label each when its clock goes back", () => {
  const late = meeting(['04:50:00 <alice> #startmeeting', '05:10:00 <alice> #endmeeting'], 'team.2016-01-01-04.50.log.txt');
  assert.match(factsOf(markdownMinutes(late, newYork)), `**Date:** 2015-12-31 · **Time:** 23:50:00–2016-01-01 00:10:00 ${est} · **Duration:** 20 min`);
  // Over midnight in UTC, not in New York.
  const utcLate = meeting(['23:59:00 <alice> #startmeeting', '00:01:30 <alice> #endmeeting'], 'team.2020-01-02-23.59.log.txt');
  assert.match(factsOf(markdownMinutes(utcLate, newYork)), `**Date:** 2020-01-02 · **Time:** 18:59:00–19:01:30 ${est} · `);
  // 2016-11-06, 06:00 UTC: 02:00 EDT becomes 01:00 EST.
  const dst = meeting(['05:30:00 <alice> #startmeeting', '06:30:00 <alice> #endmeeting'], 'team.2016-11-06-05.30.log.txt');
  assert.is.not(edt, est);
  assert.match(factsOf(markdownMinutes(dst, newYork)), `**Date:** 2016-11-06 · **Time:** 01:30:00 ${edt}–01:30:00 ${est} · **Duration:** 1 h`);
  assert.match(factsOf(markdownMinutes(utcLate, clockIn('Europe/Oslo'))), '**Time:** 00:59:00–01:01:30 CET · ');
});

test("in the site's time zone: a log without times keeps the date it gives, one without a date the clock it gives", () => {
  const untimed = parseLog(Buffer.from('<alice> #startmeeting\n<alice> #topic T\n<alice> #endmeeting\n'), 'team/team.2016-06-05.log', { relPath: 'team/team.2016-06-05.log' }).meetings[0];
  assert.is(untimed.untimed, true);
  assert.is(markdownMinutes(untimed, newYork), markdownMinutes(untimed));
  assert.is(factsOf(markdownMinutes(untimed, newYork)), '**Date:** 2016-06-05 · **Chairs:** alice · [Full log](team.2016-06-05-00.00.log.html)');
  assert.is(meetingRef(untimed, newYork).date, '2016-06-05');
  // Times but no date: "unknown", and the times as the log gives them, no zone named, as its pages give them (an offset is a date's).
  const undated = parseLog(Buffer.from('[10:00] <alice> #startmeeting\n[10:01] <alice> #topic T\n[10:02] <alice> #endmeeting\n'), 'x/x.log', { relPath: 'x/x.log' }).meetings[0];
  assert.is(undated.undated, true);
  const markdown = markdownMinutes(undated, newYork);
  assert.is(markdown, markdownMinutes(undated));
  assert.ok(factsOf(markdown).startsWith('**Date:** unknown · **Time:** 10:00:00–10:02:00 · **Duration:** 2 min · '), factsOf(markdown));
  assert.equal(timeLinks(markdown), [['10:01:00', 2]]);
});

test('in UTC (no time zone set), the minutes are what they were, byte for byte', () => {
  for (const zone of [undefined, 'UTC', 'Etc/UTC']) assert.is(markdownMinutes(small, clockIn(zone)), markdownMinutes(small), String(zone));
  const late = meeting(['23:59:00 <alice> #startmeeting', '00:01:30 <alice> #endmeeting'], 'team.2020-01-02-23.59.log.txt');
  assert.is(factsOf(markdownMinutes(late, clockIn('UTC'))), '**Date:** 2020-01-02 · **Time:** 23:59:00–2020-01-03 00:01:30 UTC · **Duration:** 2 min · **Chairs:** alice · [Full log](team.2020-01-02-23.59.log.html)');
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
  assert.is(markdownText('javascript:alert(1) ssh://host'), 'javascript:alert(1) ssh://host');
  assert.is(markdownText('snake_case _em_ a__b'), 'snake_case \\_em\\_ a__b');
  assert.is(markdownText('  1. x', true), '1\\. x');
});

test('the links the minutes page makes, to the same addresses: www., e-mail, any case, a quote inside', () => {
  const cases = ['www.x.org/plain_word', 'team@example.org', 'mailto:team@example.org', 'HTTPS://EXAMPLE.COM/UPPER', 'ftp://test.zg"ib.net/&testpage', 'http://example.com/"onmouseover=alert(1)', 'irc://irc.libera.chat/#meetbot'];
  for (const text of cases) {
    const page = linkParts(text).filter((p) => typeof p !== 'string').map((p) => p.href);
    const html = md.render(markdownText(`see ${text} now`));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decodeURI(m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"')));
    assert.equal(hrefs, page, `${text}: ${html}`);
    assert.is(textOf(markdownText(`see ${text} now`)).trim(), `see ${text} now`, text);
  }
  assert.is(markdownText('www.x.org'), '[www.x.org](<http://www.x.org>)');
  assert.is(markdownText('!www.x.org'), '\\![www.x.org](<http://www.x.org>)', 'no image');
});

test("a W3C scribe's meeting has its minutes, with no #startmeeting; an empty topic or action says so, as the page does", () => {
  const w3c = meeting(log(['RRSAgent', 'logging'], ['ivan', 'scribe: pauld'], ['pauld', 'Topic: Budget'], ['pauld', 'ivan: we spend too much'], ['pauld', 'RESOLVED: spend less']), 'w3c/01-team-irc.txt');
  const text = markdownMinutes(w3c);
  assert.not.match(text, 'has no minutes');
  assert.match(text, '## Budget');
  assert.match(text, 'spend less');
  const empty = meeting(log(['alice', '#startmeeting'], ['alice', '#topic'], ['alice', '#action'], ['alice', '#endmeeting']));
  const out = markdownMinutes(empty);
  assert.match(out, '## *(untitled topic)*');
  assert.match(out, '- **Action:** *(no text)* (alice');
});

test('texts are kept whole', () => {
  const long = 'word '.repeat(400).trim();
  const m = meeting(log(['alice', '#startmeeting'], ['alice', `#info ${long}`], ['alice', '#endmeeting']));
  assert.ok(markdownMinutes(m).includes(`- **Info:** ${long} (alice`));
});

test.run();
