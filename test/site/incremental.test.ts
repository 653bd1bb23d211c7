// Which files a build writes (src/site/incremental.ts): everything the first
// time, nothing when nothing changed, the new meeting's pages and what shows
// it when one is added; and no signatures at all for a build that keeps none.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { siteModel } from '../../src/site/model.js';
import { planBuild, planFiles, type Manifest } from '../../src/site/incremental.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';

const week = (day: string, said: [string, string][], series = 'team'): Meeting =>
  meeting(log(['alice', '#startmeeting'], ...said, ['alice', '#endmeeting']), `${series}.2020-01-${day}-10.00.log.txt`);
const first = week('02', [['alice', '#topic Release'], ['alice', '#action bob to fix the build']]);
const second = week('09', [['alice', '#topic Release'], ['bob', 'fixed']]);
const other = week('03', [['carol', '#topic Backups'], ['carol', '#agreed nightly']], 'infra');
const keys = (ms: Meeting[]) => new Map(ms.map((m) => [m.id, `key of ${m.id}`]));
const rendered = (plan: ReturnType<typeof planBuild>) => [
  ...plan.render.meetings.map((p) => p.ref.id),
  ...plan.render.series.map((s) => s.path),
  ...plan.render.topicLetters.map((p) => p.path),
  ...plan.render.people.map((p) => p.path),
];
const everything = (m: Manifest) => new Set(Object.keys(m.files));

test('a first build renders everything; the same input again, nothing', () => {
  const ms = [first, other];
  const one = planBuild(siteModel(ms), keys(ms), 'salt', null, new Set());
  assert.is(one.render.meetings.length, 2);
  assert.is(one.downloads.size, 2);
  assert.ok(Object.values(one.manifest.files).every((sig) => sig.length > 0), 'every file signed');
  const two = planBuild(siteModel(ms), keys(ms), 'salt', one.manifest, everything(one.manifest));
  assert.equal(rendered(two), []);
  assert.is(two.downloads.size, 0);
  assert.equal(two.manifest, one.manifest);
  const salted = planBuild(siteModel(ms), keys(ms), 'other salt', one.manifest, everything(one.manifest));
  assert.is(salted.render.meetings.length, 2, 'new code or settings: everything again');
});

test('a meeting added: its pages, its neighbour and its series, not the other series', () => {
  const before = planBuild(siteModel([first, other]), keys([first, other]), 'salt', null, new Set());
  const after = planBuild(siteModel([first, second, other]), keys([first, second, other]), 'salt', before.manifest, everything(before.manifest));
  const ids = after.render.meetings.map((p) => p.ref.id);
  assert.ok(ids.includes(second.id), 'the new meeting');
  assert.ok(ids.includes(first.id), 'its neighbour (a next link now)');
  assert.not.ok(ids.includes(other.id), 'another series');
  assert.equal([...after.downloads], [second.id], 'only its data file and downloads');
  assert.ok(after.render.series.some((s) => s.path.includes('team')));
  assert.not.ok(after.render.series.some((s) => s.path.includes('infra')));
});

test('a meeting that changes: the summary pages that show it are rendered again, the others not', () => {
  const before = week('02', [['alice', '#topic Release'], ['bob', 'hello']]);
  // One more person: the meeting's ref (it counts its people) changes; alice's and bob's own lines do not.
  const after = week('02', [['alice', '#topic Release'], ['bob', 'hello'], ['dave', 'hi']]);
  assert.is(after.id, before.id);
  const one = planBuild(siteModel([before, other]), keys([before, other]), 'salt', null, new Set());
  const two = planBuild(siteModel([after, other]), keys([after, other]), 'salt', one.manifest, everything(one.manifest));
  const people = two.render.people.map((p) => p.path);
  assert.ok(people.some((p) => p.includes('bob')), 'bob: his page shows the meeting');
  assert.ok(people.some((p) => p.includes('dave')), 'dave: new');
  assert.not.ok(people.some((p) => p.includes('carol')), 'carol: not in it');
  assert.equal(two.render.meetings.map((p) => p.ref.id), [before.id]);
});

test('a file missing from the site is written again, whatever its signature', () => {
  const ms = [first, other];
  const one = planBuild(siteModel(ms), keys(ms), 'salt', null, new Set());
  const present = everything(one.manifest);
  present.delete(one.render.meetings[0].ref.path);
  const two = planBuild(siteModel(ms), keys(ms), 'salt', one.manifest, present);
  assert.equal(two.render.meetings.map((p) => p.ref.id), [one.render.meetings[0].ref.id]);
});

test('a change deep in a long list of a summary page changes its signature; the refs are left as they were', () => {
  // Twelve weeks of one series: a person page and the series' lists are longer than the hash takes whole.
  const weeks = Array.from({ length: 12 }, (_, k) =>
    week(String(k + 1).padStart(2, '0'), [['alice', '#topic Release'], ['bob', `week ${k}`], ['alice', `#action bob to look at ${k}`]]),
  );
  const model = siteModel(weeks);
  const one = planBuild(model, keys(weeks), 'salt', null, new Set());
  assert.ok(model.meetings.every((p) => !('toJSON' in p.ref)), 'no toJSON left on a ref');
  const bob = model.people.find((p) => p.nick === 'bob')!;
  assert.ok(bob.meetings.length > 8 && bob.threads.length > 8);
  bob.meetings[10].lines += 1;
  bob.threads[9].text += '!';
  const two = planBuild(model, keys(weeks), 'salt', one.manifest, everything(one.manifest));
  assert.equal(two.render.people.map((p) => p.nick), ['bob']);
  model.meetings[7].ref.title = 'Renamed';
  const three = planBuild(model, keys(weeks), 'salt', two.manifest, everything(two.manifest));
  assert.ok(three.render.people.length >= 2, 'everyone in the meeting: its ref is on their pages');
  assert.ok(three.render.meetings.map((p) => p.ref.id).includes(model.meetings[7].ref.id));
  assert.ok(three.render.topicGroups.length + three.render.topicLetters.length + three.render.series.length > 0);
});

test('a new topic renders its letter page only; a new decision its year page only, and so does a new meeting in the calendar', () => {
  // A split topic index (more groups than one page holds) over two letters, and decisions in two years.
  const opts = { onePageTopics: 1 };
  const a = week('02', [['alice', '#topic Release'], ['alice', '#topic Backups'], ['alice', '#agreed ship it']]);
  const b = meeting(log(['alice', '#startmeeting'], ['alice', '#topic Budget'], ['alice', '#agreed spend less'], ['alice', '#endmeeting']), 'team.2021-03-01-10.00.log.txt');
  const c = meeting(log(['alice', '#startmeeting'], ['alice', '#topic Roadmap'], ['alice', '#agreed plan more'], ['alice', '#endmeeting']), 'team.2021-03-08-10.00.log.txt');
  const before = siteModel([a, b], [], opts);
  assert.equal(before.topicLetters.map((l) => l.label), ['B', 'R']);
  const one = planBuild(before, keys([a, b]), 'salt', null, new Set());
  const two = planBuild(siteModel([a, b, c], [], opts), keys([a, b, c]), 'salt', one.manifest, everything(one.manifest));
  assert.equal(two.render.topicLetters.map((l) => l.label), ['R'], 'B: its topics and its links are as they were');
  assert.equal(two.render.decisionYears.map((y) => y.year), ['2021']);
  assert.equal(two.render.calendarYears.map((y) => y.path), ['calendar/2021.html'], 'the calendar: the new meeting\'s year only');
  const model = siteModel([a, b, c], [], opts);
  assert.equal(model.topics.letters.map((l) => l.count), [2, 2], 'topics.html counts each letter');
  assert.equal(model.topicLetters[0].letters, [{ label: 'B', path: 'topics/letter-b.html' }, { label: 'R', path: 'topics/letter-r.html' }]);
  assert.equal(model.decisions.years.map((y) => [y.year, y.count]), [['2021', 2], ['2020', 1]]);
  assert.equal(model.decisionYears.map((y) => [y.year, y.count, y.years.map((l) => l.count)]), [['2021', 2, [undefined, undefined]], ['2020', 1, [undefined, undefined]]]);
});

test('unsigned (no cache): everything rendered, no signature computed', () => {
  const ms = [first, other];
  const signed = planBuild(siteModel(ms), keys(ms), 'salt', null, new Set());
  const plan = planBuild(siteModel(ms), keys(ms), 'salt', signed.manifest, everything(signed.manifest), false);
  assert.is(plan.signed, false);
  assert.equal(rendered(plan), rendered(signed), 'the same pages as a first build');
  assert.equal(Object.keys(plan.manifest.files), Object.keys(signed.manifest.files));
  assert.ok(Object.values(plan.manifest.files).every((sig) => sig === ''));
  const files = [{ path: 'search/a.js', content: 'x', digest: 'd' }];
  assert.equal(planFiles(plan, files, signed.manifest, new Set(['search/a.js'])), files, 'index files all written');
  assert.is(plan.manifest.files['search/a.js'], '');
});

test.run();
