// Meetings whose logs give no time of day (Meeting.untimed: Markdown logs
// like Monero's, untimed "<nick> text" lines): their start is 00:00 of their
// date, which is no time, so pages show the date alone, in any time zone, and
// never "00:00 UTC".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { summaryOf } from '../../src/site/summary.js';
import * as meetingTemplate from '../../templates/meeting.11ty.js';
import * as logTemplate from '../../templates/log.11ty.js';
import * as seriesTemplate from '../../templates/series.11ty.js';
import * as latestTemplate from '../../templates/latest.11ty.js';
import { siteModel, attachLogs } from '../../src/site/model.js';
import { parseLog } from '../../src/pipeline.js';
import type { Meeting } from '../../src/types.js';
import { meetbotText } from '../../src/site/meetbot-text.js';
import { markdownMinutes } from '../../src/site/markdown-minutes.js';
import { log, meeting } from '../support/inline-log.js';

const MONERO = path.join(import.meta.dirname, '..', 'fixtures', 'relays', '2016-06-05-logs-for-the-kovri-dev-meeting-held-on-2016-06-05.md');
const untimed = parseLog(fs.readFileSync(MONERO), 'monero-md/2016-06-05-kovri.md', { relPath: 'monero-md/2016-06-05-kovri.md' }).meetings[0];
const neither = parseLog(Buffer.from('<alice> hi\n<bob> hello\n<alice> bye\n'), 'notes/notes.log', { relPath: 'notes/notes.log' }).meetings[0];
const timed = meeting(log(['alice', '#startmeeting'], ['alice', '#endmeeting']), 'monero-md.2016-06-12-17.00.log.txt');

test('a log without times: its meeting says so; one with times does not', () => {
  assert.equal([untimed.untimed, untimed.undated, untimed.start], [true, undefined, '2016-06-05T00:00:00Z']);
  assert.equal([neither.untimed, neither.undated], [true, true]);
  assert.is('untimed' in timed, false, 'absent, not false');
});

test('pages show its date alone, the date the log gives in any zone, and valid HTML', async () => {
  const render = (timezone: string | undefined, meetings: Meeting[] = [untimed, timed, neither]) => {
    const site = siteModel(meetings, [], { logs: 'none', timezone });
    const page = (m: Meeting) => site.meetings.find((p) => p.ref.id === m.id)!;
    attachLogs(site, site.meetings, meetings);
    return { site, page };
  };
  for (const zone of [undefined, 'America/New_York']) {
    const { site, page } = render(zone);
    const ref = page(untimed).ref;
    assert.equal([ref.date, ref.time, ref.zone], ['2016-06-05', '', ''], `${zone}`);
  }
  const { site, page } = render(undefined);
  const minutes = meetingTemplate.render({ minutebook: site, m: page(untimed) });
  assert.match(minutes, '<time datetime="2016-06-05">2016-06-05</time>');
  assert.not.match(minutes, '00:00');
  assert.match(minutes, /<dt>When<\/dt>\s*<dd><time datetime="2016-06-05">2016-06-05<\/time><\/dd>/, 'no length: not "under a minute"');
  assert.is(page(untimed).duration, '');
  const logPage = logTemplate.render({ minutebook: site, m: page(untimed) });
  assert.match(logPage, '<p class="lead"><time datetime="2016-06-05">2016-06-05</time> · ');
  const series = seriesTemplate.render({ minutebook: site, s: site.series.find((s) => s.series === 'monero-md')! });
  assert.match(series, '<time datetime="2016-06-05">2016-06-05</time>');
  assert.match(series, '<time datetime="2016-06-12T10:00:00Z">2016-06-12 10:00<span class="tz"> UTC</span></time>', 'a timed meeting as before');
  // Neither a date nor a time: the words, and no <time> with nothing to give it.
  const none = meetingTemplate.render({ minutebook: site, m: page(neither) });
  assert.match(none, '<dd>date unknown');
  assert.not.match(none, 'datetime=""');
  const notes = site.series.find((s) => s.series === 'notes')!;
  assert.match(latestTemplate.render({ minutebook: site, s: notes }), ', date unknown</a>');
  const config = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  for (const html of [minutes, logPage, series, none]) {
    const report = await validator.validateString(html);
    assert.equal(report.results.flatMap((r) => r.messages.filter((m) => m.severity >= 2).map((m) => `${m.ruleId}: ${m.message}`)), []);
  }
});

test('the .txt and .md minutes give no time of day either, and a date only when the log has one', () => {
  const dated = parseLog(Buffer.from('<alice> #startmeeting\n<alice> #topic T\n<alice> #endmeeting\n'), 'team/team.2016-06-05.log', { relPath: 'team/team.2016-06-05.log' }).meetings[0];
  const undatedTimed = parseLog(Buffer.from('[10:00] <alice> #startmeeting\n[10:02] <alice> #endmeeting\n'), 'x/x.log', { relPath: 'x/x.log' }).meetings[0];
  const opening = (m: Meeting) => meetbotText(m).split('\n\n\n')[1].replace(/\s+/g, ' ');
  const ending = (m: Meeting) => meetbotText(m).split('\n').find((l) => l.startsWith('Meeting ') && / ended/.test(l));
  const facts = (m: Meeting) => markdownMinutes(m).split('\n')[2];
  assert.equal(opening(dated), 'Meeting started by alice on 2016-06-05. The full logs are available at team/2016/team.2016-06-05-00.00.log.html .');
  assert.equal(ending(dated), 'Meeting ended.');
  assert.equal(facts(dated), '**Date:** 2016-06-05 · **Chairs:** alice · [Full log](team.2016-06-05-00.00.log.html)');
  assert.equal(opening(neither), 'Log starting, with no #startmeeting. The full logs are available at notes/undated/notes.00.00.log.html .');
  const unended = parseLog(Buffer.from('<alice> #startmeeting\n<alice> #topic T\n'), 'notes/notes.log', { relPath: 'notes/notes.log' }).meetings[0];
  assert.equal(ending(unended), 'Meeting never ended (no #endmeeting).');
  assert.match(facts(unended), /^\*\*Date:\*\* unknown · never ended \(no #endmeeting\) · /);
  assert.match(facts(neither), /^\*\*Date:\*\* unknown · \[Full log\]/);
  // Times but no date: the times stay, the date is unknown (not 1970-01-01).
  assert.equal(ending(undatedTimed), 'Meeting ended at 10:02:00 UTC.');
  assert.match(facts(undatedTimed), /^\*\*Date:\*\* unknown · \*\*Time:\*\* 10:00:00–10:02:00 · \*\*Duration:\*\* 2 min · /, 'the log\'s clock, no zone named, as its pages give it');
  for (const m of [dated, neither, unended, undatedTimed]) assert.not.match(meetbotText(m) + markdownMinutes(m), /00:00:00|1970/);
});

test('data/index.json says a meeting is untimed, as its data file does (its 00:00 is no time of day)', () => {
  assert.is(summaryOf(untimed).untimed, true);
  assert.is('undated' in summaryOf(untimed), false);
});

test.run();
