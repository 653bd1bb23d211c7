// Pidgin's HTML log read as its text log (src/lines/pidgin-html.ts). The page
// and the text log below are written line for line as libpurple's HTML and
// text loggers write them (log.c: html_logger_write, txt_logger_write) for the
// same conversation; no Pidgin log is in the corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pidginHtmlLines } from '../../src/lines/pidgin-html.js';
import { pageLines } from '../../src/lines/pages.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';

const HEADER = 'Conversation with #docs at Thu 05 Oct 2023 02:00:00 PM UTC on me@irc.libera.chat (irc)';
// [type, time, from, message] in the order the conversation went.
const said: [string, string, string, string][] = [
  ['system', '02:00:00 PM', '', 'bob [~bob@host] entered the room.'],
  ['recv', '02:00:02 PM', 'alice', '#startmeeting Docs &amp; notes'],
  ['send', '02:00:05 PM', 'me', 'hi <b>all</b>'],
  ['recv', '02:00:09 PM', 'alice', '/me waves'],
  ['recv', '02:00:20 PM', 'alice', '#topic Release notes'],
  ['recv', '02:01:00 PM', 'bob', 'two lines:<br/>the second'],
  ['recv', '02:02:30 PM', 'alice', '#action bob to proofread &lt;notes.md&gt;'],
  ['system', '02:03:00 PM', '', 'bob left the room (quit: Client Quit).'],
  ['recv', '02:04:00 PM', 'alice', '#endmeeting'],
];

function htmlLog(): string {
  const lines = [`<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>${HEADER}</title></head><body><h3>${HEADER}</h3>`];
  for (const [type, time, from, msg] of said) {
    const me = msg.startsWith('/me ');
    if (type === 'system') lines.push(`<font size="2">(${time})</font><b> ${msg}</b><br/>`);
    else if (me) lines.push(`<font color="#062585"><font size="2">(${time})</font> <b>***${from}</b></font> ${msg.slice(4)}<br/>`);
    else lines.push(`<font color="${type === 'send' ? '#16569E' : '#A82F2F'}"><font size="2">(${time})</font> <b>${from}:</b></font> ${msg}<br/>`);
  }
  lines.push('</body></html>');
  return `${lines.join('\n')}\n`;
}

function textLog(): string {
  const strip = (m: string) => m.replace(/<br\/>/g, '\n').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const lines = [HEADER];
  for (const [type, time, from, msg] of said) {
    if (type === 'system') lines.push(`(${time}) ${strip(msg)}`);
    else if (msg.startsWith('/me ')) lines.push(`(${time}) ***${from} ${strip(msg.slice(4))}`);
    else lines.push(`(${time}) ${from}: ${strip(msg)}`);
  }
  return `${lines.join('\n')}\n`;
}

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');

test("a Pidgin HTML log gives its text log's lines", () => {
  const page = pidginHtmlLines(linesOf(htmlLog()))!;
  assert.equal(page.lines, linesOf(textLog()));
  assert.equal(pageLines(linesOf(htmlLog())), page);
  // Each line of the log, the page's line it came from: a message of two lines is two of one.
  assert.equal(page.at, [0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9]);
});

test('and the same meeting, dated by its header', () => {
  const html = Buffer.from(htmlLog());
  const fromPage = parseLog(html, 'docs.html');
  assert.equal(invariantProblems(html, fromPage), []);
  const fromText = parseLog(Buffer.from(textLog()), 'docs.txt');
  assert.is(fromPage.format, 'pidgin');
  const same = (r: typeof fromPage) => r.meetings.map((m) => ({ ...m, source: { ...m.source, file: '' }, diagnostics: m.diagnostics.map((d) => ({ ...d, file: '' })) }));
  assert.equal(same(fromPage), same(fromText));
  const [m] = fromPage.meetings;
  assert.is(m.title, 'Docs & notes');
  assert.is(m.start, '2023-10-05T14:00:02Z');
  assert.equal(m.items.map((i) => `${i.kind}: ${i.text}`), ['topic: Release notes', 'action: bob to proofread <notes.md>']);
  assert.equal(m.items[1].assignees, ['bob']);
});

test('a page that is neither MeetBot’s nor Pidgin’s is no log', () => {
  assert.is(pidginHtmlLines(['<html><head><title>Conversation with #x</title></head><body>', '<p>hi</p>', '</body></html>']), null);
  assert.is(pageLines(['<!DOCTYPE html>', '<html><body><p>(14:00:00) alice: hi</p></body></html>']), null);
});

test.run();
