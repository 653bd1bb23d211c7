// The build as a whole: incremental builds give what a clean build gives,
// byte for byte; two builds of the same logs are identical; a failed or
// interrupted build leaves the previous site as it was; bad files are
// diagnostics while every other log still builds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, summaryLine, type BuildResult } from '../src/build.js';
import { createProgress } from '../src/progress.js';
import { filesOf as filesUnder } from '../src/output.js';

const REPO = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'logs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-build-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh working folder with the given logs (paths under test/fixtures/logs) in logs/. */
function workspace(...logs: string[]): { dir: string; logs: string; out: string; cache: string } {
  const dir = path.join(tmp, `w${n++}`);
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  for (const l of logs) fs.copyFileSync(path.join(FIXTURES, l), path.join(dir, 'logs', path.basename(l)));
  return { dir, logs: path.join(dir, 'logs'), out: path.join(dir, 'site'), cache: path.join(dir, 'cache') };
}

/** file → sha256 of its bytes, for every file of a folder. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

const SEEDS = ['seeds/oslo.2016-11-07-16.00.log.txt', 'seeds/weekly-syncup.2014-01-29-02.04.log.txt'];
const JENKINS = 'jenkins/jenkins-meeting.2016-01-20-19.03.log.txt';
const quiet = { quiet: true } as const;

test('an incremental build writes what a clean build writes, byte for byte: a log added, edited, removed', async () => {
  const w = workspace(...SEEDS);
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  const clean = (name: string) => build({ logsDir: w.logs, outDir: path.join(w.dir, name), cacheDir: null, ...quiet }).then(() => snapshot(path.join(w.dir, name)));

  fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, path.basename(JENKINS)));
  const added = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.ok(added.incremental);
  assert.is(added.parsed, 1, 'only the new log is parsed');
  assert.is(added.cached, 2);
  assert.equal(snapshot(w.out), await clean('clean-1'));

  const oslo = path.join(w.logs, 'oslo.2016-11-07-16.00.log.txt');
  fs.writeFileSync(oslo, fs.readFileSync(oslo, 'utf8').replace('courtesy ping', 'courtesy PING'));
  const edited = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.is(edited.parsed, 1);
  assert.ok(edited.written < filesUnder(w.out).length / 2, `an edit rewrote ${edited.written} of ${filesUnder(w.out).length} files`);
  assert.equal(snapshot(w.out), await clean('clean-2'));

  fs.rmSync(path.join(w.logs, path.basename(JENKINS)));
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.equal(snapshot(w.out), await clean('clean-3'));
  assert.not.ok(fs.existsSync(path.join(w.out, 'jenkins-meeting')), 'the removed meeting’s folder is gone');
});

test("a manifest is trusted only over the site it was written with: builds without the cache, or with another, between two with it", async () => {
  const w = workspace(...SEEDS);
  const oslo = path.join(w.logs, 'oslo.2016-11-07-16.00.log.txt');
  const original = fs.readFileSync(oslo, 'utf8');
  const withCache = (cacheDir: string | null) => build({ logsDir: w.logs, outDir: w.out, cacheDir, ...quiet });
  const clean = async (name: string) => {
    await build({ logsDir: w.logs, outDir: path.join(w.dir, name), cacheDir: null, ...quiet });
    return snapshot(path.join(w.dir, name));
  };
  await withCache(w.cache);
  // Without the cache: the site is replaced, the cache's manifest is not.
  fs.writeFileSync(oslo, original.replace('courtesy ping', 'courtesy PING'));
  await withCache(null);
  fs.writeFileSync(oslo, original);
  const back = await withCache(w.cache);
  assert.ok(back.pages > 0, 'not "nothing changed": the site on disk is the other build\'s');
  assert.equal(snapshot(w.out), await clean('clean-1'));
  // With another cache (another working folder): the same.
  fs.writeFileSync(oslo, original.replace('courtesy ping', 'courtesy PONG'));
  await withCache(path.join(w.dir, 'other-cache'));
  fs.writeFileSync(oslo, original);
  fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, path.basename(JENKINS)));
  await withCache(w.cache);
  assert.equal(snapshot(w.out), await clean('clean-2'));
  // Nothing changed: the site stays the manifest's, and the build after it still has nothing to do.
  assert.is((await withCache(w.cache)).written, 0);
  const idle = await withCache(w.cache);
  assert.equal([idle.written, idle.pages], [0, 0]);
});

test('nothing changed: nothing written; a note, a setting, a new file or a file gone from the site: built again as a clean build would', async () => {
  const w = workspace(...SEEDS);
  const again = (config?: object) => build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet, ...(config ? { config } : {}) });
  const clean = async (name: string, config?: object) => {
    await build({ logsDir: w.logs, outDir: path.join(w.dir, name), cacheDir: null, ...quiet, ...(config ? { config } : {}) });
    return snapshot(path.join(w.dir, name));
  };
  await again();
  const before = snapshot(w.out);
  const idle = await again();
  assert.is(idle.pages, 0);
  assert.is(idle.written, 0);
  assert.is(idle.meetings.length, 2, 'the meetings, from the cache');
  assert.equal(snapshot(w.out), before);

  fs.writeFileSync(path.join(w.logs, 'oslo.series.md'), '---\ntitle: Oslo team\n---\nWe meet on Mondays.\n');
  const noted = await again();
  assert.ok(noted.pages > 0, 'a new note: pages rendered');
  assert.equal(snapshot(w.out), await clean('clean-notes'));

  const titled = await again({ title: 'Our minutes' });
  assert.ok(titled.pages > 0, 'new settings: pages rendered');
  assert.equal(snapshot(w.out), await clean('clean-title', { title: 'Our minutes' }));

  fs.writeFileSync(path.join(w.logs, 'empty.log.txt'), '');
  const listed = await again({ title: 'Our minutes' });
  assert.ok(listed.pages > 0, 'a new file in the logs folder: built');

  const page = filesUnder(w.out).find((f) => f.endsWith('.log.html'))!;
  fs.rmSync(path.join(w.out, page));
  // A file of the search index: written again from its cache entry, whose content is read only now.
  const indexFile = filesUnder(w.out).find((f) => f.startsWith('search/d/'))!;
  fs.rmSync(path.join(w.out, indexFile));
  fs.writeFileSync(path.join(w.out, 'stray.txt'), 'not ours');
  await again({ title: 'Our minutes' });
  assert.ok(fs.existsSync(path.join(w.out, page)), 'the missing page written again');
  assert.ok(fs.existsSync(path.join(w.out, indexFile)), 'the missing index file written again');
  assert.not.ok(fs.existsSync(path.join(w.out, 'stray.txt')), 'a file no build wrote removed');
  assert.equal(snapshot(w.out), await clean('clean-file', { title: 'Our minutes' }));
  fs.writeFileSync(path.join(w.out, 'stray.txt'), 'not ours');
  const idleAgain = await again({ title: 'Our minutes' });
  assert.is(idleAgain.written, 0);
  assert.not.ok(fs.existsSync(path.join(w.out, 'stray.txt')), 'removed by a build with nothing to write too');
});

test('settings `title`, `description` and `url`: the home page, the site feed and the pages\' heads say them (the description was read and dropped)', async () => {
  const w = workspace(...SEEDS);
  const url = 'https://example.org/minutes/';
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet, config: { title: 'Our minutes', description: 'Weekly meetings of the <oslo> team.', url } });
  const read = (rel: string) => fs.readFileSync(path.join(w.out, rel), 'utf8');
  const said = 'Weekly meetings of the &lt;oslo&gt; team.';
  assert.match(read('index.html'), `<p class="lead">${said}</p>`);
  assert.match(read('feed.xml'), `<title>Our minutes</title>\n<subtitle>${said}</subtitle>`);
  for (const page of ['index.html', 'topics.html', 'people/index.html']) assert.match(read(page), `<meta name="description" content="${said}">`, page);
  const minutes = filesUnder(w.out).find((f) => /^oslo\/.*\d\.html$/.test(f))!;
  assert.match(read(minutes), /<meta name="description" content="\d+ topics?, \d+ action items?, \d+ decisions?, \d+ (person|people)\. Topics: [^"]+">/);
  assert.match(read(minutes), '<meta property="og:site_name" content="Our minutes">');
  // Each page's own address (the meetings' pages are made on the page workers, the rest by Eleventy).
  for (const page of ['index.html', 'topics.html', minutes, minutes.replace(/\.html$/, '.log.html')]) {
    assert.match(read(page), `<link rel="canonical" href="${url}${page}">`, page);
    assert.match(read(page), `<meta property="og:url" content="${url}${page}">`, page);
  }
  // The latest page's points at the meeting it sends to, by its full address too (it was relative).
  assert.match(read('oslo/latest.html'), `<link rel="canonical" href="${url}${minutes}">`);
});

test('settings `downloads`: a meeting gets only those files and links; fewer over a full site is what a clean build writes', async () => {
  const w = workspace(...SEEDS);
  const run = (out: string, downloads?: string[], cacheDir: string | null = w.cache) =>
    build({ logsDir: w.logs, outDir: out, cacheDir, ...quiet, ...(downloads ? { config: { downloads: downloads as ('txt' | 'md' | 'json' | 'log')[] } } : {}) });
  await run(w.out);
  const id = 'oslo/2016/oslo.2016-11-07-16.00';
  const files = () => filesUnder(w.out);
  assert.ok(['.txt', '.md', '.log.txt'].every((ext) => files().includes(id + ext)) && files().includes(`data/meetings/${id}.json`), 'all four by default');

  await run(w.out, ['txt', 'log']);
  assert.ok(files().includes(id + '.txt') && files().includes(id + '.log.txt'));
  assert.not.ok(files().includes(id + '.md'), 'no Markdown');
  assert.equal(files().filter((f) => f.startsWith('data/meetings/')), [], 'no data files');
  const index = JSON.parse(fs.readFileSync(path.join(w.out, 'data', 'index.json'), 'utf8'));
  assert.ok(index.meetings.length === 2 && index.meetings.every((m: { data: unknown }) => m.data === null), 'the index says there is no data file');
  const minutes = fs.readFileSync(path.join(w.out, id + '.html'), 'utf8');
  assert.match(minutes, `href="../../${id}.txt"`);
  assert.not.match(minutes, /\.md"|data\/meetings|\(\.json\)/, 'no link to what the site does not carry');
  assert.match(fs.readFileSync(path.join(w.out, id + '.log.html'), 'utf8'), /Raw log \(\.log\.txt\)/);
  const clean = path.join(w.dir, 'clean');
  await run(clean, ['txt', 'log'], null);
  assert.equal(snapshot(w.out), snapshot(clean), 'fewer over a full site: a clean build\'s bytes');

  await run(w.out, ['md']);
  assert.not.match(fs.readFileSync(path.join(w.out, id + '.log.html'), 'utf8'), /Raw log/, 'no raw log: no link from the log page');
  assert.ok(files().includes(id + '.md') && !files().includes(id + '.txt') && !files().includes(id + '.log.txt'));
  await run(w.out);
  await run(path.join(w.dir, 'clean-all'), undefined, null);
  assert.equal(snapshot(w.out), snapshot(path.join(w.dir, 'clean-all')), 'all again');
});

test('an incremental build, whose topic index is made on a thread of its own, writes the topic pages a clean build writes', async () => {
  const w = workspace(...SEEDS);
  const weekly = (day: number, topic: string) =>
    fs.writeFileSync(
      path.join(w.logs, `weekly.2020-03-${String(day).padStart(2, '0')}-10.00.log.txt`),
      ['10:00:00 <alice> #startmeeting weekly', '10:01:00 <alice> #topic Open discussion', `10:02:00 <alice> #topic ${topic}`, '10:03:00 <bob> hello', '10:04:00 <alice> #endmeeting', ''].join('\n'),
    );
  for (let day = 1; day <= 11; day++) weekly(day, `Item ${day}`);
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  const page = path.join(w.out, 'topics', 't', 'open-discussion.html');
  assert.ok(fs.existsSync(page), 'a topic of eleven meetings has a page of its own');
  const clean = async (name: string) => {
    await build({ logsDir: w.logs, outDir: path.join(w.dir, name), cacheDir: null, ...quiet });
    return snapshot(path.join(w.dir, name));
  };

  weekly(12, 'Item 12');
  const added = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.ok(added.incremental);
  assert.match(fs.readFileSync(page, 'utf8'), /weekly\.2020-03-12-10\.00\.html#t-2/);
  assert.equal(snapshot(w.out), await clean('clean-1'));

  fs.rmSync(page);
  weekly(3, 'Item three');
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.equal(snapshot(w.out), await clean('clean-2'), 'the page gone from the site is written again');
});

test('an attendee with no name, or one named by a mode prefix alone, has a page like anyone: the build does not fail', async () => {
  // Found by test/fuzz/site-links.test.ts: "<@>" was read as the nick "", whose page was people/.html, which Eleventy
  // refused, and the whole build failed.
  const w = workspace();
  fs.writeFileSync(path.join(w.logs, 'team.2020-01-02-10.00.log.txt'), ['10:00:00 <alice> #startmeeting', '10:00:01 <@> hi', '10:00:02 <alice> #endmeeting', ''].join('\n'));
  const r = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet });
  assert.is(r.meetings[0].people.map((p) => p.nick).join(' '), 'alice @');
  assert.ok(fs.existsSync(path.join(w.out, 'people', '_40_.html')));
});

test('two clean builds of the same logs are byte-identical', async () => {
  const w = workspace(...SEEDS, JENKINS, 'i2p/008.log');
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet });
  const first = snapshot(w.out);
  fs.rmSync(w.out, { recursive: true });
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet });
  assert.equal(snapshot(w.out), first);
});

test('the same logs in two folders, one named by its absolute path: the same site, and no path of the builder\'s disk in it', async () => {
  const a = workspace(...SEEDS, 'i2p/008.log');
  const b = workspace(...SEEDS, 'i2p/008.log');
  // One folder named as the working folder sees it, the other by its absolute path.
  await build({ logsDir: path.relative(process.cwd(), a.logs), outDir: a.out, cacheDir: null, ...quiet });
  await build({ logsDir: path.resolve(b.logs), outDir: b.out, cacheDir: null, ...quiet });
  assert.equal(snapshot(b.out), snapshot(a.out));
  const data = JSON.parse(fs.readFileSync(path.join(b.out, 'data', 'meetings', 'oslo', '2016', 'oslo.2016-11-07-16.00.json'), 'utf8'));
  assert.is(data.meeting.source.file, 'oslo.2016-11-07-16.00.log.txt');
  for (const f of filesUnder(b.out)) assert.not.ok(fs.readFileSync(path.join(b.out, f), 'latin1').includes(tmp), `${f} names ${tmp}`);
});

test('the render phase announces as many pages as it renders: the bar ends full', async () => {
  const w = workspace(...SEEDS, JENKINS);
  const phases = new Map<string, { total?: number; done: number }>();
  let current = '';
  const progress = {
    phase(name: string, total?: number) {
      phases.set((current = name), { total, done: 0 });
    },
    tick(k = 1) {
      phases.get(current)!.done += k;
    },
    end() {},
    line() {},
    timings: [],
  };
  const result = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, progress });
  const render = phases.get('render')!;
  assert.ok(result.pages > 2 * result.meetings.length);
  assert.equal([render.total, render.done], [result.pages, result.pages]);
});

test('meetings handed to the page workers one at a time write what runs of many write', async () => {
  const w = workspace(...SEEDS, JENKINS, 'i2p/008.log');
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet });
  const one = snapshot(w.out);
  fs.rmSync(w.out, { recursive: true });
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, meetingsPerRun: 1, ...quiet });
  assert.equal(snapshot(w.out), one);
});

test('a build that fails midway leaves the previous site intact, and no staging folder', async () => {
  const w = workspace(...SEEDS);
  await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  const before = snapshot(w.out);
  fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, path.basename(JENKINS)));
  // A progress reporter that fails on the fifth page: the failure comes from inside the render.
  const failing = createProgress({ quiet: true });
  let pages = 0;
  const tick = failing.tick;
  failing.tick = (k) => {
    if (++pages === 5) throw new Error('disk full');
    tick(k);
  };
  const error = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, progress: failing }).then(() => undefined, (e: Error) => e);
  assert.ok(error, 'the build failed');
  assert.equal(snapshot(w.out), before);
  assert.equal(fs.readdirSync(w.dir).sort(), ['cache', 'logs', 'site']);
});

test('Ctrl-C during a build leaves the previous site intact and exits 130', async () => {
  const w = workspace(...SEEDS);
  // Enough logs that the build is still running when the signal comes.
  for (let k = 0; k < 120; k++) fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, `jenkins-meeting.2016-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}-19.${String(k % 60).padStart(2, '0')}.log.txt`));
  const cli = (signalAfter?: RegExp) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO, 'bin', 'minutebook.js'), 'build', '--logs', w.logs, '--out', w.out], { cwd: w.dir, env: { ...process.env, CI: '1' } });
      let stderr = '';
      child.stderr.on('data', (c) => {
        stderr += c;
        if (signalAfter?.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', (code) => resolve({ code, stderr }));
    });
  fs.rmSync(path.join(w.logs, 'oslo.2016-11-07-16.00.log.txt'));
  assert.is((await cli()).code, 0);
  const before = snapshot(w.out);
  fs.copyFileSync(path.join(FIXTURES, SEEDS[0]), path.join(w.logs, path.basename(SEEDS[0])));
  fs.rmSync(path.join(w.dir, '.cache'), { recursive: true });
  const interrupted = await cli(/^model /m);
  assert.is(interrupted.code, 130, interrupted.stderr);
  assert.match(interrupted.stderr, /interrupted \(SIGINT\); .* is as it was before this build/);
  assert.equal(snapshot(w.out), before);
  assert.equal(fs.readdirSync(w.dir).sort(), ['.cache', 'logs', 'site']);
});

test('SIGTERM during a first build exits 143 and says nothing was written', async () => {
  const w = workspace(...SEEDS);
  for (let k = 0; k < 120; k++) fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, `jenkins-meeting.2016-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}-19.${String(k % 60).padStart(2, '0')}.log.txt`));
  const interrupted = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'minutebook.js'), 'build', '--logs', w.logs, '--out', w.out, '--no-cache'], { cwd: w.dir, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
      if (/^model /m.test(stderr) && !child.killed) child.kill('SIGTERM');
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.is(interrupted.code, 143, interrupted.stderr);
  assert.match(interrupted.stderr, /interrupted \(SIGTERM\); nothing was written \(.*site\/ was not created\)/);
  assert.not.match(interrupted.stderr, /as it was before this build/);
  assert.equal(fs.readdirSync(w.dir).sort(), ['logs']);
});

test('bad files are diagnostics; every other log still builds', async () => {
  const w = workspace(...SEEDS);
  fs.writeFileSync(path.join(w.logs, 'empty.log.txt'), '');
  fs.writeFileSync(path.join(w.logs, 'binary.log'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe, 0, 0, 0x1a]));
  fs.writeFileSync(path.join(w.logs, 'one-line.log.txt'), `10:00:00 <alice> ${'x'.repeat(10 * 1024 * 1024)}\n`);
  fs.symlinkSync('nowhere', path.join(w.logs, 'broken.log.txt'));
  fs.mkdirSync(path.join(w.logs, 'folder.log.txt'));
  const result = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet });
  const said = (name: string) => result.diagnostics.filter((d) => d.file.endsWith(name)).map((d) => `${d.line}: ${d.level}: ${d.message}`);
  assert.match(said('empty.log.txt').join('\n'), /^0: warning: empty log/);
  assert.match(said('binary.log').join('\n'), /error: not a recognized chat log/);
  assert.match(said('broken.log.txt').join('\n'), /^0: error: cannot read the file \(ENOENT\)/);
  assert.match(said('folder.log.txt').join('\n'), /^0: warning: is a folder, not a log/);
  assert.ok(fs.existsSync(path.join(w.out, 'oslo', '2016', 'oslo.2016-11-07-16.00.html')), 'the good logs built');
  assert.ok(result.meetings.some((m) => m.source.file.endsWith('one-line.log.txt')), 'a 10 MB line is read');
});

test("the settings' ignore: an ignored log's meeting is gone from a build over the last site, as from a clean build; an ignored file is no error", async () => {
  const w = workspace(...SEEDS);
  fs.mkdirSync(path.join(w.logs, 'drafts'));
  fs.copyFileSync(path.join(FIXTURES, JENKINS), path.join(w.logs, 'drafts', path.basename(JENKINS)));
  fs.writeFileSync(path.join(w.logs, 'agenda.md'), '# Agenda\n\n- the release\n- the budget\n');
  const first = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.is(first.files, 4);
  assert.ok(first.diagnostics.some((d) => d.file.endsWith('agenda.md') && d.level === 'error'));
  assert.ok(fs.existsSync(path.join(w.out, 'jenkins-meeting')));

  const config = { ignore: ['agenda.md', 'drafts/'] };
  const ignored = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, config, ...quiet });
  assert.is(ignored.files, 2);
  assert.equal(ignored.meetings.map((m) => m.series).sort(), ['oslo', 'weekly-syncup']);
  assert.equal(ignored.diagnostics.filter((d) => d.file.endsWith('agenda.md')), [], 'no word of the agenda');
  assert.not.ok(fs.existsSync(path.join(w.out, 'jenkins-meeting')), 'the ignored meeting’s folder is gone');
  await build({ logsDir: w.logs, outDir: path.join(w.dir, 'clean'), cacheDir: null, config, ...quiet });
  assert.equal(snapshot(w.out), snapshot(path.join(w.dir, 'clean')));
});

test("the settings' aliases: an action naming a person's alias is theirs, on their page, after a build without them as in a clean build", async () => {
  const w = workspace();
  const said = ['<ally> #startmeeting', '<meetbot> Meeting started Thu Jan  2 10:00:00 2020 UTC.  The chair is ally.', '<bob> hi', '<ally> #action alice to send the notes', '<ally> #endmeeting'];
  fs.writeFileSync(path.join(w.logs, 'team.2020-01-02-10.00.log.txt'), said.map((l, k) => `10:00:0${k} ${l}`).join('\n') + '\n');
  const before = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, ...quiet });
  assert.equal(before.meetings[0].items.find((i) => i.kind === 'action')?.assignees, []);
  const config = { aliases: { alice: ['ally'] } };
  const after = await build({ logsDir: w.logs, outDir: w.out, cacheDir: w.cache, config, ...quiet });
  assert.equal(after.meetings[0].items.find((i) => i.kind === 'action')?.assignees, ['ally']);
  const page = fs.readFileSync(path.join(w.out, 'people', 'alice.html'), 'utf8');
  assert.match(page, 'alice to send the notes');
  await build({ logsDir: w.logs, outDir: path.join(w.dir, 'clean'), cacheDir: null, config, ...quiet });
  assert.equal(snapshot(w.out), snapshot(path.join(w.dir, 'clean')));
});

test('a series title in the settings or notes for a series no meeting is in is a warning, with the series it may mean; so is a misspelt key in notes', async () => {
  const w = workspace(...SEEDS);
  fs.writeFileSync(path.join(w.logs, 'osloo.series.md'), '---\ntitel: Oslo team\n---\nWe meet on Mondays.\n');
  const config = { series: { 'weekly-sync': { title: 'Weekly' }, oslo: { title: 'Oslo team' } } };
  const result = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, config, configFile: 'minutebook.config.json', ...quiet });
  const warnings = result.diagnostics.filter((d) => !d.file.endsWith('.log.txt')).map((d) => [path.basename(d.file), d.line, d.level, d.message]);
  assert.equal(warnings, [
    ['osloo.series.md', 2, 'warning', 'unknown front matter key "titel" ignored (did you mean "title"?); known keys: title'],
    ['minutebook.config.json', 0, 'warning', '"series" names "weekly-sync", a series no meeting is in (did you mean "weekly-syncup"?); its settings are not used'],
    ['osloo.series.md', 0, 'warning', 'notes for series "osloo", which no meeting is in (did you mean "oslo"?); not shown: name the file SERIES.series.md after its series'],
  ]);
  const unnamed = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, config, ...quiet });
  assert.ok(unnamed.diagnostics.some((d) => d.file === 'settings' && d.message.startsWith('"series" names "weekly-sync"')), 'the settings without a file name');
});

test('a folder that minutebook did not write is never replaced', async () => {
  const w = workspace(...SEEDS);
  fs.mkdirSync(w.out);
  fs.writeFileSync(path.join(w.out, 'thesis.tex'), 'precious');
  const error = await build({ logsDir: w.logs, outDir: w.out, cacheDir: null, ...quiet }).then(() => undefined, (e: Error) => e);
  assert.match(String(error?.message), /exists and was not written by minutebook/);
  assert.is(fs.readFileSync(path.join(w.out, 'thesis.tex'), 'utf8'), 'precious');
});

test('an output folder that cannot be taken is refused before any log is parsed, not after a parse of minutes', async () => {
  const w = workspace(...SEEDS);
  fs.mkdirSync(w.out);
  fs.writeFileSync(path.join(w.out, 'thesis.tex'), 'precious');
  const cacheDir = path.join(w.dir, 'cache');
  const ended: string[] = [];
  const progress = { ...createProgress({ quiet: true }), end: (what: string) => void ended.push(what) };
  const error = await build({ logsDir: w.logs, outDir: w.out, cacheDir, progress }).then(() => undefined, (e: Error) => e);
  assert.match(String(error?.message), /exists and was not written by minutebook/);
  assert.equal(ended, [], 'no phase ended');
  assert.equal(fs.existsSync(cacheDir) ? filesUnder(cacheDir).filter((f) => !f.startsWith('site-')) : [], [], 'no log parsed into the cache');
});

test('the output folder may not be the working folder or hold the logs', async () => {
  const w = workspace(...SEEDS);
  const error = await build({ logsDir: w.logs, outDir: w.dir, cacheDir: null, ...quiet }).then(() => undefined, (e: Error) => e);
  assert.match(String(error?.message), /overlap|this folder/);
});

test('the summary line counts in words: one meeting, one log, one error', () => {
  const d = (level: 'error' | 'info') => ({ file: 'a.log', line: 1, level, message: 'm' });
  const one: BuildResult = { meetings: [{}] as BuildResult['meetings'], diagnostics: [d('error'), d('info'), d('info')], files: 1, parsed: 1, cached: 0, pages: 1, written: 1, incremental: true, seconds: 0.25 };
  assert.is(summaryLine(one, 'site'), 'built 1 meeting from 1 log into site/ (1 page rendered, 1 file written, the rest unchanged) in 0.3 s; 1 error, 0 warnings, 2 infos');
  assert.is(summaryLine({ ...one, meetings: [], files: 2, pages: 40, incremental: false }, 'out'), 'built 0 meetings from 2 logs into out/ (40 pages) in 0.3 s; 1 error, 0 warnings, 2 infos');
});

test.run();
