import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { untimed } from '../../src/lines/untimed.js';

const p = (line: string) => untimed.parse(line);

test('message without a timestamp (i2p 276)', () => {
  assert.equal(p('<eche|on> 1) 0.9.38 dev status (echelon)'), {
    kind: 'message',
    nick: 'eche|on',
    text: '1) 0.9.38 dev status (echelon)',
    clock: null,
  });
});

test('/me line', () => {
  assert.equal(p('* zzz bafs the meeting closed'), { kind: 'action', nick: 'zzz', text: 'bafs the meeting closed', clock: null });
});

test('HTML and timestamped lines are not mine', () => {
  assert.is(p('<title>Wayback Machine</title>'), null);
  assert.is(p('</div> text'), null);
  assert.is(p('<!DOCTYPE html>'), null);
  assert.is(p('12:00 <bob> hi'), null);
  assert.is(p(''), null);
});

test('a tab after "<nick>" parts it from the text, as a space does', () => {
  assert.equal(p('<alice>\t#startmeeting Weekly'), { kind: 'message', nick: 'alice', text: '#startmeeting Weekly', clock: null });
});

test("ircII's status lines: nick change and signoff", () => {
  assert.equal(p('*** carol is now known as carol2'), {
    kind: 'nick',
    nick: 'carol',
    newNick: 'carol2',
    text: 'is now known as carol2',
    clock: null,
  });
  assert.equal(p('*** Signoff: eve (Quit: Leaving)'), { kind: 'quit', nick: 'eve', text: '(Quit: Leaving)', clock: null });
  assert.is(p('*** alice (~alice@host) has joined channel #proj')?.kind, 'join');
  assert.is(p('*** something else'), null);
});

test.run();
