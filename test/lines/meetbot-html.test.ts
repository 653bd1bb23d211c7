// MeetBot's log page read as its raw log (src/lines/meetbot-html.ts). The
// nine .log.html of the corpus (test/fixtures/meetbot-html/, SOURCES.tsv) are
// checked against the .log.txt MeetBot wrote them from
// (test/fixtures/meetbot/): the same lines, and the same meetings parsed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { meetbotHtmlLines } from '../../src/lines/meetbot-html.js';
import { parseLog } from '../../src/pipeline.js';
import { invariantProblems } from '../support/invariants.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const PAGES = fs.readdirSync(path.join(FIXTURES, 'meetbot-html')).filter((f) => f.endsWith('.log.html'));
const linesOf = (text: string) => text.replace(/\n$/, '').split(/\r?\n/);

test('the corpus holds nine MeetBot log pages with their raw logs', () => {
  assert.is(PAGES.length, 9);
});

for (const page of PAGES) {
  const raw = page.replace(/\.html$/, '.txt');
  test(`${page}: the lines of ${raw}, and the same meetings`, () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'meetbot-html', page));
    const txt = fs.readFileSync(path.join(FIXTURES, 'meetbot', raw));
    assert.equal(meetbotHtmlLines(linesOf(html.toString('utf8')))?.lines, linesOf(txt.toString('utf8')));
    const fromPage = parseLog(html, page, { relPath: raw });
    assert.equal(invariantProblems(html, fromPage), []);
    const fromLog = parseLog(txt, raw, { relPath: raw });
    assert.ok(fromLog.meetings.length > 0);
    const same = (r: typeof fromLog) => r.meetings.map((m) => ({ ...m, source: { ...m.source, file: '' }, diagnostics: m.diagnostics.map((d) => ({ ...d, file: '' })) }));
    assert.equal(same(fromPage), same(fromLog));
    assert.is(fromPage.format, 'meetbot');
  });
}

test("OpenStack's MeetBot (anchor around the time) and the pygments writer (spans of its own) read alike", () => {
  const page = (...lines: string[]) => ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', '<html><head><title>#x log</title></head>', '<body>', ...`<pre>${lines.join('\n')}</pre>`.split('\n'), '</body></html>'];
  assert.equal(
    meetbotHtmlLines(
      page(
        '<a href="#l-1" name="l-1"><span class="tm">16:00:59</span></a><span class="nk"> &lt;alice&gt;</span> <span class="cmd">#startmeeting </span><span class="cmdline">oslo</span>',
        '<a href="#l-2" name="l-2"><span class="tm">16:01:02 </span></a><span class="nka">* bob</span> <span class="ac">waves &amp; nods</span>',
        '<a href="#l-3" name="l-3"><span class="tm">16:01:09</span></a><span class="nk"> &lt;carol&gt;</span> <span class="hi">bob:</span> see &lt;https://example.org/?a=1&amp;b=2&gt;',
      ),
    )?.lines,
    ['16:00:59 <alice> #startmeeting oslo', '16:01:02 * bob waves & nods', '16:01:09 <carol> bob: see <https://example.org/?a=1&b=2>'],
  );
  assert.equal(
    meetbotHtmlLines(page('<a name="l-1"></a><span class="cp">16:00:59</span> <span class="nt">&lt;alice&gt;</span> <span class="k">#topic </span><span class="gh">Reviews</span>'))?.lines,
    ['16:00:59 <alice> #topic Reviews'],
  );
});

test('text that reads as markup or an entity comes back as it was typed', () => {
  const lines = meetbotHtmlLines(['<html>', '<pre><a name="l-1"></a><span class="tm">10:00:00</span><span class="nk"> &lt;a&gt;</span> use &amp;lt;b&amp;gt; and &amp;amp; &lt;/pre&gt;</pre>']);
  assert.equal(lines, { lines: ['10:00:00 <a> use &lt;b&gt; and &amp; </pre>'], at: [1] });
});

test('an HTML page with no line MeetBot anchored is no log page: the pipeline skips it with its error', () => {
  assert.is(meetbotHtmlLines(['<!DOCTYPE html>', '<html><body>', '<p id="l-1">10:00:00 alice: hi</p>', '</body></html>']), null);
  const r = parseLog(Buffer.from('<!DOCTYPE html>\n<html><body>\n<a href="#l-1">10:00:00</a> &lt;alice&gt; hi\n</body></html>\n'), 'page.html');
  assert.equal(r.meetings, []);
  assert.match(r.diagnostics[0].message, /an HTML page, not a chat log/);
});

test("a log page's lines are numbered as its #l-N, and a line no format reads is kept as text", () => {
  const page = [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    '<html>',
    '<head><title>#team log</title></head>',
    '<body>',
    '<pre><a name="l-1"></a><span class="tm">10:00:00</span><span class="nk"> &lt;alice&gt;</span> <span class="cmd">#startmeeting </span><span class="cmdline">team</span>',
    '<a name="l-2"></a>**error** a line MeetBot could not read',
    '<a name="l-3"></a><span class="tm">10:00:05</span><span class="nk"> &lt;alice&gt;</span> <span class="topic">#topic </span><span class="topicline">One</span>',
    '<a name="l-4"></a><span class="tm">10:01:00</span><span class="nk"> &lt;alice&gt;</span> <span class="cmd">#endmeeting</span><span class="cmdline"></span></pre>',
    '</body></html>',
  ].join('\n');
  const r = parseLog(Buffer.from(page), 'team.2020-01-02-10.00.log.html');
  assert.is(r.meetings.length, 1);
  const m = r.meetings[0];
  assert.equal(
    m.lines.map((l) => [l.line, l.kind, l.nick, l.text]),
    [
      [1, 'message', 'alice', '#startmeeting team'],
      [2, 'other', null, '**error** a line MeetBot could not read'],
      [3, 'message', 'alice', '#topic One'],
      [4, 'message', 'alice', '#endmeeting'],
    ],
  );
  assert.equal(m.topics.map((t) => [t.title, t.line]), [['One', 3]]);
  assert.equal(m.start, '2020-01-02T10:00:00Z');
  assert.ok(m.ended);
});

test.run();
