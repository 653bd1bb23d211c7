// Meetings whose logs give no date (Meeting.undated: i2p's logs of 2004,
// bracketed "[22:57]" stamps and nothing else): their times are on
// 1970-01-01, and the site says "date unknown" instead of showing 1970.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import * as calendarTemplate from '../../templates/calendar.11ty.js';
import * as meetingTemplate from '../../templates/meeting.11ty.js';
import * as seriesTemplate from '../../templates/series.11ty.js';
import { siteModel, attachLogs } from '../../src/site/model.js';
import { parseLog } from '../../src/pipeline.js';
import { summaryOf } from '../../src/site/summary.js';
import { log, meeting } from '../support/inline-log.js';

const undatedLog = ['[22:57] <jrand0m> #startmeeting', '[22:58] <jrand0m> #topic cvs', '[22:59] <jrand0m> #agreed move to git', '[23:00] <jrand0m> #endmeeting'].join('\n');
const undated = parseLog(Buffer.from(`${undatedLog}\n`), 'i2p/057.log', { relPath: 'i2p/057.log' }).meetings[0];
const dated = meeting(log(['alice', '#startmeeting'], ['alice', '#agreed ship it'], ['alice', '#endmeeting']), 'i2p.2004-09-07-21.00.log.txt');

test('a log with no date: its meeting says so, its times keep the clock the log gave', () => {
  assert.is(undated.undated, true);
  assert.is(undated.start, '1970-01-01T22:57:00Z');
  assert.is(undated.id, 'i2p/undated/i2p.22.57');
  assert.is(dated.undated, undefined);
  assert.is('undated' in dated, false, 'absent, not false, on a dated meeting');
});

test('the site: "date unknown" where a date is shown, the year "Undated" on its series, no 1970 in the calendar', () => {
  const site = siteModel([undated, dated]);
  const ref = site.meetings.find((p) => p.ref.id === undated.id)!.ref;
  assert.equal([ref.date, ref.time, ref.undated], ['date unknown', '22:57', true]);
  const series = site.series.find((s) => s.series === undated.series)!;
  assert.equal(series.years.map((y) => y.year), ['2004', 'Undated']);
  // Its series' dates are those of its dated meetings (the undated one sorts first, on 1970-01-01).
  assert.equal([series.dates, series.undated], ['2004-09-07', 1]);
  assert.match(seriesTemplate.render({ minutebook: site, s: series }), '<p class="lead">2 meetings, 2004-09-07 (1 meeting without a date).');
  assert.equal(site.calendar.years.map((y) => y.year), ['2004']);
  assert.equal(site.calendar.undated.map((r) => r.id), [undated.id]);
  assert.is(site.calendar.total, 2);
  assert.ok(site.calendarYears.every((y) => y.year !== '1970'));
  assert.equal(site.decisionYears.map((y) => [y.year, y.path, y.label]), [
    ['2004', 'decisions/2004.html', '2004'],
    ['undated', 'decisions/undated.html', 'meetings without a date'],
  ]);
});

test('rendered: the calendar lists it apart, the minutes page gives a <time> of its clock only, and both are valid HTML', async () => {
  const site = siteModel([undated, dated], [], { logs: 'none' });
  const page = site.meetings.find((p) => p.ref.id === undated.id)!;
  attachLogs(site, [page], [undated]);
  const calendar = calendarTemplate.render({ minutebook: site });
  // Its path has no date part (as MeetBot names #meetbot-test's meetings), and no text shows 1970.
  assert.is(page.ref.path, 'i2p/undated/i2p.22.57.html');
  assert.not.match(calendar, '1970');
  const shown = (html: string) => html.replace(/<[^>]*>/g, '');
  assert.match(calendar, '<h2 id="undated">Without a date</h2>');
  assert.not.match(shown(calendar), '1970');
  const minutes = meetingTemplate.render({ minutebook: site, m: page });
  assert.match(minutes, '<time datetime="22:57">date unknown 22:57</time>');
  assert.not.match(shown(minutes), '1970');
  // The project's own rules (.htmlvalidate.json), as the other page tests use them.
  const config = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  for (const html of [calendar, minutes]) {
    const report = await validator.validateString(html);
    assert.equal(report.results.flatMap((r) => r.messages.filter((m) => m.severity >= 2).map((m) => `${m.ruleId}: ${m.message}`)), []);
  }
});

test("a log with times but no date: its times as the log gives them, in any site zone, with no zone named (1970-01-01's offset would make them up)", () => {
  const undatedTimed = parseLog(Buffer.from('[10:00] <alice> #startmeeting\n[10:01] <alice> #action bob to mail\n[10:02] <alice> #endmeeting\n'), 'x/x.log', { relPath: 'x/x.log' }).meetings[0];
  assert.is(undatedTimed.undated, true);
  for (const zone of [undefined, 'America/New_York', 'Asia/Kolkata']) {
    const site = siteModel([undatedTimed], [], { logs: 'none', timezone: zone });
    attachLogs(site, site.meetings, [undatedTimed]);
    const page = site.meetings[0];
    assert.equal([page.ref.date, page.ref.time, page.ref.zone], ['date unknown', '10:00', ''], `${zone}`);
    assert.is(page.actions[0].clock, '10:01:00', `${zone}: an item's clock`);
    assert.is(page.log!.stamps, undefined, `${zone}: the log's lines keep their own clock`);
    const minutes = meetingTemplate.render({ minutebook: site, m: page });
    assert.match(minutes, '<time datetime="10:00">date unknown 10:00</time>', `${zone}`);
    assert.not.match(minutes.slice(0, minutes.indexOf('All times are')), /GMT|UTC|EST|IST/, `${zone}: no zone named (but in the footer's word on the site's zone)`);
  }
});

test('no feed gives it (an entry needs a date, and 1970-01-01 is none)', () => {
  const site = siteModel([undated, dated]);
  for (const f of site.feeds) assert.ok(f.entries.every((e) => !e.published.startsWith('1970')), f.path);
  assert.equal(site.feeds.find((f) => f.path === 'feed.xml')!.entries.map((e) => e.title), ['i2p, 2004-09-07 10:00 UTC']);
});

test("a log with times but no date and a log time zone: its times as the log reads them, not moved by 1970-01-01's offset", () => {
  const m = parseLog(Buffer.from(`${undatedLog}\n`), 'i2p/057.log', { relPath: 'i2p/057.log', timezone: 'America/New_York' }).meetings[0];
  assert.is(m.undated, true);
  assert.equal([m.start, m.end], ['1970-01-01T22:57:00Z', '1970-01-01T23:00:00Z']);
  const dated = parseLog(Buffer.from(`${undatedLog}\n`), 'i2p/2004-09-07.log', { relPath: 'i2p/2004-09-07.log', timezone: 'America/New_York' }).meetings[0];
  assert.is(dated.start, '2004-09-08T02:57:00Z', 'a dated log is still read in its zone');
});

test("data/index.json says a meeting is undated, as its data file does (a reader of the index alone saw a start on 1970-01-01)", () => {
  assert.is(summaryOf(undated).undated, true);
  assert.is('undated' in summaryOf(dated), false);
  assert.is('untimed' in summaryOf(dated), false);
});

test("an undated meeting is no dated meeting's previous, nor has it a previous or next of its own (the oldest dated meeting's 'Previous' led to it)", () => {
  const site = siteModel([undated, dated]);
  const page = (m: typeof dated) => site.meetings.find((p) => p.ref.id === m.id)!;
  assert.equal([page(dated).prev, page(dated).next], [null, null]);
  assert.equal([page(undated).prev, page(undated).next], [null, null]);
  const later = meeting(log(['alice', '#startmeeting'], ['alice', '#endmeeting']), 'i2p.2004-09-14-21.00.log.txt');
  const three = siteModel([undated, dated, later]);
  assert.is(three.meetings.find((p) => p.ref.id === dated.id)!.next?.id, later.id, 'dated meetings still link each other');
  assert.is(three.meetings.find((p) => p.ref.id === later.id)!.prev?.id, dated.id);
});

test.run();
