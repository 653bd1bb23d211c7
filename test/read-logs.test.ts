// Reading the logs folder (src/read-logs.ts): with keepLines false, as the
// build reads, meetings come without their lines but with everything else,
// and what the later phases need of the lines (their count, the nicks) is
// kept beside them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCache } from '../src/cache.js';
import { lineStore } from '../src/line-store.js';
import { listLogs, meetbotOutputs, readAndParse, readNotes } from '../src/read-logs.js';
import { nicksOf } from '../src/search/keys.js';
import { parseLog } from '../src/pipeline.js';
import { createProgress } from '../src/progress.js';

const LOGS = path.join(import.meta.dirname, 'fixtures', 'logs');
const filesUnder = (dir: string) => (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => f.split(path.sep).join('/'));

test('without lines: the same meetings, their line counts and nicks beside them', async () => {
  const { files } = await listLogs(LOGS);
  const whole = await readAndParse(LOGS, files);
  const lean = await readAndParse(LOGS, files, undefined, undefined, { keepLines: false });
  assert.ok(whole.meetings.length > 5, 'fixtures hold meetings');
  assert.is(lean.meetings.length, whole.meetings.length);
  whole.meetings.forEach((m, k) => {
    const l = lean.meetings[k];
    assert.equal(l.lines, [], `${m.id}: lines let go`);
    assert.equal({ ...l, lines: m.lines }, JSON.parse(JSON.stringify(m)), `${m.id}: the rest as parsed`);
    const source = lean.sources.get(m.id)!;
    assert.is(source.count, m.lines.length, `${m.id}: its line count`);
    assert.equal(source.nicks, nicksOf(m), `${m.id}: its nicks`);
    assert.is(whole.sources.get(m.id)!.nicks, undefined, 'kept lines: no need');
  });
  assert.equal(lean.diagnostics, whole.diagnostics);
});

test('a logs folder that is a file says so and names `minutebook parse` for one log, not "create it"', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-logs-file-'));
  try {
    const file = path.join(dir, 'x.log.txt');
    fs.writeFileSync(file, '10:00:00 <alice> hi\n');
    const message = await listLogs(file).then(() => '', (err: Error) => err.message);
    assert.is(message, `logs folder "${file}" is a file, not a folder: give the folder your meeting logs are in (--logs DIR), or read this one log with minutebook parse ${file}`);
    const missing = await listLogs(path.join(dir, 'nowhere')).then(() => '', (err: Error) => err.message);
    assert.match(missing, /not found: create it/, 'a folder that is not there: create it, as before');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a repository's README, LICENSE and the like, dotfiles, images, PDFs and archives are not logs, in any case", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-not-logs-'));
  try {
    const put = (rel: string, text = 'x') => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    for (const rel of ['README.md', 'readme.txt', 'LICENSE', 'License.txt', 'COPYING', 'CHANGELOG.md', 'CONTRIBUTING.md', '.gitkeep', 'team/photo.PNG', 'team/agenda.pdf', 'team/old.tar.gz', 'team/notes.series.md']) put(rel);
    put('team/team.2020-01-02-10.00.log.txt', '10:00:00 <alice> hi\n');
    put('team/licensed-meeting.log', '10:00:00 <alice> hi\n');
    for (const rel of ['slack/Users.JSON', 'slack/channels.json', 'team/LICENCE.markdown', 'team/Readme', 'team/x.series.MD']) put(rel);
    assert.equal((await listLogs(dir)).files, ['team/licensed-meeting.log', 'team/team.2020-01-02-10.00.log.txt']);
    // A folder named so is no log, but what it holds is read (as it always was): a log in "old.zip/" or "readme/".
    put('old.zip/team.2019-01-02-10.00.log.txt', '10:00:00 <alice> hi\n');
    put('readme/notes.log', '10:00:00 <alice> hi\n');
    put('team/users.json.log', '10:00:00 <alice> hi\n');
    assert.equal((await listLogs(dir)).files, ['old.zip/team.2019-01-02-10.00.log.txt', 'readme/notes.log', 'team/licensed-meeting.log', 'team/team.2020-01-02-10.00.log.txt', 'team/users.json.log']);
    for (const rel of ['old.zip', 'readme', 'team/users.json.log']) fs.rmSync(path.join(dir, rel), { recursive: true });
    assert.equal((await listLogs(dir)).diagnostics, []);
    // Without them, nothing is left to read: a warning says why the site will have no meeting.
    fs.rmSync(path.join(dir, 'team/team.2020-01-02-10.00.log.txt'));
    fs.rmSync(path.join(dir, 'team/licensed-meeting.log'));
    const none = await listLogs(dir);
    assert.equal(none.files, []);
    assert.equal(none.diagnostics.map((d) => [d.file, d.line, d.level]), [[dir, 0, 'warning']]);
    assert.match(none.diagnostics[0].message, /^holds no log, so the site has no meeting: put your meeting logs in it/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a link loop in the logs folder is not followed: each log read once, a warning names the link (no ELOOP)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-link-loop-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(path.join(logs, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(logs, 'sub', 'team.2020-01-02-10.00.log.txt'), '10:00:00 <alice> #startmeeting\n10:01:00 <alice> #endmeeting\n');
    fs.writeFileSync(path.join(logs, 'sub', 'team.series.md'), '# Team\n');
    fs.symlinkSync('..', path.join(logs, 'sub', 'loop'), 'dir');
    fs.symlinkSync(dir, path.join(logs, 'up'), 'dir');
    const list = await listLogs(logs);
    assert.equal(list.files, ['sub/team.2020-01-02-10.00.log.txt']);
    assert.equal(list.diagnostics.map((d) => [d.file, d.level]), [[path.join(logs, 'sub', 'loop'), 'warning'], [path.join(logs, 'up'), 'warning']]);
    assert.match(list.diagnostics[0].message, /^links back to a folder it is in \(.*\), a loop; not followed/);
    assert.is((await readNotes(logs)).length, 1, 'the series notes once');
    assert.is((await readAndParse(logs, list.files)).meetings.length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a linked folder kept elsewhere is read; a second link to a folder or a file already read is skipped with an info', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-link-twice-'));
  try {
    const logs = path.join(dir, 'logs');
    const elsewhere = path.join(dir, 'elsewhere', 'ops');
    fs.mkdirSync(path.join(logs, 'team'), { recursive: true });
    fs.mkdirSync(elsewhere, { recursive: true });
    fs.writeFileSync(path.join(logs, 'team', 'team.2020-01-02-10.00.log.txt'), '10:00:00 <alice> hi\n');
    fs.writeFileSync(path.join(elsewhere, 'ops.2020-01-03-10.00.log.txt'), '10:00:00 <bob> hi\n');
    fs.symlinkSync(elsewhere, path.join(logs, 'ops'), 'dir');
    // Before "team" in path order: the folder itself is read, the link skipped.
    fs.symlinkSync('team', path.join(logs, 'a-team'), 'dir');
    fs.symlinkSync('ops', path.join(logs, 'z-ops'), 'dir');
    fs.symlinkSync('team.2020-01-02-10.00.log.txt', path.join(logs, 'team', 'again.log.txt'));
    const list = await listLogs(logs);
    assert.equal(list.files, ['ops/ops.2020-01-03-10.00.log.txt', 'team/team.2020-01-02-10.00.log.txt']);
    assert.equal(
      list.diagnostics.map((d) => [path.relative(logs, d.file), d.level, d.message]),
      [
        ['a-team', 'info', 'links to team/, read already; skipped, so its meetings are published once'],
        ['team/again.log.txt', 'info', 'links to team/team.2020-01-02-10.00.log.txt, read already; skipped, so its meetings are published once'],
        ['z-ops', 'info', 'links to ops/, read already; skipped, so its meetings are published once'],
      ],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("MeetBot's own outputs beside the raw log are not logs; a log page with no raw log beside it is", async () => {
  assert.equal(
    [
      ...meetbotOutputs([
        'a/team.2020-01-02-10.00.html',
        'a/team.2020-01-02-10.00.log.html',
        'a/team.2020-01-02-10.00.log.txt',
        'a/team.2020-01-02-10.00.txt',
        'b/ops.2021-05-06-12.00.html',
        'b/ops.2021-05-06-12.00.log.html',
        'b/ops.2021-05-06-12.00.txt',
        'c/notes.txt',
      ]),
    ].filter((f) => !/\.(rst|rst\.html|mw\.txt)$/.test(f)).sort(),
    ['a/team.2020-01-02-10.00.html', 'a/team.2020-01-02-10.00.log.html', 'a/team.2020-01-02-10.00.txt', 'b/ops.2021-05-06-12.00.html', 'b/ops.2021-05-06-12.00.txt'],
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  try {
    const page = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'meetbot-html', 'asbroker.2018-10-02-13.31.log.html'));
    const raw = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'meetbot', 'asbroker.2018-10-02-13.31.log.txt'));
    const minutes = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'meetbot', 'asbroker.2018-10-02-13.31.txt'));
    const otherPage = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'meetbot-html', 'fedora_iot_working_group_meeting.2020-06-10-14.10.log.html'));
    const otherRaw = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'meetbot', 'fedora_iot_working_group_meeting.2020-06-10-14.10.log.txt'));
    for (const [rel, bytes] of [
      ['both/asbroker.2018-10-02-13.31.log.txt', raw],
      ['both/asbroker.2018-10-02-13.31.log.html', page],
      ['both/asbroker.2018-10-02-13.31.txt', minutes],
      ['page-only/fedora_iot_working_group_meeting.2020-06-10-14.10.log.html', otherPage],
      ['page-only/fedora_iot_working_group_meeting.2020-06-10-14.10.txt', minutes],
    ] as const) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), bytes);
    }
    const { files } = await listLogs(dir);
    assert.equal(files, ['both/asbroker.2018-10-02-13.31.log.txt', 'page-only/fedora_iot_working_group_meeting.2020-06-10-14.10.log.html']);
    const read = await readAndParse(dir, files);
    assert.equal(read.diagnostics.filter((d) => d.level !== 'info'), []);
    assert.equal(read.meetings.map((m) => m.id), ['asbroker/2018/asbroker.2018-10-02-13.31', 'fedora_iot_working_group_meeting/2020/fedora_iot_working_group_meeting.2020-06-10-14.10']);
    const [fromPage] = parseLog(otherRaw, 'x.log.txt').meetings;
    assert.equal(read.meetings[1].items, fromPage.items);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a Slack export's users.json names the people its day files give by id only; a new users.json parses them again", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-cache-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(path.join(logs, 'general'), { recursive: true });
    const users = (bob: string) => JSON.stringify([{ id: 'U01', name: 'alice' }, { id: 'U02', name: bob, profile: { real_name: 'Bob Jones' } }]);
    fs.writeFileSync(path.join(logs, 'users.json'), users('bob'));
    // An old export: no user_profile on its messages.
    const day = [
      { type: 'message', ts: '1696514400.0001', user: 'U01', text: '#startmeeting Weekly' },
      { type: 'message', ts: '1696514410.0001', user: 'U01', text: '#action <@U02> to tag' },
      { type: 'message', ts: '1696514420.0001', user: 'U02', text: 'ok' },
      { type: 'message', ts: '1696514430.0001', user: 'U01', text: '#endmeeting' },
    ];
    fs.writeFileSync(path.join(logs, 'general', '2023-10-05.json'), JSON.stringify(day));
    const read = async () => {
      const { files } = await listLogs(logs);
      return readAndParse(logs, files, parseCache(cacheDir), undefined, { keepLines: false });
    };
    const first = await read();
    const [m] = first.meetings;
    assert.equal(m.people.map((p) => p.nick), ['alice', 'bob']);
    assert.equal(m.items.map((i) => [i.text, i.assignees ?? []]), [['@bob to tag', ['bob']]]);
    assert.is(first.parsed, 1);
    // Its lines read back as parsed, with the same names.
    const store = lineStore(first.sources, first.meetings);
    store.load(first.meetings);
    assert.equal(first.meetings[0].lines.map((l) => l.nick), ['alice', 'alice', 'bob', 'alice']);
    assert.is((await read()).cached, 1, 'unchanged: from the cache');
    fs.writeFileSync(path.join(logs, 'users.json'), users('bobby'));
    const renamed = await read();
    assert.is(renamed.parsed, 1, 'users.json changed: parsed again');
    assert.equal(renamed.meetings[0].people.map((p) => p.nick), ['alice', 'bobby']);
    fs.writeFileSync(path.join(logs, 'users.json'), '{"not": "users"}');
    const broken = await read();
    assert.equal(broken.meetings[0].people.map((p) => p.nick), ['U01', 'U02'], 'the ids, as the messages give them');
    assert.ok(broken.diagnostics.some((d) => d.level === 'warning' && d.file.endsWith('users.json')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("the settings' relays reach the parse, its cache key and the lines read back", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-cache-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(logs);
    // One name only, no bridge-like nick, no /me: not a relay by its shape.
    const said = ['<alice> #startmeeting', '<helper> <bob> hi', '<alice> hi bob', '<helper> <bob> done', '<alice> ok', '<helper> <bob> bye', '<alice> #endmeeting'];
    fs.writeFileSync(path.join(logs, 'team.2020-01-02-10.00.log.txt'), said.map((l, k) => `10:00:0${k} ${l}`).join('\n') + '\n');
    const read = async (relays?: Record<string, boolean>) => {
      const { files } = await listLogs(logs);
      return readAndParse(logs, files, parseCache(cacheDir), undefined, { keepLines: false, ...(relays ? { relays } : {}) });
    };
    const people = (r: Awaited<ReturnType<typeof read>>) => r.meetings[0].people.map((p) => p.nick).sort();
    const plain = await read();
    assert.equal(people(plain), ['alice', 'helper']);
    const declared = await read({ Helper: true });
    assert.is(declared.parsed, 1, 'a new setting: parsed again');
    assert.equal(people(declared), ['alice', 'bob']);
    const store = lineStore(declared.sources, declared.meetings);
    store.load(declared.meetings);
    assert.equal(declared.meetings[0].lines.filter((l) => l.via).map((l) => [l.nick, l.text, l.via]), [
      ['bob', 'hi', 'helper'],
      ['bob', 'done', 'helper'],
      ['bob', 'bye', 'helper'],
    ]);
    assert.is((await read({ Helper: true })).cached, 1, 'the same setting: from the cache');
    assert.is((await read()).cached, 1, 'none again: the first entry');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

test("the settings' aliases reach the parse and its cache key: an action naming one is its person's", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-cache-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(logs);
    const said = ['<ally> #startmeeting', '<bob> hi', '<ally> #action alice to send the notes', '<ally> #endmeeting'];
    fs.writeFileSync(path.join(logs, 'team.2020-01-02-10.00.log.txt'), said.map((l, k) => `10:00:0${k} ${l}`).join('\n') + '\n');
    const read = async (aliases?: Record<string, string[]>, relays?: Record<string, boolean>) => {
      const { files } = await listLogs(logs);
      return readAndParse(logs, files, parseCache(cacheDir), undefined, { keepLines: false, ...(aliases ? { aliases } : {}), ...(relays ? { relays } : {}) });
    };
    const owners = (r: Awaited<ReturnType<typeof read>>) => r.meetings[0].items.filter((i) => i.kind === 'action').map((i) => i.assignees);
    assert.equal(owners(await read()), [[]]);
    const declared = await read({ alice: ['ally'] });
    assert.is(declared.parsed, 1, 'a new setting: parsed again');
    assert.equal(owners(declared), [['ally']]);
    assert.is((await read({ alice: ['ally'] })).cached, 1, 'the same setting: from the cache');
    const both = await read({ alice: ['ally'] }, { bob: false });
    assert.is(both.parsed, 1, 'relays as well: another key');
    assert.equal(owners(both), [['ally']]);
    assert.is((await read()).cached, 1, 'none again: the first entry');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('from the parse cache: the same meetings without lines, the same counts and nicks', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  try {
    const { files } = await listLogs(LOGS);
    const first = await readAndParse(LOGS, files, parseCache(dir), undefined, { keepLines: false });
    const written = filesUnder(dir);
    assert.is(written.filter((f) => f.startsWith('parse/')).length, files.length, 'an entry per log, all written when it returns');
    assert.equal(written.filter((f) => f.endsWith('.tmp')), [], 'none half written');
    const again = await readAndParse(LOGS, files, parseCache(dir), undefined, { keepLines: false });
    assert.is(first.parsed, files.length);
    assert.is(again.cached, files.length, 'every log from the cache');
    assert.equal(again.meetings, first.meetings);
    assert.equal(again.sources, first.sources, 'counts and nicks as parsed');
    assert.ok([...again.sources.values()].every((s) => Array.isArray(s.nicks)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a read stopped halfway (an interrupt) leaves whole entries only, and none being written', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  try {
    const { files } = await listLogs(LOGS);
    let ticks = 0;
    const progress = createProgress({ quiet: true });
    progress.tick = () => {
      if (++ticks > 20) throw new Error('interrupted');
    };
    await readAndParse(LOGS, files, parseCache(dir), progress, { keepLines: false }).then(
      () => assert.unreachable('the read goes on'),
      (err: Error) => assert.is(err.message, 'interrupted'),
    );
    const written = filesUnder(dir);
    assert.equal(written.filter((f) => f.endsWith('.tmp')), []);
    const entries = written.filter((f) => f.startsWith('parse/'));
    assert.is(entries.length, 20);
    for (const f of entries) JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the same logs named by an absolute, then a relative path: each its own entries (regression)', async () => {
  // The stat memo was keyed by the absolute path alone: a build with --logs /abs/logs, then one with
  // --logs logs, took the first one's entries (their source.file absolute) and the line store refused them
  // ("changed while the site was being built").
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  try {
    const relative = path.relative(process.cwd(), LOGS);
    const files = (await listLogs(LOGS)).files.slice(0, 5);
    const absolute = await readAndParse(LOGS, files, parseCache(dir), undefined, { keepLines: false });
    const again = await readAndParse(relative, files, parseCache(dir), undefined, { keepLines: false });
    assert.is(again.parsed, files.length, 'not taken from the entries of the absolute paths');
    for (const m of again.meetings) assert.ok(m.source.file.startsWith(relative), m.source.file);
    for (const m of absolute.meetings) assert.ok(path.isAbsolute(m.source.file), m.source.file);
    const third = await readAndParse(relative, files, parseCache(dir), undefined, { keepLines: false });
    assert.is(third.cached, files.length, 'each from its own entry');
    assert.equal(third.meetings, again.meetings);
    lineStore(third.sources, third.meetings).load(third.meetings);
    assert.ok(third.meetings.every((m) => m.lines.length === third.sources.get(m.id)!.count), 'their lines read back');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a log written a moment ago is hashed again next time, not trusted by its stat (racily clean)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-read-logs-test-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.mkdirSync(logs);
    const rel = 'oslo.2016-11-07-16.00.log.txt';
    const file = path.join(logs, rel);
    fs.copyFileSync(path.join(LOGS, 'seeds', rel), file);
    const known = () => parseCache(path.join(dir, 'cache')).knownKey({ file, relPath: rel }, fs.statSync(file));
    const first = await readAndParse(logs, [rel], parseCache(path.join(dir, 'cache')));
    assert.is(first.parsed, 1);
    assert.is(known(), undefined, 'just written: a same-size write within the clock tick would not show in its stat');
    const hourAgo = new Date(Date.now() - 3600_000);
    fs.utimesSync(file, hourAgo, hourAgo);
    const again = await readAndParse(logs, [rel], parseCache(path.join(dir, 'cache')));
    assert.is(again.cached, 1, 'the same bytes: from the cache');
    assert.is(known(), again.parseKeys.values().next().value!.split(':')[0], 'older: remembered by its stat');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the settings' ignore: a name at any depth, a path from the logs folder, a folder; what it names is not listed, walked or warned of", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-ignore-'));
  try {
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    const LOG = '10:00:00 <alice> #startmeeting\n10:01:00 <alice> #endmeeting\n';
    put('agenda.md', '# Agenda\n\n- the release\n- the budget\n');
    put('TODO.txt', 'Fix the wiki.\nAsk about the budget.\n');
    put('team/TODO.txt', LOG);
    put('team/team.2020-01-02-10.00.log.txt', LOG);
    put('team/team.series.md', '# Team\n');
    put('team/old', LOG);
    put('old/team.2019-01-02-10.00.log.txt', LOG);
    put('drafts/team.2021-01-02-10.00.log.txt', LOG);
    put('drafts/ops.series.md', '# Ops\n');
    fs.symlinkSync('..', path.join(dir, 'drafts', 'loop'), 'dir');
    fs.symlinkSync('../agenda.md', path.join(dir, 'team', 'agenda.md'));
    const all = await listLogs(dir);
    assert.equal(all.files, ['TODO.txt', 'agenda.md', 'drafts/team.2021-01-02-10.00.log.txt', 'old/team.2019-01-02-10.00.log.txt', 'team/TODO.txt', 'team/old', 'team/team.2020-01-02-10.00.log.txt']);
    assert.equal(all.diagnostics.map((d) => path.relative(dir, d.file)), ['drafts/loop', 'team/agenda.md']);
    // Not a log, and without the setting an error: it says how to leave it out.
    const agenda = await readAndParse(dir, ['agenda.md']);
    assert.equal(agenda.diagnostics.map((d) => d.level), ['error']);
    assert.match(agenda.diagnostics[0].message, /^not a recognized chat log: .*; skipped \(list it under `ignore` in the settings if it is not a log\)$/);

    // "/TODO.txt" is the one at the top only; "old/" a folder, not the log named "old".
    const ignore = ['agenda.md', '/TODO.txt', 'drafts/**', 'old/'];
    const some = await listLogs(dir, { ignore });
    assert.equal(some.files, ['team/TODO.txt', 'team/old', 'team/team.2020-01-02-10.00.log.txt']);
    assert.equal(some.diagnostics, [], 'no word of the loop in an ignored folder, or of a link named as ignored');
    assert.equal((await readNotes(dir)).map((n) => n.series), ['ops', 'team']);
    assert.equal((await readNotes(dir, { ignore })).map((n) => n.series), ['team'], 'notes in an ignored folder are not read');
    assert.is((await readAndParse(dir, some.files, undefined, undefined, { ignore })).meetings.length, 3);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
