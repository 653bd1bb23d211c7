// Every meeting by date (src/site/calendar.ts): calendar.html's table of
// years and months, a page per year with its meetings month by month in the
// order they were held, a page per month for a year of very many.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import * as calendarTemplate from '../../templates/calendar.11ty.js';
import * as yearTemplate from '../../templates/calendar-year.11ty.js';
import { siteModel } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';

const on = (series: string, stamp: string) => meeting(log(['alice', '#startmeeting'], ['alice', '#endmeeting']), `${series}.${stamp}.log.txt`);
const meetings = [
  on('team', '2020-01-07-10.00'),
  on('infra', '2020-03-05-10.00'),
  on('team', '2020-03-10-10.00'),
  on('team', '2020-03-03-10.00'),
  on('infra', '2021-06-01-10.00'),
];

test('the table: a row per year, newest first; a cell per month with its count, linking to the month on the year\'s page', () => {
  const { calendar } = siteModel(meetings);
  assert.is(calendar.total, 5);
  assert.equal(calendar.years.map((y) => [y.year, y.path, y.count]), [
    ['2021', 'calendar/2021.html', 1],
    ['2020', 'calendar/2020.html', 4],
  ]);
  const [, y2020] = calendar.years;
  assert.is(y2020.months.length, 12);
  assert.equal(y2020.months[2], { month: '2020-03', label: 'March 2020', count: 3, path: 'calendar/2020.html#m-2020-03' });
  assert.equal(y2020.months[1], { month: '2020-02', label: 'February 2020', count: 0, path: null });
});

test('a year\'s page: its meetings of every series, month by month, in the order they were held', () => {
  const { calendarYears } = siteModel(meetings);
  const y2020 = calendarYears.find((y) => y.path === 'calendar/2020.html')!;
  assert.equal(y2020.groups.map((g) => [g.id, g.label, g.meetings.map((r) => r.id)]), [
    ['m-2020-01', 'January 2020', ['team/2020/team.2020-01-07-10.00']],
    ['m-2020-03', 'March 2020', ['team/2020/team.2020-03-03-10.00', 'infra/2020/infra.2020-03-05-10.00', 'team/2020/team.2020-03-10-10.00']],
  ]);
  assert.equal([y2020.root, y2020.pageTitle, y2020.parent, y2020.months], ['../', 'Meetings of 2020 · Meeting minutes', null, []]);
  assert.equal(y2020.years, [
    { year: '2021', path: 'calendar/2021.html' },
    { year: '2020', path: 'calendar/2020.html' },
  ]);
});

test('a year of more meetings than a page holds: a page per month, and the table links to them', () => {
  const split = siteModel(meetings, [], { yearPageMeetings: 3 });
  assert.equal(
    split.calendarYears.map((y) => [y.path, y.label, y.parent?.path ?? null, y.count, y.groups.length, y.months.map((m) => [m.label, m.count ?? null])]),
    [
      ['calendar/2021.html', '2021', null, 1, 1, []],
      ['calendar/2020.html', '2020', null, 4, 0, [['January 2020', 1], ['March 2020', 3]]],
      ['calendar/2020-01.html', 'January 2020', 'calendar/2020.html', 1, 1, [['January 2020', null], ['March 2020', null]]],
      ['calendar/2020-03.html', 'March 2020', 'calendar/2020.html', 3, 1, [['January 2020', null], ['March 2020', null]]],
    ],
  );
  assert.is(split.calendar.years[1].months[2].path, 'calendar/2020-03.html');
});

test('the pages render as valid HTML, every count a link with words for a screen reader', async () => {
  const split = siteModel(meetings, [], { yearPageMeetings: 3 });
  const table = calendarTemplate.render({ minutebook: split });
  assert.match(table, '<th scope="row"><a href="calendar/2020.html">2020</a></th><td><a href="calendar/2020-01.html">1<span class="vh"> meeting in January 2020</span></a></td><td class="none">–</td>');
  assert.match(table, '<td class="total">4</td>');
  const year = yearTemplate.render({ minutebook: split, y: split.calendarYears[1] });
  assert.match(year, '4 meetings, on a page for each month.');
  assert.not.match(year, '<section', "no meetings of its own: they are on the months' pages");
  const march = yearTemplate.render({ minutebook: split, y: split.calendarYears[3] });
  assert.match(march, '<a href="../calendar.html">Calendar</a> › <a href="../calendar/2020.html">2020</a> › March 2020');
  assert.match(march, '<h2 id="m-2020-03">March 2020</h2>');
  assert.match(march, '<a href="../infra/2020/infra.2020-03-05-10.00.html">');
  const config = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  for (const html of [table, year, march]) {
    const report = await validator.validateString(html);
    assert.equal(report.results.flatMap((r) => r.messages.filter((m) => m.severity >= 2).map((m) => `${m.ruleId}: ${m.message}`)), []);
  }
});

test('no meetings: an empty table is no table', () => {
  const empty = siteModel([]);
  assert.equal(empty.calendar, { total: 0, years: [], undated: [] });
  assert.match(calendarTemplate.render({ minutebook: empty }), '<p>No meetings yet.</p>');
});

test.run();
