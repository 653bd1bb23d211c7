import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdown } from '../../src/lines/markdown.js';

// Real lines from monero-project/monero-site _posts (the monero-md corpus group).
const p = (line: string) => markdown.parse(line);

test('message: escapes undone, trailing line-break spaces dropped, no clock', () => {
  assert.equal(p('**\\<vtnerd\\_\\_>** Hi  '), { kind: 'message', nick: 'vtnerd__', text: 'Hi', clock: null });
  assert.equal(p('**\\<rehrar>** 1. Greetings  '), { kind: 'message', nick: 'rehrar', text: '1. Greetings', clock: null });
});

test('/me line', () => {
  assert.equal(p('**\\* anonimal** \\+resolves moneromooo  '), { kind: 'action', nick: 'anonimal', text: '+resolves moneromooo', clock: null });
});

test('a relay or quote prefix inside the bold stays in the text', () => {
  assert.equal(p('**\\<meeting-bot> [anonimal]** Thanks fluffypony, I need about 30-60 seconds.  '), {
    kind: 'message',
    nick: 'meeting-bot',
    text: '[anonimal] Thanks fluffypony, I need about 30-60 seconds.',
    clock: null,
  });
  assert.is(p('**\\<meeting-bot> * anonimal** checks  ')?.text, '* anonimal checks');
  assert.is(p('**\\<Slack> \\<nanoakron>** And WRT mempool size')?.text, '<nanoakron> And WRT mempool size');
  assert.is(p('**\\<ArticMine>>** I will stay for another 20 min then I have to leave.  ')?.text, '> I will stay for another 20 min then I have to leave.');
});

test('headings, prose and broken lines are not mine', () => {
  assert.is(p('# Logs  '), null);
  assert.is(p('An overview can be found on [MoneroBase](https://monerobase.com/wiki/DevMeeting_2017-09-03).'), null);
  assert.is(p('**\\sgp\\_** sarang scoobybejesus selsta'), null);
  assert.is(p('**bold prose** here'), null);
  assert.is(p(''), null);
});

test.run();
