// Meeting ids and series become folders and file names of the site: whatever
// #meetingname, #startmeeting, front matter `series` or the file's path say, they
// must stay two plain segments under the site folder.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { RESERVED_SERIES, safeSeries } from '../../src/meeting/naming.js';
import { parseLog } from '../../src/pipeline.js';
import { params } from '../support/fuzz-config.js';
import { MEETING_ID } from '../support/invariants.js';
import { HOSTILE_NAMES, hostileName } from '../support/fuzz-logs.js';
import { OPENSTACK_START, UPSTREAM_START } from '../support/inline-log.js';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;

function idProblems(id: string, series: string): string[] {
  const problems: string[] = [];
  if (!MEETING_ID.test(id)) problems.push(`id ${JSON.stringify(id)} is not SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM or SERIES/undated/SERIES.HH.MM`);
  const segments = id.split('/');
  if (segments.length !== 3) problems.push(`id ${id} has ${segments.length - 1} separators`);
  if (segments.some((s) => s === '' || s === '.' || s === '..')) problems.push(`id ${id} has an empty or dot segment`);
  if (id.startsWith('/') || /^[a-z]:/i.test(id) || id.includes('\\')) problems.push(`id ${id} is absolute or has a backslash`);
  if (segments[0] !== series) problems.push(`id ${id} does not start with its series ${series}`);
  if (RESERVED_SERIES.has(series)) problems.push(`series ${series} is one of the site's own folders`);
  if (WINDOWS_DEVICE.test(series) || /\.$/.test(series)) problems.push(`series ${series} is not a portable folder name`);
  if (series.length > 100) problems.push(`series is ${series.length} characters long`);
  return problems;
}

const at = (k: number) => `10:00:${String(k).padStart(2, '0')}`;

/** The hostile name in each place a series can come from, as a whole log. */
function logsNaming(name: string): { where: string; bytes: Buffer; relPath: string }[] {
  const meeting = (first: string[], bot: string) => [`${at(0)} <alice> ${first[0]}`, `${at(1)} <meetbot> ${bot}`, ...first.slice(1).map((l, k) => `${at(k + 2)} <alice> ${l}`), `${at(9)} <alice> #endmeeting`];
  const asLog = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');
  return [
    { where: '#meetingname', bytes: asLog(meeting(['#startmeeting x', `#meetingname ${name}`], UPSTREAM_START)), relPath: 'team.2020-01-02-10.00.log.txt' },
    { where: '#startmeeting (OpenStack)', bytes: asLog(meeting([`#startmeeting ${name}`], OPENSTACK_START)), relPath: 'team.2020-01-02-10.00.log.txt' },
    { where: 'front matter series', bytes: asLog(['---', `series: ${JSON.stringify(name)}`, '---', ...meeting(['#startmeeting x'], UPSTREAM_START)]), relPath: 'team.2020-01-02-10.00.log.txt' },
    { where: 'MeetBot file name', bytes: asLog(meeting(['#startmeeting x'], UPSTREAM_START)), relPath: `${name}.2020-01-02-10.00.log.txt` },
    { where: 'folder', bytes: asLog(meeting(['#startmeeting x'], UPSTREAM_START)), relPath: `${name}/2020-01-02.log` },
    { where: 'file name', bytes: asLog(meeting(['#startmeeting x'], UPSTREAM_START)), relPath: name },
    { where: 'log without #startmeeting', bytes: asLog([`${at(0)} <alice> hello`]), relPath: name },
  ];
}

function problemsFor(name: string): string[] {
  return logsNaming(name).flatMap(({ where, bytes, relPath }) =>
    parseLog(bytes, relPath, { relPath }).meetings.flatMap((m) => idProblems(m.id, m.series).map((p) => `${where} ${JSON.stringify(name)}: ${p}`)),
  );
}

test('the listed hostile names give safe ids from every place a series can come from', () => {
  assert.equal(HOSTILE_NAMES.flatMap(problemsFor), []);
});

test('what the hostile names become', () => {
  const cases: [string, string][] = [
    ['../../etc', 'etc'],
    ['/abs', 'abs'],
    ['CON', 'con-meetings'],
    ['con.txt', 'con-meetings.txt'],
    ['', 'meetings'],
    ['...', 'meetings'],
    ['people', 'people-meetings'],
    ['assets', 'assets-meetings'],
    ['people.', 'people-meetings'],
    ['trailing...', 'trailing'],
    ['日本語の会議', 'series-fe6e2f30'],
    ['Edge Case / Test!', 'edge_case___test_'],
    ['x'.repeat(300), 'x'.repeat(80)],
  ];
  assert.equal(
    cases.map(([name]) => [name, safeSeries(name)]),
    cases,
  );
});

test('any string: safeSeries gives one portable path segment', () => {
  fc.assert(
    fc.property(fc.oneof(hostileName, fc.string({ unit: 'binary', maxLength: 200 })), (name) => {
      const series = safeSeries(name);
      assert.equal(idProblems(`${series}/2020/${series}.2020-01-02-10.00`, series), []);
    }),
    params(10),
  );
});

test('any name, in any place: the meeting id stays SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM', () => {
  fc.assert(
    fc.property(hostileName, (name) => {
      assert.equal(problemsFor(name), []);
    }),
    params(1),
  );
});

test.run();
