// The topic index on a thread of its own (src/topic-worker.ts): its answer is
// planTopics's, a failure there is the build's error, and stop() ends it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { topicWorker } from '../src/topic-worker.js';
import { planTopics, topicInput, type TopicInput } from '../src/site/topic-plan.js';
import { refMaker } from '../src/site/model.js';
import { MinutebookError } from '../src/errors.js';
import { log, meeting } from './support/inline-log.js';

const week = (day: string, topics: string[]) =>
  meeting(log(['alice', '#startmeeting'], ...topics.map((t): [string, string] => ['alice', `#topic ${t}`]), ['alice', '#endmeeting']), `team.2020-01-${day}-10.00.log.txt`);
const input = (): TopicInput =>
  topicInput([week('02', ['Release', 'Backups']), week('09', ['Release https://example.org/r', 'Budget'])], refMaker({ timezone: 'Europe/Oslo' }, []), {
    siteTitle: 'Minutes',
    salt: 'salt',
    previous: { 'topics/letter-b.html': 'old' },
    existing: ['topics/letter-b.html'],
    onePage: 1,
  });

test('the thread answers what planTopics gives', async () => {
  const worker = topicWorker(input());
  const answer = await worker.plan;
  assert.equal(answer, planTopics(input()));
  assert.equal(answer.letters.map((l) => l.path), ['topics/letter-b.html', 'topics/letter-r.html']);
  await worker.stop();
});

test('a failure on the thread rejects with what went wrong', async () => {
  const broken = { ...input(), meetings: [{ ref: null, topics: [{ line: 1, text: 'x' }] }] } as unknown as TopicInput;
  const worker = topicWorker(broken);
  const err = await worker.plan.then(
    () => null,
    (e: Error) => e,
  );
  assert.instance(err, MinutebookError);
  assert.match(err!.message, /^making the topic index failed: TypeError/);
  await worker.stop();
});

test('stop() before the answer ends the thread; the plan then rejects, unhandled by no one', async () => {
  const worker = topicWorker(input());
  await worker.stop();
  await worker.plan.then(
    () => assert.unreachable('no answer after stop'),
    (e: Error) => assert.match(e.message, /stopped/),
  );
});

test.run();
