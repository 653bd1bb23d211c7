// Our .txt minutes against MeetBot's own, on every real pair in
// test/fixtures/meetbot/ (raw log + the .txt the bot wrote, see SOURCES.tsv).
// Both texts are read by the same reader (test/support/meetbot-txt.ts) and
// compared field by field: topics, summary items, actions, action items by
// person, people. Then line by line: the layout must be MeetBot's, byte for
// byte, except where we differ on purpose (DELIBERATE) or for a known reason
// (KNOWN, KNOWN_LINES). The seeds have no MeetBot minutes: their text is read
// back and compared with the meeting data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLog } from '../../src/pipeline.js';
import { meetbotText } from '../../src/site/meetbot-text.js';
import type { Meeting } from '../../src/types.js';
import { FIELDS as DATA_FIELDS, comparePair, meetingFor, pairsIn } from '../support/agreement.js';
import { normalizeSpace, readMeetBotTxt, type MeetBotMinutes } from '../support/meetbot-txt.js';

const dir = fileURLToPath(new URL('../fixtures/meetbot/', import.meta.url));
const seeds = fileURLToPath(new URL('../fixtures/logs/seeds/', import.meta.url));

type Field = 'topics' | 'items' | 'actions' | 'byPerson' | 'people';
const FIELDS: Field[] = ['topics', 'items', 'actions', 'byPerson', 'people'];

/** Minutes file → fields where reading our text cannot agree with MeetBot's, and why. */
const KNOWN: Record<string, { fields: Field[]; why: string }> = {
  'jenkins-meeting.2020-02-12-18.04.txt': { fields: FIELDS, why: 'the raw log upstream is a Wayback Machine HTML page, not a log' },
  'asbroker.2018-07-03-13.34.txt': { fields: ['items'], why: "MeetBot's minutes put the LINK said at 14:00:49 before the #info said at 14:00:34; we keep log order" },
};

/** Minutes file → why its lines differ from ours once the deliberate differences are set aside. */
const KNOWN_LINES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(KNOWN).map(([file, { why }]) => [file, why])),
  'fedora_iot_working_group_meeting.2020-06-10-14.10.txt': 'title: zodbot prints its channel (#fedora-meeting); we print the series, named after the meeting',
  'jenkins-meeting.2017-09-27-18.00.txt': "start: MeetBot took its own clock (18:00:09), we take the #startmeeting line's time (18:00:08)",
  'jenkins.2012-04-04-18.01.txt': "a topic ends in U+00A0 in MeetBot's minutes but not in the log it wrote",
  'jenkins.2014-10-01-18.01.txt': "a topic ends in U+00A0 in MeetBot's minutes but not in the log it wrote",
  'opencontainers.2015-09-28-20.43.txt': "collabot runs the later upstream writer: no Action Items section, blank lines after headings, 'Action items, by person'",
};

/** Field agreement: at least what we reach, as in test/meeting/agreement.test.ts (129/130, and 128/130 for items). */
const THRESHOLD: Record<Field, number> = { topics: 99, items: 98, actions: 99, byPerson: 99, people: 99 };

interface Result {
  minutes: string;
  ours: string | null;
  theirs: string;
  differences: Partial<Record<Field, string>>;
}

function firstDifference(want: unknown[], got: unknown[]): string | null {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const [w, g] = [JSON.stringify(want[i] ?? null), JSON.stringify(got[i] ?? null)];
    if (w !== g) return `#${i + 1}: MeetBot ${w}, ours ${g}`;
  }
  return null;
}

const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function compare(want: MeetBotMinutes, got: MeetBotMinutes): Partial<Record<Field, string>> {
  const found: Record<Field, string | null> = {
    topics: firstDifference(want.topics, got.topics),
    items: firstDifference(want.items, got.items),
    actions: firstDifference(want.actions, got.actions),
    byPerson: firstDifference(sorted(want.byPerson), sorted(got.byPerson)),
    people: firstDifference(sorted(want.people), sorted(got.people)),
  };
  return Object.fromEntries(Object.entries(found).filter(([, d]) => d !== null));
}

function meetingOf(logDir: string, log: string, minutes?: string): Meeting | undefined {
  const { meetings } = parseLog(readFileSync(logDir + log), log, { relPath: log });
  return minutes ? meetingFor(meetings, minutes) : meetings[0];
}

const pairs = pairsIn(dir);
const results: Result[] = pairs.map(({ minutes, log }) => {
  const theirs = readFileSync(dir + minutes, 'utf8');
  const m = meetingOf(dir, log, minutes);
  const ours = m ? meetbotText(m) : null;
  const differences = ours === null ? Object.fromEntries(FIELDS.map((f) => [f, 'no meeting'])) : compare(readMeetBotTxt(theirs), readMeetBotTxt(ours));
  return { minutes, ours, theirs, differences };
});

const agreeing = (f?: Field) => results.filter((r) => (f ? !r.differences[f] : Object.keys(r.differences).length === 0)).length;
const percent = (n: number) => (100 * n) / results.length;

test('our text, read back, agrees with MeetBot minutes, per field and overall', () => {
  assert.ok(results.length >= 130, `only ${results.length} pairs`);
  const parts = FIELDS.map((f) => `${f} ${percent(agreeing(f)).toFixed(1)}% (${agreeing(f)}/${results.length})`);
  console.log(`MeetBot .txt agreement: ${parts.join(', ')}; overall ${percent(agreeing()).toFixed(1)}% (${agreeing()}/${results.length} meetings)`);
  for (const f of FIELDS) assert.ok(percent(agreeing(f)) >= THRESHOLD[f], `${f}: ${percent(agreeing(f)).toFixed(1)}% < ${THRESHOLD[f]}%`);
});

test('every disagreement is a known one', () => {
  const unknown = results.flatMap((r) =>
    Object.entries(r.differences)
      .filter(([f]) => !KNOWN[r.minutes]?.fields.includes(f as Field))
      .map(([f, d]) => `${r.minutes}: ${f}: ${d}`),
  );
  assert.equal(unknown, []);
  const stale = Object.keys(KNOWN).filter((name) => Object.keys(results.find((r) => r.minutes === name)?.differences ?? {}).length === 0);
  assert.equal(stale, [], 'known disagreements that now agree: remove them from KNOWN');
});

test('the text loses nothing the data gets right (test/meeting/agreement.test.ts)', () => {
  const ours: Record<(typeof DATA_FIELDS)[number], Field> = { topics: 'topics', actions: 'actions', assigned: 'byPerson', people: 'people' };
  const lost = pairs.flatMap((pair, k) => {
    const data = comparePair(dir, pair).differences;
    return DATA_FIELDS.filter((f) => !data[f] && results[k].differences[ours[f]]).map((f) => `${pair.minutes}: ${f}`);
  });
  assert.equal(lost, []);
});

// Line by line. DELIBERATE differences are set aside in both texts first:
// - the trailer: we say that minutebook wrote the file, in MeetBot's layout;
// - the full log's URL: bots print their own prefix, we print ID.log.html;
// - the order of people with equal counts: arbitrary in MeetBot (dict order), by nick in ours.
const OPENING = /\n\n\n(Meeting started by .*?)\n\n\n\n/s;
const PEOPLE = /(People Present \(lines said\)\n-+\n)((?:\* .*\n)*)/;

function setAside(text: string): string {
  return text
    .replace(/Generated by [^\n]*`MeetBot`_ 0\.1\.4(\n\n\.\. _`MeetBot`: \S+\n)?$/, 'TRAILER')
    .replace(OPENING, (_, p: string) => `\n\n\n${normalizeSpace(p).replace(/available at \S+ \.$/, 'available at LOG .')}\n\n\n\n`)
    .replace(PEOPLE, (_, head: string, list: string) => {
      const count = (l: string) => Number(/\((\d+)\)$/.exec(l)?.[1] ?? 0);
      const lines = list.split('\n').filter(Boolean);
      return head + lines.sort((a, b) => count(b) - count(a) || (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).join('\n') + '\n';
    });
}

function firstLineDifference(want: string, got: string): string | null {
  const [w, g] = [want.split('\n'), got.split('\n')];
  const i = w.findIndex((line, k) => line !== g[k]);
  if (i < 0 && w.length === g.length) return null;
  const at = i < 0 ? w.length : i;
  return `line ${at + 1}: MeetBot ${JSON.stringify(w[at] ?? null)}, ours ${JSON.stringify(g[at] ?? null)}`;
}

test('line by line: every pair is MeetBot layout, byte for byte, but for deliberate and known differences', () => {
  const differing = results
    .map((r) => ({ minutes: r.minutes, diff: r.ours === null ? 'no meeting' : firstLineDifference(setAside(r.theirs), setAside(r.ours)) }))
    .filter((r) => r.diff !== null);
  const unknown = differing.filter((r) => !KNOWN_LINES[r.minutes]).map((r) => `${r.minutes}: ${r.diff}`);
  assert.equal(unknown, []);
  const stale = Object.keys(KNOWN_LINES).filter((name) => !differing.some((r) => r.minutes === name));
  assert.equal(stale, [], 'known line differences that are gone: remove them from KNOWN_LINES');
  console.log(`MeetBot .txt layout: ${results.length - differing.length}/${results.length} identical once the trailer, log URL and ties are set aside`);
});

test("byte for byte: brokerbot's minutes, whose log URL is ours, differ only in the trailer", () => {
  const names = ['asbroker.2018-07-10-13.33.txt', 'asbroker.2018-08-21-13.30.txt', 'asbroker.2018-10-02-13.31.txt', 'asbroker.2018-11-13-15.00.txt', 'asbroker.2018-11-27-15.03.txt'];
  for (const name of names) {
    const r = results.find((x) => x.minutes === name)!;
    const [theirs, ours] = [r.theirs.split('\n'), r.ours!.split('\n')];
    assert.is(ours.length, theirs.length, name);
    const differ = theirs.map((line, k) => [line, ours[k]]).filter(([a, b]) => a !== b);
    assert.equal(differ, [['Generated by `MeetBot`_ 0.1.4', 'Generated by minutebook in the layout of `MeetBot`_ 0.1.4']], name);
  }
});

test('seeds: the text reads back as the meeting data', () => {
  for (const log of ['oslo.2016-11-07-16.00.log.txt', 'weekly-syncup.2014-01-29-02.04.log.txt']) {
    const m = meetingOf(seeds, log)!;
    const text = meetbotText(m);
    const read = readMeetBotTxt(text);
    assert.equal(read.topics, m.topics.map((t) => normalizeSpace(t.title)), log);
    assert.equal(read.actions, m.items.filter((i) => i.kind === 'action').map((i) => normalizeSpace(i.text)), log);
    assert.equal(sorted(read.people), sorted(new Map(m.people.map((p) => [p.nick, p.lines]))), log);
    assert.ok(text.endsWith('\n.. _`MeetBot`: http://wiki.debian.org/MeetBot\n'), log);
  }
  // MEETBOT.md §11a: what MeetBot's own minutes of the seeds hold.
  const oslo = readMeetBotTxt(meetbotText(meetingOf(seeds, 'oslo.2016-11-07-16.00.log.txt')!));
  assert.is(oslo.topics.length, 6);
  assert.is(oslo.items.filter((i) => i.startsWith('LINK: ')).length, 8);
  assert.is(oslo.people.get('openstack'), 3);
  assert.equal([...oslo.byPerson], []);
  const weekly = meetbotText(meetingOf(seeds, 'weekly-syncup.2014-01-29-02.04.log.txt')!);
  assert.ok(weekly.includes('\n\nMeeting never ended (no #endmeeting); the log stops at 02:35:11 UTC.\n'));
  assert.not.ok(weekly.includes('Meeting ended at'));
});

test.run();
