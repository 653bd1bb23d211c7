import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { botbot, unrepr } from '../../src/lines/botbot.js';

// Real lines from fluid-project/fluid-irc-logs botbot.me/fluid-work/2016/fluid-work-2016-09-21.log.
const p = (line: string) => botbot.parse(line);
const date = { y: 2016, m: 9, d: 21 };

test('message, with the bytes-repr escapes undone', () => {
  assert.equal(p("2016-09-21T17:45:23 <ewbjr> aw, that\\'s a shame to hear"), {
    kind: 'message',
    nick: 'ewbjr',
    text: "aw, that's a shame to hear",
    clock: { h: 17, m: 45, s: 23 },
    date,
  });
  assert.is(p('2016-09-21T18:10:18 <clown> \\xe2\\x80\\xa6 the console ouput')?.text, '… the console ouput');
});

test("a day's first line, opened by the repr's b', is read like the others; the b' of a line that is no stamp is not mine", () => {
  assert.equal(p('b\'2016-09-21T17:44:27 <colinclark> where "doable" means, their samples work :)'), {
    kind: 'message',
    nick: 'colinclark',
    text: 'where "doable" means, their samples work :)',
    clock: { h: 17, m: 44, s: 27 },
    date,
  });
  assert.is(p('b\'2016-09-21T00:11:13 * Justin_o has quit')?.kind, 'quit');
  assert.is(p("b'hello"), null);
  assert.is(p("'"), null);
});

test('"* nick has quit" and "* nick joined the channel" are status lines here', () => {
  assert.equal(p('2016-09-21T17:57:35 * bens_ has quit'), { kind: 'quit', nick: 'bens_', text: 'has quit', clock: { h: 17, m: 57, s: 35 }, date });
  assert.equal(p('2016-09-21T18:00:13 * alanharn_ joined the channel'), {
    kind: 'join',
    nick: 'alanharn_',
    text: 'joined the channel',
    clock: { h: 18, m: 0, s: 13 },
    date,
  });
  assert.equal(p('2016-09-21T18:48:55 * cindyli1 is now known as cindyli'), {
    kind: 'nick',
    nick: 'cindyli1',
    newNick: 'cindyli',
    text: 'is now known as cindyli',
    clock: { h: 18, m: 48, s: 55 },
    date,
  });
});

test('other star lines are /me', () => {
  assert.equal(p('2016-09-21T18:00:00 * colinclark waves'), { kind: 'action', nick: 'colinclark', text: 'waves', clock: { h: 18, m: 0, s: 0 }, date });
});

test('unrepr keeps plain text and escaped backslashes', () => {
  assert.is(unrepr('no escapes here'), 'no escapes here');
  assert.is(unrepr('a\\\\b'), 'a\\b');
  assert.is(unrepr('caf\\xc3\\xa9'), 'café');
  assert.is(unrepr('already café \\\' ok'), "already café ' ok");
});

test('the export\'s closing repr quote and Limnoria\'s two spaces are not mine', () => {
  assert.is(p("'"), null);
  assert.is(p('2016-09-21T17:44:27  <colinclark> two spaces'), null);
  assert.is(p(''), null);
});

test('unrepr: named escapes alone, and with a BOM, a surrogate or a byte escape beside them', () => {
  assert.is(unrepr("it\\'s a \\\"test\\\" \\\\ \\tdone \\n"), 'it\'s a "test" \\ \tdone \\n');
  assert.is(unrepr("\ufeffit\\'s"), "it's");
  assert.is(unrepr("\ud800 it\\'s"), "\ufffd it's");
  assert.is(unrepr("caf\\xc3\\xa9 it\\'s"), "café it's");
});

test.run();
