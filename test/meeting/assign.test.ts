// Who an action item goes to, per fork. Found by the agreement test: Jenkins'
// robobutler (the 2009 MeetBot code) did not give "Kohsuke to …" to kohsuke
// (jenkins.2011-05-11-18.01 and four more), where upstream and OpenStack would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { JENKINS_START, OPENSTACK_START, UPSTREAM_START, log, meeting } from '../support/inline-log.js';
import type { Item } from '../../src/types.js';
import { meetbotText } from '../../src/site/meetbot-text.js';
import { actionsByPerson } from '../../src/site/by-person.js';
import { parseLog } from '../../src/pipeline.js';
import { aliasNames } from '../../src/meeting/people.js';

const actions = (greeting: string, bot: string, ...texts: string[]) =>
  meeting(
    log(
      ['kohsuke', '#startmeeting Weekly'],
      [bot, greeting],
      ['bob', 'hi'],
      ...texts.map((t): [string, string] => ['kohsuke', `#action ${t}`]),
      ['kohsuke', '#endmeeting'],
    ),
  ).items.map((i) => meetbotRule(i));

/** The owners MeetBot's own rule finds: the assignees but those named by a variant of their nick. */
const meetbotRule = (i: Item) => (i.assignees ?? []).filter((n) => !i.variantAssignees?.includes(n));

test('Jenkins (robobutler): the nick must appear as written, anywhere in the text', () => {
  assert.equal(
    actions(JENKINS_START, 'robobutler', 'Kohsuke to update the wiki', 'kohsuke to ask bob', 'bobby to write docs', 'KOHSUKE and BOB'),
    [[], ['bob', 'kohsuke'], ['bob'], []],
  );
});

test('deviation: an attendee named by a variant of their nick is an assignee too, marked as such', () => {
  const m = meeting(
    log(
      ['oleg-nenashev', '#startmeeting'],
      ['meetbot', UPSTREAM_START],
      ['kohsuke', 'hi'],
      ['alice|away', 'back soon'],
      ['carol', 'hi'],
      ['carol_', 'hi again'],
      ['carol_', 'and again'],
      ['oleg-nenashev', '#action oleg_nenashev to write the post'],
      ['oleg-nenashev', '#action kohsuke_ and Oleg_Nenashev to review it'],
      ['oleg-nenashev', '#action alice to merge, kohsuke to release'],
      ['oleg-nenashev', '#action carol to test'],
      ['oleg-nenashev', '#action Carol__ to test'],
      ['oleg-nenashev', '#action oleg to write docs'],
      ['oleg-nenashev', '#endmeeting'],
    ),
  );
  const owners = m.items.map((i) => [i.assignees, i.variantAssignees ?? []]);
  assert.equal(owners, [
    [['oleg-nenashev'], ['oleg-nenashev']],
    [['kohsuke', 'oleg-nenashev'], ['kohsuke', 'oleg-nenashev']],
    // "alice" names alice|away by the nick without its ending; kohsuke is named as MeetBot names people.
    [['alice|away', 'kohsuke'], ['alice|away']],
    // carol said it as herself: MeetBot's rule finds her, and the variant adds no one of her key.
    [['carol'], []],
    // Of two spellings of one key, the one who said more.
    [['carol_'], ['carol_']],
    // A nick's beginning is not the nick.
    [[], []],
  ]);
});

test("the MeetBot-layout minutes keep MeetBot's owners: a variant's action stays UNASSIGNED there", () => {
  const m = meeting(
    log(
      ['oleg-nenashev', '#startmeeting'],
      ['meetbot', UPSTREAM_START],
      ['oleg-nenashev', '#action oleg_nenashev to write the post'],
      ['oleg-nenashev', '#action oleg_nenashev to send the swag'],
      ['oleg-nenashev', '#endmeeting'],
    ),
  );
  const text = meetbotText(m);
  assert.match(text, /\* \*\*UNASSIGNED\*\*\n {2}\* oleg_nenashev to write the post\n {2}\* oleg_nenashev to send the swag/);
  assert.not.match(text, /^\* oleg-nenashev$/m);
  const byPerson = actionsByPerson(m).map((g) => [g.nick, g.items.length]);
  assert.equal(byPerson, [['oleg-nenashev', 2]]);
});

test('upstream and OpenStack: the nick as a whole word, in any case', () => {
  const texts = ['Kohsuke to update the wiki', 'kohsuke to ask bob', 'bobby to write docs', 'KOHSUKE and BOB'];
  const expected = [['kohsuke'], ['bob', 'kohsuke'], [], ['bob', 'kohsuke']];
  assert.equal(actions(UPSTREAM_START, 'meetbot', ...texts), expected);
  assert.equal(actions(OPENSTACK_START, 'openstack', ...texts), expected);
});

test('deviation: a nick that ends in a non-word character still matches as a whole word', () => {
  const m = meeting(
    log(['alice', '#startmeeting'], ['meetbot', UPSTREAM_START], ['bar-', 'hi'], ['alice', '#action bar- to fix it'], ['alice', '#endmeeting']),
  );
  assert.equal(m.items[0].assignees, ['bar-']);
});

/** Assignees of each action of a log whose lines are "HH:MM:SS <nick> text", parsed with the settings' aliases. */
const assigned = (lines: string[], settings?: Record<string, string[]>) =>
  parseLog(Buffer.from(lines.join('\n') + '\n'), FILE, { relPath: FILE, ...(settings ? { logContext: { id: 'test', aliases: settings } } : {}) })
    .meetings[0].items.filter((i) => i.kind === 'action')
    .map((i) => i.assignees);
const FILE = 'team.2020-01-02-10.00.log.txt';

test("deviation: an action naming a person by an alias the settings or the front matter give them is the attendee's who is that person", () => {
  const said = log(
    ['ally', '#startmeeting'],
    ['meetbot', UPSTREAM_START],
    ['bob', 'hi'],
    ['ally', '#action Alice to write the docs'],
    ['ally', '#action alice_away and bob to review'],
    ['ally', '#action Malice to do nothing'],
    ['ally', '#endmeeting'],
  );
  assert.equal(assigned(said), [[], ['bob'], []], 'no aliases: MeetBot\'s rule alone');
  assert.equal(assigned(said, { alice: ['ally', 'alice_away'] }), [['ally'], ['ally', 'bob'], []], 'the settings: alice is ally, and so is alice_away');
  const declared = ['---', 'aliases:', '  alice: [ally]', '---', ...said];
  assert.equal(assigned(declared), [['ally'], ['bob'], []], "the front matter's");
  // bob is an attendee: "bob" stays his, whoever the settings say a bob is.
  assert.equal(assigned(said, { robert: ['bob'], alice: ['ally'] }), [['ally'], ['bob'], []]);
});

test('a nick changed from during the meeting names the one who changed it', () => {
  const irssi = [
    '--- Log opened Thu Jan 02 10:00:00 2020',
    '10:00 < bob> #startmeeting',
    '10:00 < meetbot> ' + UPSTREAM_START,
    '10:01 -!- alice is now known as alice_work',
    '10:02 < alice_work> here',
    '10:03 < bob> #action alice to send the notes',
    '10:04 < bob> #endmeeting',
  ];
  const [m] = parseLog(Buffer.from(irssi.join('\n') + '\n'), 'team.2020-01-02-10.00.log', { relPath: 'team.2020-01-02-10.00.log' }).meetings;
  assert.equal(m.items.filter((i) => i.kind === 'action').map((i) => i.assignees), [['alice_work']]);
});

test('aliasNames: followed from alias to canonical, without case, less any attendee\'s nick', () => {
  const names = aliasNames(['Ally', 'bob', 'carol'], { ally: 'alice', alice_away: 'Alice', Alice: 'A. Smith', bob: 'robert', zed: 'carol' });
  assert.equal(Object.fromEntries(names), { Ally: ['alice', 'alice_away', 'A. Smith'], bob: ['robert'], carol: ['zed'] });
  assert.equal(aliasNames(['x'], { a: 'b', b: 'a', x: 'a' }).get('x'), ['a', 'b'], 'a chain that comes back on itself ends');
  assert.equal(aliasNames(['alice', 'ally'], { ally: 'alice' }).size, 0, 'both are attendees: each is found by their nick');
});

test.run();
