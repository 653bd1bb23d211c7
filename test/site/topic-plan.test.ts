// The topic index made apart (src/site/topic-plan.ts, on a thread of its own
// in an incremental build) is the model's own: the same topics page, letter
// and topic pages, signatures, and pages to render, over the real logs of the
// fixtures, one page or split by letter and by first two letters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { listLogs, readAndParse } from '../../src/read-logs.js';
import { refMaker, siteModel, type SiteOptions } from '../../src/site/model.js';
import { planBuild, type Manifest } from '../../src/site/incremental.js';
import { planTopics, topicFiles, topicInput } from '../../src/site/topic-plan.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';

const LOGS = path.join(import.meta.dirname, '..', 'fixtures', 'logs');
const SALT = 'salt';

async function fixtureMeetings(): Promise<Meeting[]> {
  const { files } = await listLogs(LOGS);
  const { meetings } = await readAndParse(LOGS, files, undefined, undefined, { keepLines: false });
  // A topic of more meetings than a group lists inline: a page of its own.
  const weekly = Array.from({ length: 12 }, (_, k) =>
    meeting(log(['alice', '#startmeeting'], ['alice', `#topic Open discussion ${k % 2 ? '' : 'https://example.org/x'}`], ['alice', '#topic Open Discussion'], ['alice', '#endmeeting']), `weekly.2020-02-${String(k + 1).padStart(2, '0')}-10.00.log.txt`),
  );
  return [...meetings, ...weekly];
}

const keys = (ms: Meeting[]) => new Map(ms.map((m) => [m.id, `key of ${m.id}`]));

/** The model's way: the topic index in the model, signed by planBuild. */
function inModel(meetings: Meeting[], options: SiteOptions, previous: Manifest | null) {
  const model = siteModel(meetings, [], { ...options, logs: 'none', brief: true });
  const plan = planBuild(model, keys(meetings), SALT, previous, new Set(previous ? Object.keys(previous.files) : []));
  return { model, plan };
}

/** The same, made apart. */
function apart(meetings: Meeting[], options: SiteOptions, previous: Manifest | null) {
  return planTopics(
    topicInput(meetings, refMaker(options, []), {
      siteTitle: options.title ?? 'Meeting minutes',
      salt: SALT,
      previous: previous ? topicFiles(previous.files) : null,
      existing: previous ? Object.keys(topicFiles(previous.files)) : [],
      onePage: options.onePageTopics,
      letterPage: options.letterPageTopics,
    }),
  );
}

const SHAPES: [string, SiteOptions][] = [
  ['one page', {}],
  ['a page per letter, in a zone, series titled', { onePageTopics: 5, timezone: 'America/New_York', title: 'Minutes', seriesTitles: { weekly: 'Weekly sync', 'jenkins-meeting': 'Jenkins Project' } }],
  ['letters split by their first two letters', { onePageTopics: 5, letterPageTopics: 3 }],
];

for (const [shape, options] of SHAPES) {
  test(`made apart, the topic index is the model's: ${shape}`, async () => {
    const meetings = await fixtureMeetings();
    const { model, plan } = inModel(meetings, options, null);
    const made = apart(meetings, options, null);
    assert.ok(model.topics.groups > 50, `fixtures hold topics (${model.topics.groups} groups)`);
    assert.ok(model.topicGroups.length > 0, 'a topic with a page of its own');
    if (options.letterPageTopics) assert.ok(model.topicLetters.some((l) => l.parent !== null), 'a letter in parts');
    assert.equal(made.page, model.topics);
    assert.equal(made.letters, model.topicLetters, 'a first build renders every letter page');
    assert.equal(made.groups, model.topicGroups);
    assert.equal(made.files, topicFiles(plan.manifest.files), 'the signatures planBuild gives the pages');
  });
}

test('made apart, a rebuild renders what the model would: nothing again, then the new topics\' pages only', async () => {
  const options = SHAPES[2][1];
  const meetings = await fixtureMeetings();
  const first = inModel(meetings, options, null).plan.manifest;
  const same = apart(meetings, options, first);
  assert.equal([same.letters.length, same.groups.length], [0, 0]);
  assert.equal(same.files, topicFiles(first.files));

  const added = meeting(log(['zed', '#startmeeting'], ['zed', '#topic Roadmap for the release'], ['zed', '#topic Open discussion'], ['zed', '#endmeeting']), 'weekly.2021-01-05-10.00.log.txt');
  const more = [...meetings, added];
  const model = inModel(more, options, first).plan;
  const made = apart(more, options, first);
  const paths = (pages: { path: string }[]) => pages.map((p) => p.path);
  assert.equal(paths(made.letters), paths(model.render.topicLetters));
  assert.equal(paths(made.groups), paths(model.render.topicGroups));
  assert.equal(paths(made.letters), ['topics/letter-op.html', 'topics/letter-r.html', 'topics/letter-ro.html'], 'the pages of the two topics, and the R page, which lists its parts with their counts');
  assert.equal(paths(made.groups), ['topics/t/open-discussion.html']);

  // A page gone from the site is rendered again, its signature unchanged.
  const existing = Object.keys(topicFiles(first.files)).filter((p) => p !== 'topics/t/open-discussion.html');
  const again = planTopics(topicInput(meetings, refMaker({}, []), { siteTitle: 'Meeting minutes', salt: SALT, previous: topicFiles(first.files), existing, onePage: 5, letterPage: 3 }));
  assert.equal(paths(again.groups), ['topics/t/open-discussion.html']);
  assert.equal(again.letters, []);
});

test.run();
