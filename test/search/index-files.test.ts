// The search index as build.ts writes it: the files' shape, determinism,
// sharding, ranking sanity, filters, and that log text cannot run as script.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import vm from 'node:vm';
import fc from 'fast-check';
import { searchIndexFiles, type SearchFile } from '../../src/search/index-files.js';
import { decodeNumbers, encodeNumbers } from '../../src/search/encode.js';
import { siteModel } from '../../src/site/model.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';
import { memoryEngine, readSearchFile } from '../../bench/search-client.js';

const week = (day: string, said: [string, string][], series = 'team'): Meeting =>
  meeting(log(['alice', '#startmeeting'], ...said, ['alice', '#endmeeting']), `${series}.2020-01-${day}-10.00.log.txt`);

const HOSTILE = '"); window.pwned = 1; ("</script><script>pwned = 2</script>\u2028\u2029 \\" constructor __proto__ toString';
const meetings = [
  week('02', [
    ['alice', '#topic Etcd migration plan'],
    ['bob', 'I think etcd needs a newer version'],
    ['carol', 'the etcd cluster was down last night, polling etcd failed'],
    ['alice', '#action bob to upgrade etcd'],
    ['alice', '#agreed move to etcd 3.5 on Friday'],
    ['carol', 'liaisons please report red flags'],
  ]),
  week('09', [
    ['alice', '#topic Release notes'],
    ['bob', 'release notes drafted, see the wiki'],
    ['carol', HOSTILE],
    ['alice', '#info Café déjà vu'],
  ]),
  week('03', [['dave', '#topic Infra etcd backups'], ['erin', 'backups of etcd are nightly']], 'infra'),
];
const files = searchIndexFiles(meetings, siteModel(meetings));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

async function search(params: Record<string, string>, from: SearchFile[] = files) {
  const { engine } = memoryEngine(from);
  const result = await engine.search(params);
  const hits = [];
  for (const g of result.groups) {
    const d = await engine.meeting(g.meeting);
    for (const h of result.hitsOf(g)) hits.push({ meeting: d.id as string, kind: h.kind as string, text: d.docs[h.local][2] as string, line: d.docs[h.local][0] as number });
  }
  return { result: plain({ total: result.total, any: result.any, groups: result.groups.length }), hits };
}

test('numbers survive their text form', () => {
  fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (ns) => assert.equal(decodeNumbers(encodeNumbers(ns)), ns)));
});

test('every file is one minutebookSearch(name, …) call, under search/', () => {
  assert.ok(files.length >= 5);
  for (const f of files) {
    assert.match(f.path, /^search\/(manifest|[tp]\/[0-9-]+\/\d+|d\/[a-z0-9._-]+\/\d{4}-\d\d-\d\d-\d\d\.\d\d(-\d+)?)\.js$/);
    const data = readSearchFile(f.path.slice(7, -3), f.content);
    assert.ok(data !== undefined);
  }
});

test('the same meetings, in any order, give the same bytes', () => {
  const again = searchIndexFiles([...meetings].reverse(), siteModel([...meetings].reverse()));
  assert.equal(again, files);
});

test('log text cannot leave its string: each file runs as exactly one call, touching nothing else', () => {
  for (const f of files) {
    const calls: unknown[][] = [];
    const context = vm.createContext({ minutebookSearch: (...args: unknown[]) => calls.push(args) });
    vm.runInContext(f.content, context);
    assert.is(calls.length, 1, f.path);
    assert.equal(Object.keys(context).sort(), ['minutebookSearch'], `${f.path} defined globals`);
  }
  const doc = files.filter((f) => f.path.startsWith('search/d/')).map((f) => readSearchFile(f.path.slice(7, -3), f.content));
  assert.ok(doc.some((d) => d.docs.some((row: unknown[]) => row[2] === HOSTILE)), 'the hostile line comes back unchanged');
});

test('a word finds its lines and items; the topic ranks first', async () => {
  const { result, hits } = await search({ q: 'etcd' });
  assert.is(result.total, 7);
  assert.is(result.groups, 2);
  assert.is(hits[0].kind, 'topic');
  assert.is(hits[0].text, 'Etcd migration plan');
  assert.ok(hits.some((h) => h.kind === 'line' && h.text.startsWith('the etcd cluster')));
});

test('every word must match; the last one also as a prefix while typed', async () => {
  assert.equal((await search({ q: 'etcd polling' })).hits.map((h) => h.line), [4]);
  assert.equal((await search({ q: 'liai' })).hits.map((h) => h.text), ['liaisons please report red flags']);
  assert.is((await search({ q: 'liai ' })).result.total, 0, 'a finished word is not a prefix');
  assert.equal((await search({ q: 'cafe deja' })).hits.map((h) => h.kind), ['item']);
});

test('a word typed in full ranks above the longer words it begins, however rare they are ("meeting" put "No more friday meetings" first)', async () => {
  const some = [
    week('16', [['alice', '#topic Next meeting logistics'], ['bob', 'the meeting room is booked'], ['carol', 'meeting at noon then'], ['dave', 'which meeting?']]),
    week('23', [['alice', '#agreed No more friday meetings'], ['bob', 'meetingbot is down']]),
  ];
  const found = async (q: string) => (await search({ q }, searchIndexFiles(some, siteModel(some)))).hits;
  const hits = await found('meeting');
  assert.is(hits[0].text, 'Next meeting logistics', 'the topic with the word itself first');
  const first = hits.findIndex((h) => !/\bmeeting\b/i.test(h.text));
  const last = hits.map((h) => /\bmeeting\b/i.test(h.text)).lastIndexOf(true);
  assert.ok(first > last, `every hit with the word itself before any with a longer one: ${hits.map((h) => h.text).join(' | ')}`);
  assert.ok(hits.some((h) => h.text === 'No more friday meetings'), 'the longer words are still found');
  assert.equal((await found('meetin')).length, hits.length, 'a word not typed in full finds them all');
});

test('a version number is a word of its own: 2.0 finds the line that says it, not every 2 and 0', async () => {
  const release = [week('16', [['alice', '#topic Release 2.0'], ['bob', 'we ship 2.0.1 on Monday'], ['carol', 'version 12.0 had 2 bugs and 0 docs']])];
  const found = async (q: string) => (await search({ q }, searchIndexFiles(release, siteModel(release)))).hits.map((h) => h.text);
  assert.equal(await found('2.0 '), ['Release 2.0']);
  assert.equal(await found('2.0'), ['Release 2.0', 'we ship 2.0.1 on Monday'], 'typed last: also the longer versions');
  const tagged = [week('23', [['alice', '#topic Monero v0.14.1.0'], ['bob', 'python3.8 is required']])];
  const inTagged = async (q: string) => (await search({ q }, searchIndexFiles(tagged, siteModel(tagged)))).hits.map((h) => h.text);
  assert.equal(await inTagged('0.14.1.0 '), ['Monero v0.14.1.0'], 'the version without the letters before it');
  assert.equal(await inTagged('3.8 '), ['python3.8 is required']);
});

test('when no line has every word, lines with some of them, and the result says so', async () => {
  const { result } = await search({ q: 'backups wiki ' });
  assert.ok(result.any);
  assert.is(result.total, 2 + 1);
});

test('filters: kind, series, person, dates', async () => {
  assert.equal((await search({ q: 'etcd', kind: 'action' })).hits.map((h) => h.text), ['bob to upgrade etcd']);
  assert.equal((await search({ q: 'etcd', kind: 'decision' })).hits.map((h) => h.text), ['move to etcd 3.5 on Friday']);
  assert.ok((await search({ q: 'etcd', series: 'infra' })).hits.every((h) => h.meeting.startsWith('infra/')));
  assert.equal((await search({ q: 'etcd', person: 'carol' })).hits.map((h) => h.line), [4]);
  assert.equal((await search({ q: 'etcd', from: '2020-01-03', to: '2020-01-08' })).hits.map((h) => h.meeting), ['infra/2020/infra.2020-01-03-10.00', 'infra/2020/infra.2020-01-03-10.00']);
});

test('filters without words: everything they allow, newest meeting first, each meeting in line order; no filter, nothing', async () => {
  const topics = await search({ q: '', kind: 'topic' });
  assert.equal(topics.hits.map((h) => h.text), ['Release notes', 'Etcd migration plan']);
  const carol = await search({ person: 'carol' });
  assert.equal(carol.hits.map((h) => [h.meeting, h.line]), [['team/2020/team.2020-01-09-10.00', 4], ['team/2020/team.2020-01-02-10.00', 4], ['team/2020/team.2020-01-02-10.00', 7]]);
  assert.equal((await search({ series: 'infra', sort: 'old' })).hits.map((h) => h.line), [1, 2, 3, 4]);
  assert.equal((await search({ person: 'carol', from: '2020-01-05' })).hits.map((h) => h.line), [4]);
  assert.equal((await search({ q: '' })).result, { total: 0, any: false, groups: 0 });
  assert.equal((await search({ q: '', sort: 'new' })).result, { total: 0, any: false, groups: 0 }, 'an order is no filter');
});

test('results by date: newest or oldest meeting first, best match otherwise', async () => {
  const order = async (sort?: string) => [...new Set((await search({ q: 'etcd', ...(sort === undefined ? {} : { sort }) })).hits.map((h) => h.meeting))];
  const team = 'team/2020/team.2020-01-02-10.00';
  const infra = 'infra/2020/infra.2020-01-03-10.00';
  assert.equal(await order(), [team, infra], 'the topic, action and decision outrank one topic');
  assert.equal(await order('new'), [infra, team]);
  assert.equal(await order('old'), [team, infra]);
  for (const odd of ['', 'constructor', '__proto__', 'NEW']) assert.equal(await order(odd), [team, infra], `sort=${odd}`);
  const { hits } = await search({ q: 'etcd', sort: 'new' });
  assert.is(hits.find((h) => h.meeting === team)?.kind, 'topic', "within a meeting, hits stay best first");
});

test("a meeting's results give its start in the site's time zone, as its pages do", () => {
  const berlin = searchIndexFiles(meetings, siteModel(meetings, [], { timezone: 'Europe/Berlin' }));
  const header = (from: SearchFile[], id: string) =>
    from.filter((f) => f.path.startsWith('search/d/')).map((f) => readSearchFile(f.path.slice(7, -3), f.content)).find((d) => d.id === id)?.when;
  assert.is(header(files, 'team/2020/team.2020-01-02-10.00'), '2020-01-02 10:00 UTC');
  assert.is(header(berlin, 'team/2020/team.2020-01-02-10.00'), '2020-01-02 11:00 CET');
  const untimed = [meeting(['<alice> #startmeeting', '<bob> etcd is up', '<alice> #endmeeting'], 'team.2020-01-02.log')];
  assert.is(header(searchIndexFiles(untimed, siteModel(untimed)), untimed[0].id), '2020-01-02', 'a log without times: its date alone');
});

test("the date filters take a meeting's date as its pages give it, in the site's time zone", async () => {
  const late = [meeting(['23:30:00 <alice> #startmeeting', '23:30:05 <bob> the etcd upgrade is done', '23:31:00 <alice> #endmeeting'], 'late.2020-01-02-23.30.log.txt')];
  const on = async (day: string, timezone?: string) =>
    (await search({ q: 'etcd', from: day, to: day }, searchIndexFiles(late, siteModel(late, [], { timezone })))).result.total;
  assert.equal([await on('2020-01-02'), await on('2020-01-03')], [1, 0], 'UTC: the 2nd');
  assert.equal([await on('2020-01-02', 'Europe/Berlin'), await on('2020-01-03', 'Europe/Berlin')], [0, 1], 'Berlin: 00:30 on the 3rd');
  assert.equal([await on('2020-01-02', 'America/New_York'), await on('2020-01-01', 'America/New_York')], [1, 0], 'New York: 18:30 on the 2nd');
});

test('a meeting whose log gives no date: found by its words, left out by any date filter, its clock as the log gives it', async () => {
  const undated = [meeting(['[10:00] <alice> #startmeeting', '[10:01] <bob> the etcd upgrade is done', '[10:02] <alice> #endmeeting'], 'x.log')];
  assert.is(undated[0].undated, true);
  for (const timezone of [undefined, 'America/New_York']) {
    const from = searchIndexFiles(undated, siteModel(undated, [], { timezone }));
    const total = async (dates: Record<string, string>) => (await search({ q: 'etcd', ...dates }, from)).result.total;
    assert.is(await total({}), 1, `${timezone}`);
    for (const dates of [{ from: '1970-01-01' }, { to: '1970-01-01' }, { from: '1969-12-31', to: '1970-01-02' }, { to: '2030-01-01' }]) assert.is(await total(dates), 0, `${timezone}: ${JSON.stringify(dates)}`);
    const doc = from.filter((f) => f.path.startsWith('search/d/')).map((f) => readSearchFile(f.path.slice(7, -3), f.content))[0];
    assert.is(doc.when, 'date unknown 10:00', `${timezone}`);
  }
});

test('words that are names of object properties are words like any other', async () => {
  assert.is((await search({ q: 'constructor ' })).result.total, 1);
  assert.is((await search({ q: 'tostring ' })).result.total, 1);
});

test('small shards and separate postings lists give the same results', async () => {
  const small = searchIndexFiles(meetings, siteModel(meetings), { shardBytes: 40, inlineChars: 2 });
  assert.ok(small.filter((f) => f.path.startsWith('search/t/')).length > 10);
  assert.ok(small.some((f) => f.path.startsWith('search/p/')));
  for (const q of ['etcd', 'etcd polling', 'rel', 'notes', 'liai']) assert.equal(await search({ q }, small), await search({ q }), q);
  assert.equal(await search({ q: 'etcd', person: 'bob' }, small), await search({ q: 'etcd', person: 'bob' }));
});

test('an archive with no meetings has an index that finds nothing', async () => {
  const empty = searchIndexFiles([], siteModel([]));
  assert.equal(empty.map((f) => f.path), ['search/manifest.js']);
  assert.is((await search({ q: 'etcd' }, empty)).result.total, 0);
});

test.run();
