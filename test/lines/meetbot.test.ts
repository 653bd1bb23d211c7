import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { meetbot } from '../../src/lines/meetbot.js';

test('message line', () => {
  assert.equal(meetbot.parse('16:00:59 <harlowja_at_home> #startmeeting oslo'), {
    kind: 'message',
    nick: 'harlowja_at_home',
    text: '#startmeeting oslo',
    clock: { h: 16, m: 0, s: 59 },
  });
});

test('/me line with two spaces before the star', () => {
  assert.equal(meetbot.parse('18:03:59  * zobel will look into RT'), {
    kind: 'action',
    nick: 'zobel',
    text: 'will look into RT',
    clock: { h: 18, m: 3, s: 59 },
  });
});

test('a nick that is all mode prefix ("<@>") keeps it: no one is named ""', () => {
  assert.equal(meetbot.parse('10:00:01 <@> hi')?.nick, '@');
  assert.equal(meetbot.parse('10:00:01 <@+> hi')?.nick, '@+');
  assert.equal(meetbot.parse('10:00:01 <@alice> hi')?.nick, 'alice');
});

test('empty message keeps an empty text', () => {
  assert.equal(meetbot.parse('18:03:59 <bob> ')?.text, '');
});

test('lines of other shapes are not mine', () => {
  assert.is(meetbot.parse('[18:03:59] <bob> hi'), null);
  assert.is(meetbot.parse('18:03 <bob> hi'), null);
  assert.is(meetbot.parse('hello'), null);
});

test('fuzz regression: a /me holding U+2028 or U+2029 is still read (was not recognized)', () => {
  assert.equal(meetbot.parse('00:00:00  * alice a \u2028 b'), { kind: 'action', nick: 'alice', text: 'a \u2028 b', clock: { h: 0, m: 0, s: 0 } });
  assert.is(meetbot.parse('00:00:00 * alice a\u2029b')?.text, 'a\u2029b');
});

test.run();
