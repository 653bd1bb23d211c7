// W3C scribe logs of any shape (src/meeting/scribe.ts): scribe words,
// corrections, speakers, continuations, queue and bot lines and plain talk,
// in any order, from anyone. Parsing never throws, every invariant holds
// (every item on one of the meeting's lines), and the scribe rules ran.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { params } from '../support/fuzz-config.js';
import { assertSound } from '../support/fuzz-check.js';

const nick = fc.constantFrom('ivan', 'pauld', 'pauld_', '@manu', 'Zakim', 'RRSAgent', 'trackbot', 'brent', 'x');
const word = fc.constantFrom('budget', 'ivan', 'travel', ':', '...', '…', 's/', 'i/', '|', '/g', '//', 'http://x', '10:30', '+1', '', ' ');
const text = fc.oneof(
  fc.constantFrom(
    'scribe: pauld', 'scribenick: ivan', 'scribe+', 'scribe-', 'scribe+ brent, x', 'scribe: ', 'Topic: Budget', 'subtopic:', 'RESOLVED: yes', 'ACTION: ivan to go',
    'Proposed: ship it', 'present+', 'present+ a, b', 'regrets+', 'Regrets: a,,b', 'q+', 'ack ivan', 'zakim, next item', 'agendum 2 -- Budget -- taken up',
    'ivan: we agree', '... and more', '…: more', 'Meeting: Team', 'Date: 2023-11-01', 's/agree/disagree/', 's|Budget|Money|g', 'i/we agree/Topic: Inserted/', 's/nothing/x/',
  ),
  fc.array(word, { maxLength: 6 }).map((w) => w.join('')),
  fc.string({ maxLength: 20 }),
);

test('scribed logs of any shape parse soundly', () => {
  let scribed = 0;
  let runs = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(nick, text), { minLength: 1, maxLength: 40 }), (said) => {
      const lines = ['10:00:00 <RRSAgent> logging to https://www.w3.org/2023/11/01-team-irc', ...said.map(([n, t], k) => `10:${String(1 + (k % 59)).padStart(2, '0')}:00 <${n}> ${t}`)];
      const result = assertSound(new TextEncoder().encode(lines.join('\n') + '\n'), 'w3c/01-team-irc.txt', { relPath: 'w3c/01-team-irc.txt' });
      runs++;
      if (result?.meetings.some((m) => m.items.length > 0)) scribed++;
    }),
    params(1),
  );
  // Short logs of mostly random lines often have no minutes; a fair share must, or the rules did not run.
  assert.ok(scribed * 4 >= runs, `${scribed} of ${runs} logs had minutes`);
});

test.run();
