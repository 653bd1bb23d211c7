// Who an action item goes to, per fork. Found by the agreement test: Jenkins'
// robobutler (the 2009 MeetBot code) did not give "Kohsuke to …" to kohsuke
// (jenkins.2011-05-11-18.01 and four more), where upstream and OpenStack would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { JENKINS_START, OPENSTACK_START, UPSTREAM_START, log, meeting } from '../support/inline-log.js';

const actions = (greeting: string, bot: string, ...texts: string[]) =>
  meeting(
    log(
      ['kohsuke', '#startmeeting Weekly'],
      [bot, greeting],
      ['bob', 'hi'],
      ...texts.map((t): [string, string] => ['kohsuke', `#action ${t}`]),
      ['kohsuke', '#endmeeting'],
    ),
  ).items.map((i) => i.assignees);

test('Jenkins (robobutler): the nick must appear as written, anywhere in the text', () => {
  assert.equal(
    actions(JENKINS_START, 'robobutler', 'Kohsuke to update the wiki', 'kohsuke to ask bob', 'bobby to write docs', 'KOHSUKE and BOB'),
    [[], ['bob', 'kohsuke'], ['bob'], []],
  );
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
