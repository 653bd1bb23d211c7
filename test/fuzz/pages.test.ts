// Logs written as HTML pages (src/lines/pages.ts) of any content: a generated
// MeetBot log, written as MeetBot's HTML writer would write it (each line
// escaped and anchored #l-N, its time and nick in spans), and a generated
// Pidgin log written as libpurple's HTML logger would write it (a header in an
// <h3>, each line escaped and ended by <br/>), parse to the same meetings as
// the logs themselves; and a generated MeetBot log's messages written as HCoop
// Meetbot's log page (its writer.py) give the same lines. The pages are sound
// whatever their lines hold.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { parseLog } from '../../src/pipeline.js';
import { params } from '../support/fuzz-config.js';
import { assertSound } from '../support/fuzz-check.js';
import { generatedLog } from '../support/fuzz-logs.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SAID = /^(\d\d:\d\d:\d\d) (<[^>]*>) (.*)$/s;

/** A raw line as MeetBot's HTMLlog writes it (ircmeeting/writers.py), anchored as the page's line k. */
function pageLine(line: string, k: number): string {
  const m = SAID.exec(line);
  const body = m ? `<span class="tm">${m[1]}</span><span class="nk"> ${esc(m[2])}</span> ${esc(m[3])}` : esc(line);
  return `<a name="l-${k + 1}"></a>${body}`;
}

function page(lines: string[]): string {
  const head = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>#x log</title>\n</head>\n\n<body>\n';
  return `${head}<pre>${lines.map(pageLine).join('\n')}</pre>\n</body></html>\n`;
}

const HTML_OPENING = /^\s*<(?:!doctype\s+html|html[\s>]|\?xml\b)/i;
const same = (r: ReturnType<typeof parseLog> | null) => (r?.meetings ?? []).map((m) => ({ id: m.id, start: m.start, end: m.end, items: m.items, people: m.people, topics: m.topics, lines: m.lines }));

/** A generated log's lines without its front matter (a page has none), or null when there is nothing to compare. */
function linesOfLog(text: string): string[] | null {
  let lines = text.split(/\r\n|\r|\n/);
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end < 0) return null;
    lines = lines.slice(end + 1);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  const first = lines.find((l) => l.trim() !== '');
  // A "log" that is itself an HTML page (the generator's stray lines can open one) is no log to compare with.
  return first === undefined || HTML_OPENING.test(first) ? null : lines;
}

test("a Pidgin log and its HTML log: the same lines, items and people", () => {
  const header = 'Conversation with #docs at Thu 05 Oct 2023 02:00:00 PM UTC on me@irc.example (irc)';
  fc.assert(
    fc.property(generatedLog('pidgin'), (g) => {
      const body = linesOfLog(g.text);
      if (!body) return;
      const lines = [header, ...body];
      const raw = Buffer.from(`${lines.join('\n')}\n`);
      const html = Buffer.from(`<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>${header}</title></head><body><h3>${header}</h3>\n${body.map((l) => `${esc(l)}<br/>\n`).join('')}</body></html>\n`);
      const fromPage = assertSound(html, 'docs.html', { relPath: g.relPath });
      assert.equal(same(fromPage), same(parseLog(raw, 'docs.txt', { relPath: g.relPath })), g.text);
    }),
    params(0.5),
  );
});

test("a MeetBot log and its page: the same lines, items and people", () => {
  fc.assert(
    fc.property(
      generatedLog('meetbot'),
      (g) => {
        const lines = linesOfLog(g.text);
        if (!lines) return;
        const raw = Buffer.from(`${lines.join('\n')}\n`);
        const html = Buffer.from(page(lines));
        const fromPage = assertSound(html, g.relPath.replace(/(\.log)?(\.txt)?$/, '.log.html'), { relPath: g.relPath });
        const fromLog = parseLog(raw, g.relPath, { relPath: g.relPath });
        assert.equal(same(fromPage), same(fromLog), g.text);
      },
    ),
    params(0.5),
  );
});


const ACTION_LINE = /^(\d\d:\d\d:\d\d) {1,2}\* (\S+) (.*)$/s;

/** A message or /me as HCoop Meetbot's log page writes it (writer.py _LogMessage), anchored id-k; null for any other line (its page holds none). */
function hcoopLine(line: string, k: number): string | null {
  const said = SAID.exec(line);
  const action = said ? null : ACTION_LINE.exec(line);
  if (!said && !action) return null;
  const [time, nick, text] = said ? [said[1], said[2].slice(1, -1), said[3]] : [action![1], action![2], action![3]];
  if (nick === '' || /\s/.test(nick) || /[\r\n\u2028\u2029]/.test(text)) return null;
  const nickSpan = `<span class="${said ? 'nk' : 'nka'}">&lt;${esc(nick)}&gt;</span>`;
  const content = said ? `<span><span>${esc(text)}</span></span>` : `<span class="ac"><span><span>${esc(text)}</span></span></span>`;
  return `<a name="id-${k}"></a><span class="tm">${time}</span> ${nickSpan} ${content}`;
}

test("a MeetBot log's messages and HCoop Meetbot's page of them: the same lines", () => {
  const shown = (r: ReturnType<typeof parseLog> | null) => (r?.meetings ?? []).flatMap((m) => m.lines.map((l) => [l.kind, l.nick, l.text, l.time]));
  fc.assert(
    fc.property(generatedLog('meetbot'), (g) => {
      const lines = linesOfLog(g.text);
      if (!lines) return;
      const kept = lines.filter((l, k) => hcoopLine(l, k) !== null);
      if (kept.length === 0) return;
      const raw = Buffer.from(`${kept.join('\n')}\n`);
      const html = Buffer.from(`<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<html>\n<head>\n<title>#x Log</title>\n</head>\n<body>\n<pre>\n${kept.map(hcoopLine).join('\n')}\n\n</pre>\n</body>\n</html>`);
      const fromPage = assertSound(html, 'x.20200102.1000.log.html', { relPath: 'x.20200102.1000.log.html' });
      assert.equal(shown(fromPage), shown(parseLog(raw, 'x.20200102.1000.log.txt', { relPath: 'x.20200102.1000.log.txt' })), g.text);
    }),
    params(0.5),
  );
});

test.run();
