// W3C's scribe conventions (src/meeting/scribe.ts): a log that RRSAgent, Zakim
// or trackbot attended and that has no #startmeeting gets its minutes from
// "Topic:", "RESOLUTION:", "ACTION:" lines; its date from "Date:". And the
// minutes agree with scribejs's own (test/fixtures/scribejs/, beside the
// logs in test/fixtures/logs/w3c/).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../../src/pipeline.js';
import { scribeDateOf } from '../../src/timeline.js';
import { UPSTREAM_START, infos, itemsOf, log, meeting } from '../support/inline-log.js';

/** A file name without a date: W3C's logs are named "01-vcwg-irc.txt". */
const W3C_FILE = 'w3c/01-team-irc.txt';

test('with a W3C bot and no #startmeeting, scribe lines make the minutes', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging to https://www.w3.org/2023/11/01-team-irc'],
      ['ivan', 'Meeting: Team Telco'],
      ['ivan', 'Date: 2023-11-01'],
      ['ivan', 'chair: brent, Wendy Reid'],
      ['ivan', 'Agenda: https://example.org/agenda'],
      ['brent', 'Topic: Pull requests'],
      ['manu', 'we merged 1295'],
      ['brent', 'subtopic: PR 1333'],
      ['brent', 'RESOLVED: merge 1333'],
      ['brent', 'ACTION: manu to rebase 1326'],
      ['brent', 'topic:   Schedule  '],
      ['pauld', 'RESOLUTION: no call next week'],
      ['pauld', 'Summary: the calls move to Tuesdays'],
    ),
    W3C_FILE,
  );
  assert.is(m.title, 'Team Telco');
  assert.is(m.start, '2023-11-01T10:00:00Z');
  assert.is(m.id, 'w3c/2023/w3c.2023-11-01-10.00');
  assert.is(m.bot, 'RRSAgent');
  assert.is(m.owner, null);
  assert.equal(m.chairs, ['brent', 'Wendy Reid']);
  assert.equal(itemsOf(m), [
    'link: https://example.org/agenda',
    'topic: Pull requests',
    'topic: PR 1333',
    'agreed: merge 1333',
    'action: manu to rebase 1326',
    'topic: Schedule',
    'agreed: no call next week',
    'info: the calls move to Tuesdays',
  ]);
  assert.equal(m.topics.map((t) => t.title), ['Pull requests', 'PR 1333', 'Schedule']);
  assert.equal(m.items.map((i) => i.topic), [null, 0, 1, 1, 1, 2, 2, 2]);
  assert.equal(m.items.find((i) => i.kind === 'action')!.assignees, ['manu']);
  assert.ok(infos(m).some((d) => d.includes('RRSAgent took part')), infos(m).join('\n'));
});

test('scribe words are case-insensitive and need their colon at the line start; other words are talk', () => {
  const m = meeting(
    log(
      ['Zakim', 'agendum 1 -- budget -- taken up'],
      ['alice', 'TOPIC : Budget'],
      ['alice', 'present+ bob'],
      ['alice', 'scribe: bob'],
      ['bob', 'the topic: is the budget'],
      ['bob', ' Topic: a leading space'],
      ['bob', 'Topic:'],
      ['bob', 'q+ to ask about the budget'],
      ['bob', 'Resolved: spend less'],
    ),
    W3C_FILE,
  );
  // bob scribes: his other lines are his own notes (a leading space is no scribe word); the queue is not discussion.
  // Zakim taking up an agendum opens its topic, as scribejs has it.
  assert.equal(itemsOf(m), ['topic: budget', 'topic: Budget', 'said: the topic: is the budget', 'said: Topic: a leading space', 'agreed: spend less']);
  assert.is(m.bot, 'Zakim');
});

test('Zakim taking up an agendum opens a topic; its other agenda lines do not', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging'],
      ['ivan', 'agenda+ Pull requests'],
      ['Zakim', 'agendum 2 added'],
      ['Zakim', 'agendum 2 -- Pull requests -- taken up [from agendabot]'],
      ['ivan', 'agendum 3 -- not Zakim -- taken up'],
      ['zakim', 'agendum 3 -- Any other business -- taken up'],
    ),
    W3C_FILE,
  );
  assert.equal(itemsOf(m), ['topic: Pull requests', 'topic: Any other business']);
  assert.is(m.items[0].nick, 'Zakim');
});

test('the scribe\'s lines are the discussion: "nick: text" gives nick the floor, "… text" goes on, others\' lines are left out', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging'],
      ['ivan', 'Ivan: a line before anyone scribes'],
      ['ivan', 'scribenick: pauld'],
      ['ivan', 'Topic: Budget'],
      ['pauld_', 'Ivan: we spend too much'],
      ['pauld_', '... on travel'],
      ['pauld_', '…: and on food'],
      ['manu', 'I agree with ivan'],
      ['pauld', 'q+'],
      ['pauld', 'ack manu'],
      ['pauld', 'zakim, close the queue'],
      ['pauld', 'https://example.org/budget'],
      ['pauld', '10:30 works for us'],
      ['pauld', 'manu : no objection'],
      ['pauld', 'RESOLVED: spend less'],
      ['pauld', '... on travel above all'],
      ['pauld', 'regrets+ dezell'],
      ['manu', 'Proposed: publish in March'],
      ['pauld', 's/too much/a lot/'],
    ),
    W3C_FILE,
  );
  assert.equal(
    m.items.map((i) => `${i.kind} ${i.nick}: ${i.text}`),
    [
      'topic ivan: Budget',
      // "Ivan" is the attendee ivan; "pauld_" is the scribe pauld (scribejs's nick key: no "_" at either end).
      'said ivan: we spend a lot',
      'said ivan: on travel',
      'said ivan: and on food',
      'said pauld: https://example.org/budget',
      'said pauld: 10:30 works for us',
      'said manu: no objection',
      'agreed pauld: spend less',
      // A resolution between them does not take the floor from manu.
      'said manu: on travel above all',
      'said manu: Proposed: publish in March',
    ],
  );
  assert.ok(m.items.filter((i) => i.kind === 'said').every((i) => i.topic === 0));
  // As named: pauld is an attendee too (pauld_ is the same scribe under scribejs's key).
  assert.equal(m.scribes, ['pauld']);
});

test('a proposal keeps the scribe\'s word, so a search for what the log says finds it ("Proposal:" made "Proposed:")', () => {
  const m = meeting(
    log(['RRSAgent', 'logging to https://www.w3.org/2023/11/01-team-irc'], ['ivan', 'Proposal: publish the draft'], ['ivan', 'PROPOSED: publish the note'], ['ivan', 'propose: wait a week']),
    W3C_FILE,
  );
  assert.equal(m.items.map((i) => i.text), ['Proposal: publish the draft', 'Proposed: publish the note', 'Propose: wait a week']);
});

test('regrets: "regrets+ name", "regrets+" (the speaker), "Regrets: a, b"; never the discussion', () => {
  const m = meeting(
    log(['RRSAgent', 'logging'], ['ivan', 'scribe: ivan'], ['ivan', 'Regrets: philA, dezell'], ['tzviya', 'regrets+ Tzviya_Siegman'], ['bigbluehat', 'regrets+'], ['ivan', 'regrets+ philA']),
    W3C_FILE,
  );
  assert.equal(m.regrets, ['philA', 'dezell', 'Tzviya_Siegman', 'bigbluehat']);
  assert.equal(itemsOf(m), []);
});

test('"scribe+" and "scribe-" hand the pen on; "scribe:" names the scribes anew', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging'],
      ['alice', 'scribe+'],
      ['alice', 'bob: first'],
      ['carol', 'scribe+ dave, erin'],
      ['dave', 'bob: second'],
      ['alice', 'scribe-'],
      ['alice', 'bob: not scribed'],
      ['erin', 'bob: third'],
      ['frank', 'scribe: frank'],
      ['erin', 'bob: not scribed either'],
      ['frank', 'bob: fourth'],
    ),
    W3C_FILE,
  );
  assert.equal(
    m.items.map((i) => i.text),
    ['first', 'second', 'third', 'fourth'],
  );
  // Everyone who scribed at some point, once, as first named.
  assert.equal(m.scribes, ['alice', 'dave', 'erin', 'frank']);
});

test('"present+" and Zakim\'s "Present:" add those who said nothing, with 0 lines; actions can name them', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging'],
      ['ivan', 'present+'],
      ['ivan', 'present+ TallTed, gabe; hsano'],
      ['Zakim', 'Present: ivan, tallted, Rick Johnson, dmitri,'],
      ['brent', 'present+ to ask a question'],
      ['tallted', 'hello'],
      ['brent', 'ACTION: gabe to review the PR'],
    ),
    W3C_FILE,
  );
  assert.equal(
    m.people.map((p) => [p.nick, p.lines]),
    [['brent', 2], ['ivan', 2], ['RRSAgent', 1], ['tallted', 1], ['Zakim', 1], ['dmitri', 0], ['gabe', 0], ['hsano', 0]],
  );
  assert.equal(m.items.find((i) => i.kind === 'action')!.assignees, ['gabe']);
});

test('the scribe\'s corrections reach the minutes: s/old/new/, s|old|new|, s/old/new/g, i/old/new/', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging'],
      ['ivan', 'Topic: Pubilshing and the charter'],
      ['ivan', 'RESOLVED: ship the spec in Febuary'],
      ['ivan', 'we discussed Febuary'],
      ['burn', 's/Febuary/February/'],
      ['ivan', 's|Pubilshing|Publishing|'],
      ['ivan', 'Do we have a test suite?'],
      ['karen', 'i/Do we have/Subtopic: Test suite/'],
      ['ivan', 'RESOLVED: the suite is teh one'],
      ['ivan', 's/teh/the/g'],
      ['ivan', 's/nowhere to be found/x/'],
      ['ivan', 's/he said'],
    ),
    W3C_FILE,
  );
  // The latest line holding "Febuary" was talk; the resolution keeps its typo, as scribe.perl would.
  assert.equal(itemsOf(m), [
    'topic: Publishing and the charter',
    'agreed: ship the spec in Febuary',
    'topic: Test suite',
    'agreed: the suite is the one',
  ]);
  const inserted = m.items[2];
  assert.is(inserted.nick, 'karen');
  assert.is(inserted.line, m.lines.find((l) => l.text === 'Do we have a test suite?')!.line, 'the inserted topic is at the line it was put before');
  // The log keeps every line as typed.
  assert.ok(m.lines.some((l) => l.text === 's/Febuary/February/'));
  assert.ok(m.lines.some((l) => l.text === 'Topic: Pubilshing and the charter'));
});

test('the last "Meeting:" names the meeting: trackbot gives a default, a person corrects it', () => {
  const m = meeting(log(['trackbot', 'Meeting: Some Group Teleconference'], ['trackbot', 'Date: 20 February 2017'], ['ivan', 'Meeting: Some Group Telco']), W3C_FILE);
  assert.is(m.title, 'Some Group Telco');
  assert.is(m.start.slice(0, 10), '2017-02-20');
});

test('without a W3C bot, "Topic:" lines are talk; a MeetBot meeting keeps MeetBot rules with Zakim present', () => {
  const plain = meeting(log(['alice', 'Topic: Budget'], ['bob', 'RESOLVED: yes']), W3C_FILE);
  assert.equal(itemsOf(plain), []);
  assert.is(plain.bot, null);
  assert.ok(infos(plain).some((d) => d.includes('without minutes')));

  const meetbot = meeting(
    log(['alice', '#startmeeting Weekly'], ['meetbot', UPSTREAM_START], ['Zakim', 'hello'], ['alice', 'Topic: not a command here'], ['alice', '#topic Budget'], ['alice', '#endmeeting']),
  );
  assert.equal(itemsOf(meetbot), ['topic: Budget']);
  assert.is(meetbot.bot, 'meetbot');
});

test('"Date:" dates the log only where nothing better does: the file name wins', () => {
  const named = meeting(log(['RRSAgent', 'logging'], ['ivan', 'Date: 2023-11-01']), 'team.2020-01-02-10.00.log.txt');
  assert.is(named.start, '2020-01-02T10:00:00Z');
  // Lines before the "Date:" line are on its day too; a day past midnight rolls over.
  const lines = ['23:59:00 <RRSAgent> logging', '23:59:30 <ivan> Date: 2023-11-01', '00:00:10 <ivan> Topic: after midnight'];
  const m = parseLog(Buffer.from(lines.join('\n') + '\n'), W3C_FILE, { relPath: W3C_FILE }).meetings[0];
  assert.equal(m.lines.map((l) => l.time), ['2023-11-01T23:59:00Z', '2023-11-01T23:59:30Z', '2023-11-02T00:00:10Z']);
});

test('scribeDateOf reads ISO and "27 February 2017" dates, and nothing that is not a day', () => {
  assert.equal(scribeDateOf('Date: 2023-11-01'), { y: 2023, m: 11, d: 1 });
  assert.equal(scribeDateOf('date:27 February 2017 '), { y: 2017, m: 2, d: 27 });
  assert.equal(scribeDateOf('Date: 1 may 2019'), { y: 2019, m: 5, d: 1 });
  assert.is(scribeDateOf('Date: 31 February 2017'), null);
  assert.is(scribeDateOf('Date: 2023-13-01'), null);
  assert.is(scribeDateOf('Date: 27 Smarch 2017'), null);
  assert.is(scribeDateOf('Date: next Tuesday'), null);
  assert.is(scribeDateOf('the date: 2023-11-01'), null);
});

// scribejs's minutes beside three of the corpus's W3C logs.
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const PAIRS = [
  { log: 'w3c/poe-test.txt', minutes: 'poe-test.md', titles: true },
  { log: 'w3c/01-vcwg-irc.txt', minutes: '2023-11-01-vcwg.md', titles: false },
  { log: 'w3c/did-issue-title.txt', minutes: 'did-issue-title-expected.md', titles: false },
];

/** scribejs's sections ("### 1. Title", "#### [2.1. Title](id:section3)"), without the list of resolutions it adds; and its resolutions. */
function scribejsMinutes(md: string): { sections: string[]; resolutions: string[]; date: string } {
  const sections: string[] = [];
  for (const m of md.matchAll(/^#{3,4} \[?\d+(?:\.\d+)*\.\s*(.*?)(?:\]\(id:\w+\))?$/gm)) if (m[1] !== 'Resolutions') sections.push(m[1].trim());
  const resolutions = [...md.matchAll(/^\* \[Resolution #\d+: (.*)\]\(#resolution\d+\)$/gm)].map((m) => m[1]);
  const date = /^\*\*Date:\*\* (.*)$/m.exec(md)?.[1] ?? '';
  return { sections, resolutions, date };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** scribejs writes "2023-11-01" or "20 February 2017". */
function isoDay(date: string): string {
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(date);
  return m ? `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : date;
}

/** scribejs's paragraphs of discussion: "**Brent Zundel:** text" (speakers by full name where its settings know them). */
function scribejsSpeeches(md: string): { who: string; text: string }[] {
  const header = new Set(['Date', 'Present', 'Regrets', 'Guests', 'Chair', 'Scribe(s)']);
  return [...md.matchAll(/^\*\*([^*]+):\*\* (.*)$/gm)].filter((m) => !header.has(m[1])).map((m) => ({ who: m[1], text: m[2] }));
}

/** Text as both compare it: scribejs joins runs of spaces and ends some lines with a full stop. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');

for (const pair of PAIRS) {
  test(`agreement with scribejs: ${pair.log} (the discussion, speaker by speaker)`, () => {
    const file = path.join(FIXTURES, 'logs', pair.log);
    const [m] = parseLog(fs.readFileSync(file), pair.log, { relPath: pair.log }).meetings;
    const said = m.items.filter((i) => i.kind === 'said');
    const speeches = scribejsSpeeches(fs.readFileSync(path.join(FIXTURES, 'scribejs', pair.minutes), 'utf8'));
    assert.ok(speeches.length >= 10, `${speeches.length} paragraphs in scribejs's minutes`);
    // Each paragraph scribejs opens is, in order, one of our 'said' items; each of its speakers is one nick of ours.
    const nickOf = new Map<string, Set<string>>();
    let k = 0;
    for (const s of speeches) {
      const j = said.findIndex((i, at) => at >= k && plain(i.text) === plain(s.text));
      assert.ok(j >= 0, `scribejs's "${s.who}: ${s.text.slice(0, 60)}" is not among ours after item ${k}`);
      nickOf.set(s.who, (nickOf.get(s.who) ?? new Set()).add(said[j].nick));
      k = j + 1;
    }
    for (const [who, nicks] of nickOf) assert.is(nicks.size, 1, `${who}: ${[...nicks].join(', ')}`);
    // The scribes: as many as scribejs names (it gives full names where its settings know them, so only the count).
    const md = fs.readFileSync(path.join(FIXTURES, 'scribejs', pair.minutes), 'utf8');
    const theirs = new Set(/^\*\*Scribe\(s\):\*\* (.*)$/m.exec(md)![1].split(',').map((n) => n.trim()));
    assert.is(m.scribes?.length, theirs.size);
    // Regrets, as scribejs lists them (none, where it lists none).
    const regrets = /^\*\*Regrets:\*\* (.*)$/m.exec(md)![1].split(',').map((n) => n.trim()).filter((n) => n !== '');
    assert.equal(m.regrets ?? [], regrets);
    assert.is(new Set([...nickOf.values()].map((n) => [...n][0])).size, nickOf.size, 'no two speakers of scribejs are one nick of ours');
  });

  test(`agreement with scribejs: ${pair.log} (topics, resolutions, date, title)`, () => {
    const file = path.join(FIXTURES, 'logs', pair.log);
    const [m] = parseLog(fs.readFileSync(file), pair.log, { relPath: pair.log }).meetings;
    const expected = scribejsMinutes(fs.readFileSync(path.join(FIXTURES, 'scribejs', pair.minutes), 'utf8'));
    // scribejs retitles a section from the GitHub issue its topic links to; the sections are the same ones.
    assert.is(m.topics.length, expected.sections.length);
    if (pair.titles) assert.equal(m.topics.map((t) => t.title), expected.sections);
    assert.equal(m.items.filter((i) => i.kind === 'agreed').map((i) => i.text), expected.resolutions);
    assert.is(m.start.slice(0, 10), isoDay(expected.date));
  });
}

test('a chair or attendee the scribe names in full ("Wendy Reid") who speaks as wendyreid is that nick: one person, not two', () => {
  const m = meeting(
    log(
      ['RRSAgent', 'logging to https://www.w3.org/2019/05/20-pwg-irc'],
      ['dauwhe', 'Chair: Wendy Reid'],
      ['dauwhe', 'present+ Wendy Reid'],
      ['wendyreid', 'present+'],
      ['wendyreid', 'Topic: Minutes'],
    ),
    W3C_FILE,
  );
  assert.equal(m.chairs, ['wendyreid']);
  assert.equal(m.people.map((p) => p.nick).sort(), ['RRSAgent', 'dauwhe', 'wendyreid']);
});

test.run();
