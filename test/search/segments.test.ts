// How meetings are placed in the index (src/search/segments.ts): by time,
// a segment per year and, in the newest meeting's year, one per month; a new
// meeting changes its own segment, month and document file, nothing else.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { place, stampOf } from '../../src/search/segments.js';
import { searchIndexFiles, type SearchFile } from '../../src/search/index-files.js';
import { siteModel } from '../../src/site/model.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';
import { engineRealm, memoryEngine } from '../../bench/search-client.js';

const held = (stamp: string, words: string, series = 'team'): Meeting =>
  meeting(log(['alice', '#startmeeting'], ['alice', `#topic ${words}`], ['bob', `${words} again`], ['alice', '#endmeeting']), `${series}.${stamp}.log.txt`);

const archive = [
  held('2018-03-01-10.00', 'etcd plans'),
  held('2019-07-04-10.00', 'etcd upgrade'),
  held('2019-12-30-10.00', 'year end'),
  held('2020-01-02-10.00', 'new year etcd'),
  held('2020-02-06-10.00', 'february'),
  held('2020-02-06-10.00', 'the other series', 'infra'),
];

test('a segment per year, and per month in the newest year; meetings in time order', () => {
  const placed = place([...archive].reverse());
  assert.equal(
    placed.segments.map((s) => [s.name, s.to - s.from]),
    [
      ['2018', 1],
      ['2019', 2],
      ['2020-01', 1],
      ['2020-02', 2],
    ],
  );
  assert.equal(placed.months.map((m) => m.name), ['2018-03', '2019-07', '2019-12', '2020-01', '2020-02']);
  assert.equal(placed.ordered.map((p) => p.file), [
    'd/team/2018-03-01-10.00',
    'd/team/2019-07-04-10.00',
    'd/team/2019-12-30-10.00',
    'd/team/2020-01-02-10.00',
    'd/infra/2020-02-06-10.00',
    'd/team/2020-02-06-10.00',
  ]);
});

test('two meetings of a series in the same minute: the second file is "-2"', () => {
  const twin = { ...held('2020-02-06-10.00', 'again'), id: 'team/2020/team.2020-02-06-10.00-2' };
  assert.equal(place([...archive, twin]).ordered.filter((p) => p.meeting.series === 'team').slice(-2).map((p) => p.file), ['d/team/2020-02-06-10.00', 'd/team/2020-02-06-10.00-2']);
});

test('the browser names document files as the build does', () => {
  const browser = engineRealm().MinutebookSearchEngine;
  for (const minute of [0, 26_000_000, 27_890_123, -5_000_000, 4_000_000_000]) assert.is(browser.stampOf(minute), stampOf(minute), String(minute));
});

const byPath = (files: SearchFile[]) => new Map(files.map((f) => [f.path, f.content]));

test('a new meeting in the newest month changes that month only, and the manifest', () => {
  const before = byPath(searchIndexFiles(archive.slice(0, 5), siteModel(archive.slice(0, 5))));
  const after = byPath(searchIndexFiles(archive, siteModel(archive)));
  const changed = [...after].filter(([p, c]) => before.get(p) !== c).map(([p]) => p);
  const gone = [...before.keys()].filter((p) => !after.has(p));
  assert.equal(gone, []);
  assert.ok(changed.includes('search/manifest.js'));
  assert.ok(changed.includes('search/d/infra/2020-02-06-10.00.js'));
  assert.ok(changed.every((p) => p === 'search/manifest.js' || p.startsWith('search/t/2020-02/') || p.startsWith('search/p/2020-02/') || p === 'search/d/infra/2020-02-06-10.00.js'), changed.join(', '));
});

test('the first meeting of a new year folds last year\'s months into one segment', () => {
  const next = [...archive, held('2021-01-07-10.00', 'next year')];
  const paths = searchIndexFiles(next, siteModel(next)).map((f) => f.path);
  assert.ok(paths.some((p) => p.startsWith('search/t/2020/')));
  assert.ok(paths.some((p) => p.startsWith('search/t/2021-01/')));
  assert.not.ok(paths.some((p) => p.startsWith('search/t/2020-02/')));
});

test('a search finds its words in every segment, each hit in its own meeting and line', async () => {
  const { engine } = memoryEngine(searchIndexFiles(archive, siteModel(archive)));
  const found = async (params: Record<string, string>) => {
    const result = await engine.search(params);
    const hits: string[] = [];
    for (const g of result.groups) {
      const d = await engine.meeting(g.meeting);
      for (const h of result.hitsOf(g)) hits.push(`${d.id} ${h.kind} ${d.docs[h.local][2]}`);
    }
    return hits.sort();
  };
  assert.equal(await found({ q: 'etcd ' }), [
    'team/2018/team.2018-03-01-10.00 line etcd plans again',
    'team/2018/team.2018-03-01-10.00 topic etcd plans',
    'team/2019/team.2019-07-04-10.00 line etcd upgrade again',
    'team/2019/team.2019-07-04-10.00 topic etcd upgrade',
    'team/2020/team.2020-01-02-10.00 line new year etcd again',
    'team/2020/team.2020-01-02-10.00 topic new year etcd',
  ]);
  assert.equal(await found({ q: 'etcd ', from: '2019-01-01', kind: 'topic' }), ['team/2019/team.2019-07-04-10.00 topic etcd upgrade', 'team/2020/team.2020-01-02-10.00 topic new year etcd']);
  assert.equal(await found({ q: 'the other', series: 'infra' }), ['infra/2020/infra.2020-02-06-10.00 line the other series again', 'infra/2020/infra.2020-02-06-10.00 topic the other series']);
  assert.equal(await found({ q: 'etcd ', person: 'bob' }), [
    'team/2018/team.2018-03-01-10.00 line etcd plans again',
    'team/2019/team.2019-07-04-10.00 line etcd upgrade again',
    'team/2020/team.2020-01-02-10.00 line new year etcd again',
  ]);
});

test.run();
