// A log with no #startmeeting (src/meeting/finish.ts logOnlyMeeting): kept
// whole as one meeting without minutes; an info when it holds no command, as
// most channel logs do, and a warning at its first command when it holds
// some, since none of them is obeyed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../support/inline-log.js';

const told = (lines: string[]) => parse(lines, 'team.2020-02-08-10.00.log.txt').meetings.flatMap((m) => m.diagnostics.map((d) => [d.level, d.line, d.message]));

test('#endmeeting with no #startmeeting: a warning on its line, the log kept whole without minutes', () => {
  const diagnostics = told(['10:00:00 <alice> hello', '10:01:00 <bob> anything else?', '10:03:00 <alice> #endmeeting']);
  assert.equal(diagnostics, [['warning', 3, '#endmeeting with no #startmeeting before: not obeyed; the whole log is kept as one meeting without minutes (was its start cut off, or is it in another file?)']]);
  const [m] = parse(['10:00:00 <alice> hello', '10:03:00 <alice> #endmeeting'], 'team.2020-02-08-10.00.log.txt').meetings;
  assert.equal([m.owner, m.items.length, m.lines.length], [null, 0, 2]);
});

test('the first command is named, the others counted; talk about a command or "#1" is no command', () => {
  const diagnostics = told(['10:00:00 <alice> use #topic next time', '10:01:00 <bob> #2 is done', '10:02:00 <alice> #topic Budget', '10:03:00 <alice> #action bob files it', '10:04:00 <alice> #endmeeting']);
  assert.equal(diagnostics.map(([level, line]) => [level, line]), [['warning', 3]]);
  assert.match(String(diagnostics[0][2]), /^#topic and 2 more commands with no #startmeeting before/);
});

test('a channel log with no command at all: only the info it always had', () => {
  assert.equal(told(['10:00:00 <alice> hello', '10:01:00 <bob> hi']), [['info', 0, 'no #startmeeting: the whole log is kept as one meeting without minutes']]);
});

test('a nick changed to during the meeting is the person who changed it: an alias to the nick they came with (alice_work made a person of her own)', () => {
  const irssi = (...lines: string[]) => parse(['--- Log opened Thu Jan 02 10:00:00 2020', ...lines], 'team.2020-01-02-10.00.log').meetings[0];
  const m = irssi(
    '10:00 < alice> #startmeeting',
    '10:01 -!- alice is now known as alice_work',
    '10:02 < alice_work> #topic Budget',
    '10:03 -!- alice_work is now known as alice_away',
    '10:04 -!- alice_away is now known as alice',
    '10:05 < bob> hi',
    '10:06 -!- carol is now known as bob2',
    '10:07 < dave> I was here first',
    '10:08 -!- bob is now known as dave',
    '10:09 < alice> #endmeeting',
  );
  assert.equal(m.aliases, { alice_work: 'alice', alice_away: 'alice', bob2: 'carol' }, 'not a change back, nor a nick someone else spoke under');
  const declared = parse(['---', 'aliases:', '  asmith: [alice_work]', '---', '10:00:00 <alice> #startmeeting', '10:02:00 <alice> #endmeeting'], 'team.2020-01-02-10.00.log.txt').meetings[0];
  assert.equal(declared.aliases, { alice_work: 'asmith' }, 'front matter wins, and a meeting with no change keeps its own');
});

test.run();
