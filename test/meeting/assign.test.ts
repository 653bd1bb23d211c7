// Who an action item goes to, per fork. Found by the agreement test: Jenkins'
// robobutler (the 2009 MeetBot code) did not give "Kohsuke to …" to kohsuke
// (jenkins.2011-05-11-18.01 and four more), where upstream and OpenStack would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { JENKINS_START, OPENSTACK_START, UPSTREAM_START, log, meeting } from '../support/inline-log.js';
import type { Item } from '../../src/types.js';
import { meetbotText } from '../../src/site/meetbot-text.js';
import { actionsByPerson } from '../../src/site/by-person.js';

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

test.run();
