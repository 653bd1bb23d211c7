// `minutebook check`'s own lint (src/check.ts): an action nobody owns, with
// the fix that fits: the attendee its first word misspells, "#nick" for
// someone who was not there, else the nick to start it with.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintMeetings } from '../src/check.js';
import { log, meeting } from './support/inline-log.js';

const advice = (...lines: [string, string][]) => lintMeetings([meeting(log(...lines))]).map((d) => d.message.replace(/^.*has no owner: /, ''));

test('an action that misspells an attendee\'s nick names the attendee', () => {
  // A variant of the nick ("_" for "-") gives the action its owner here, not in MeetBot's minutes: an info says so.
  const variant = lintMeetings([meeting(log(['oleg-nenashev', '#startmeeting'], ['oleg-nenashev', '#action oleg_nenashev to write the post'], ['oleg-nenashev', '#endmeeting']))]);
  assert.equal(
    variant.map((d) => [d.level, d.message]),
    [['info', 'action "oleg_nenashev to write the post" goes to oleg-nenashev, named by a variant of the nick; MeetBot\'s minutes (and the .txt) leave it unassigned: "#action oleg-nenashev …" names them for both']],
  );
  assert.equal(advice(['oleg-nenashev', '#startmeeting'], ['oleg-nenashev', '#action olg-nenashev to write the post'], ['oleg-nenashev', '#endmeeting']), [
    '"olg-nenashev" is not an attendee\'s nick; did you mean oleg-nenashev? ("#action oleg-nenashev …")',
  ]);
  // A swap of two letters in a longer nick; the nearest of two close nicks.
  assert.match(advice(['rtyler', '#startmeeting'], ['rtyler', '#action rtlyer to file it'], ['rtyler', '#endmeeting'])[0], /did you mean rtyler\?/);
  assert.match(advice(['kohsuke', '#startmeeting'], ['kohsuke2', 'hi'], ['kohsuke', '#action kohsuke22 to file it'], ['kohsuke', '#endmeeting'])[0], /did you mean kohsuke2\?/);
});

test('someone who spoke at another meeting but not this one: "#nick" adds them', () => {
  const first = meeting(log(['alice', '#startmeeting'], ['bob', 'hello'], ['alice', '#endmeeting']));
  const second = meeting(log(['alice', '#startmeeting'], ['alice', '#action bob to send the notes'], ['alice', '#endmeeting']));
  const found = lintMeetings([first, second]).map((d) => d.message);
  assert.equal(found, ['action "bob to send the notes" has no owner: bob did not speak in this meeting, and MeetBot assigns actions to attendees only: "#nick bob" before the action adds them']);
});

test('otherwise: start the action with the nick of whoever does it; an owned action is no problem', () => {
  assert.equal(advice(['alice', '#startmeeting'], ['alice', '#action everyone to test the RC'], ['alice', '#action alice to tag'], ['alice', '#endmeeting']), [
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK everyone to test the…"',
  ]);
});

test('a short action is quoted whole in the advice, a long one cut between characters; one with no text says so', () => {
  assert.equal(advice(['alice', '#startmeeting'], ['alice', '#action blah'], ['alice', '#action ship 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀'], ['alice', '#action'], ['alice', '#endmeeting']), [
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK blah"',
    'no attendee is named in it; start it with the nick of whoever does it: "#action NICK ship 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀…"',
    'action with no text, and so no owner: "#action NICK what they will do" says who does what',
  ]);
  const long = lintMeetings([meeting(log(['alice', '#startmeeting'], ['alice', `#action ${'ü'.repeat(58)}🚀🚀🚀`], ['alice', '#endmeeting']))]);
  assert.match(long[0].message, new RegExp(`^action "${'ü'.repeat(58)}🚀…" has no owner`));
});

test.run();
