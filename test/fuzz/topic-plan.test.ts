// The topic index made apart (src/site/topic-plan.ts, an incremental build's
// thread) is the model's own for any meetings: the same topics page, letter
// and topic pages and signatures, whatever the titles hold (links, long
// words, other scripts, control characters), the series, the dates, the
// zone and the thresholds that split the index; and a rebuild after one more
// meeting renders the same pages either way.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { refMaker, siteModel } from '../../src/site/model.js';
import { planBuild, type Manifest } from '../../src/site/incremental.js';
import { planTopics, topicFiles, topicInput } from '../../src/site/topic-plan.js';
import type { Meeting } from '../../src/types.js';
import { params } from '../support/fuzz-config.js';
import { talkLine, timezone } from '../support/fuzz-logs.js';
import { log, parse } from '../support/inline-log.js';
import { uniqueIds } from '../../src/site/summary.js';

const SALT = 'salt';
const title = fc.oneof(
  { weight: 3, arbitrary: talkLine(Infinity) },
  { weight: 2, arbitrary: fc.constantFrom('Open discussion', 'open  Discussion', 'Roll call', 'AOB', 'Ärger', 'éclair', '1. Budget', 'https://example.org/agenda', '日本') },
);
const logOf = fc.record({
  series: fc.constantFrom('team', 'infra', 'docs'),
  day: fc.integer({ min: 1, max: 28 }),
  year: fc.constantFrom(2019, 2020),
  topics: fc.array(title, { minLength: 0, maxLength: 6 }),
});

/** The meetings of the logs, ids made unique as the build makes them (read-logs.ts). */
function meetingsOf(logs: { series: string; day: number; year: number; topics: string[] }[], taken: Meeting[] = []): Meeting[] {
  return uniqueIds([...taken, ...logs.flatMap(({ series, day, year, topics }, k) =>
    parse(
      log(['alice', '#startmeeting'], ...topics.map((t): [string, string] => ['alice', `#topic ${t}`]), ['alice', '#endmeeting']),
      `${series}.${year}-03-${String(day).padStart(2, '0')}-${String(k % 24).padStart(2, '0')}.00.log.txt`,
    ).meetings,
  )]);
}

test('made apart, the topic index and its plan are the model\'s, for any meetings and thresholds', () => {
  fc.assert(
    fc.property(fc.array(logOf, { minLength: 1, maxLength: 10 }), logOf, timezone, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), (logs, more, zone, onePage, letterPage) => {
      const tz = zone === '' || zone === 'Mars/Olympus' ? undefined : zone;
      const options = { onePageTopics: onePage, letterPageTopics: letterPage, timezone: tz, logs: 'none' as const, brief: true };
      const apart = (meetings: Meeting[], previous: Manifest | null) =>
        planTopics(
          topicInput(meetings, refMaker({ timezone: tz }, []), {
            siteTitle: 'Meeting minutes',
            salt: SALT,
            previous: previous && topicFiles(previous.files),
            existing: previous ? Object.keys(topicFiles(previous.files)) : [],
            onePage,
            letterPage,
          }),
        );
      const keys = (ms: Meeting[]) => new Map(ms.map((m) => [m.id, `key of ${m.id}`]));

      const before = meetingsOf(logs);
      const model = siteModel(before, [], options);
      const plan = planBuild(model, keys(before), SALT, null, new Set());
      const made = apart(before, null);
      assert.equal(made.page, model.topics);
      assert.equal(made.letters, model.topicLetters);
      assert.equal(made.groups, model.topicGroups);
      assert.equal(made.files, topicFiles(plan.manifest.files));

      const after = meetingsOf([{ ...more, series: 'docs', year: 2021 }], before);
      const again = planBuild(siteModel(after, [], options), keys(after), SALT, plan.manifest, new Set(Object.keys(plan.manifest.files)));
      const madeAgain = apart(after, plan.manifest);
      const paths = (pages: { path: string }[]) => pages.map((p) => p.path);
      assert.equal(paths(madeAgain.letters), paths(again.render.topicLetters));
      assert.equal(paths(madeAgain.groups), paths(again.render.topicGroups));
      assert.equal(madeAgain.files, topicFiles(again.manifest.files));
    }),
    params(0.3),
  );
});

test.run();
