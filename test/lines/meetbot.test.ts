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

test('a tab after "<nick>" parts it from the text, as a space does (HexChat with a clock-only stamp)', () => {
  assert.equal(meetbot.parse('14:00:00 <alice>\t#startmeeting Weekly'), {
    kind: 'message',
    nick: 'alice',
    text: '#startmeeting Weekly',
    clock: { h: 14, m: 0, s: 0 },
  });
  // The slow path (a nick parseFast leaves to the regex) the same.
  assert.is(meetbot.parse('14:00:00 <ali\u00e7e>\t#endmeeting')?.text, '#endmeeting');
});

test.run();
