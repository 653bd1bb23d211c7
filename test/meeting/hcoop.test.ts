// HCoop Meetbot (hcoop-meetbot, the Limnoria plugin): its log page read back
// (src/lines/hcoop-html.ts), its fork told from its greeting in a client's
// log, and its commands (#here with an alias, motions, #accepted / #failed /
// #inconclusive). The page fixture (test/fixtures/hcoop/) is written in the
// layout of hcoop-meetbot's writer.py and log.html template: the corpus holds
// none of its logs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../../src/pipeline.js';
import { siteModel } from '../../src/site/model.js';
import { invariantProblems } from '../support/invariants.js';
import { infos, itemsOf, log, meeting } from '../support/inline-log.js';

const PAGE = path.join(import.meta.dirname, '..', 'fixtures', 'hcoop', '2021', 'hcoop.20210412.2106.log.html');
const REL = '2021/hcoop.20210412.2106.log.html';

/** The replies HCoop Meetbot sends on #startmeeting (command.py do_startmeeting). */
const HCOOP_START = [
  'Meeting started at 2020-01-02 10:00:00+0000',
  'Current chairs: alice',
  'Useful commands: #action #info #idea #link #topic #motion #vote #close #endmeeting',
  'See also: https://hcoop-meetbot.readthedocs.io/en/stable/',
];

test("HCoop Meetbot's log page: its lines, its series and date from its name, its fork from the page", () => {
  const bytes = fs.readFileSync(PAGE);
  const result = parseLog(bytes, PAGE, { relPath: REL });
  assert.equal(invariantProblems(bytes, result), []);
  assert.is(result.format, 'meetbot');
  const [m] = result.meetings;
  assert.equal([m.id, m.series, m.start, m.end, m.ended], ['hcoop/2021/hcoop.2021-04-12-21.00', 'hcoop', '2021-04-12T21:00:04Z', '2021-04-12T21:07:12Z', true]);
  // Entities decoded; a /me is an action line; "nick:" highlighted on the page is text again.
  const said = (n: number) => m.lines.find((l) => l.line === n)!;
  assert.equal([said(9).kind, said(9).nick, said(9).text], ['action', 'rafa', 'waves at everyone']);
  assert.is(said(11).text, 'the new disks cost <$400> & ship next week');
  assert.is(said(21).text, 'rafa: can you check the ledger?');
  assert.equal(itemsOf(m), [
    'topic: Roll call',
    'topic: Server budget',
    'link: https://example.org/budget/2021-q2',
    'accepted: Motion "Approve up to $400 for new disks" accepted: 3 in favor (chloe, dm_42, rafa) to 1 opposed (sam-away)',
    'action: Dmitri to order the disks',
    'topic: Member dues',
    'vote: Raise dues in 2022: revisit next quarter',
    'action: sam and rafa to review the ledger',
  ]);
  // HCoop has no #agreed: it is talk. #here's names are aliases: an action naming one is theirs.
  assert.equal(m.aliases, { dm_42: 'dmitri', 'sam-away': 'sam' });
  assert.equal(m.items.filter((i) => i.kind === 'action').map((i) => i.assignees), [['dm_42'], ['rafa', 'sam-away']]);
});

test("in a client's log, HCoop Meetbot is told by its greeting; a command may follow spaces", () => {
  const m = meeting(
    log(
      ['alice', '#startmeeting'],
      ...HCOOP_START.map((t): [string, string] => ['meetbot', t]),
      ['alice', '  #topic Budget'],
      ['bob', '#here robert'],
      ['alice', '#motion Buy disks'],
      ['alice', '#close'],
      ['bob', '#vote -1'],
      ['carol', '#vote -'],
      ['alice', '#vote +1'],
      ['alice', '#close'],
      ['alice', '#motion Buy more disks'],
      ['alice', '#failed no quorum'],
      ['alice', '#vote +1'],
      ['alice', '#action Robert to ask again'],
      ['alice', '#motion Adjourn'],
      ['alice', '#endmeeting'],
    ),
  );
  assert.is(m.bot, 'meetbot');
  assert.equal(itemsOf(m), [
    'topic: Budget',
    'rejected: Motion "Buy disks" failed: 1 in favor (alice) to 2 opposed (bob, carol)',
    'rejected: no quorum',
    'action: Robert to ask again',
  ]);
  assert.equal(m.items[3].assignees, ['bob']);
  assert.equal(infos(m), [
    '#close with no votes on the motion "Buy disks"; it stays open',
    '#vote from alice with no motion open; ignored',
    'motion "Adjourn" was never closed (#close, #accepted, #failed or #inconclusive)',
  ]);
});

test("HCoop's own command syntax: a space or the line's end after the word; #meetingname for chairs; a URL after spaces is a link of the URL alone", () => {
  const m = meeting(
    log(
      ['alice', '#startmeeting'],
      ...HCOOP_START.map((t): [string, string] => ['meetbot', t]),
      ['alice', '#topic: colon topic'],
      ['alice', '#topic'],
      ['bob', '#meetingname Bobs Name'],
      ['bob', '  http://example.com/x see this'],
      ['bob', 'see http://example.com/y'],
      ['alice', '#meetingname Budget'],
      ['alice', '#endmeeting'],
    ),
  );
  assert.equal(itemsOf(m), ['topic: ', 'link: http://example.com/x']);
  assert.is(m.items[1].url, 'http://example.com/x');
  assert.is(m.series, 'budget');
  assert.equal(infos(m), ['#meetingname from bob, who is not a chair, ignored']);
});

test('a tie is inconclusive; #accepted by hand ends the motion', () => {
  const m = meeting(
    log(['alice', '#startmeeting'], ...HCOOP_START.map((t): [string, string] => ['meetbot', t]), ['alice', '#motion A'], ['alice', '#vote +1'], ['bob', '#vote -1'], ['alice', '#close'], ['alice', '#motion B'], ['alice', '#accepted B, by acclamation'], ['alice', '#endmeeting']),
  );
  assert.equal(itemsOf(m), ['vote: Motion "A" inconclusive: 1 in favor (alice) to 1 opposed (bob)', 'accepted: B, by acclamation']);
  assert.equal(infos(m), []);
});

test('other MeetBots have no #here, #motion or #close: talk, as before', () => {
  const m = meeting(log(['alice', '#startmeeting'], ['bob', '#here robert'], ['alice', '#motion x'], ['alice', '#vote +1'], ['alice', '#close'], ['alice', '#action robert to go'], ['alice', '#endmeeting']));
  assert.equal(itemsOf(m), ['action: robert to go']);
  assert.equal(m.aliases, {});
  assert.equal(m.items[0].assignees, []);
});

test("#here with another attendee's nick is no alias: two people do not become one", () => {
  const m = meeting(log(['alice', '#startmeeting'], ...HCOOP_START.map((t): [string, string] => ['meetbot', t]), ['bob', '#here ALICE'], ['carol', '#here caz'], ['alice', '#action caz to write'], ['alice', '#endmeeting']));
  assert.equal(m.aliases, { carol: 'caz' });
  assert.equal(m.items[0].assignees, ['carol']);
  assert.equal(infos(m), ["#here ALICE from bob: alice is another attendee's nick; not taken as bob's alias"]);
});

test('the name given with #here is one person across meetings, whatever the nick', () => {
  const week = (day: string, nick: string) =>
    meeting(log(['alice', '#startmeeting'], ...HCOOP_START.map((t): [string, string] => ['meetbot', t]), [nick, '#here dmitri'], [nick, 'hello'], ['alice', '#endmeeting']), `hcoop.2020-01-${day}-10.00.log.txt`);
  const model = siteModel([week('02', 'dm_42'), week('09', 'dmitri_')]);
  const dmitri = model.people.filter((p) => p.nick === 'dmitri');
  assert.is(dmitri.length, 1);
  assert.equal(dmitri[0].aliases.sort(), ['dm_42', 'dmitri_']);
  assert.is(dmitri[0].meetings.length, 2);
});

test.run();
