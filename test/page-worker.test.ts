// Each meeting's own files made on the page workers (src/page-worker.ts):
// the same bytes as the templates and writeMeetingFiles give on the main
// thread, in runs over two workers; a failure (a log edited meanwhile) is
// make()'s rejection, with the file named; nothing starts after close().
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAndParse } from '../src/read-logs.js';
import { lineStore } from '../src/line-store.js';
import { attachLogs, siteModel } from '../src/site/model.js';
import { pageWorker, type MeetingJob } from '../src/page-worker.js';
import { writeMeetingFiles } from '../src/write-site.js';
import { clockIn } from '../src/site/clock.js';
import { filesOf } from '../src/output.js';
import * as minutes from '../templates/meeting.11ty.js';
import * as logPage from '../templates/log.11ty.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'logs');
const LOGS = ['seeds/oslo.2016-11-07-16.00.log.txt', 'seeds/weekly-syncup.2014-01-29-02.04.log.txt', 'meetbot-tests/test-script-1.log.txt'];

async function archive() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-pages-'));
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs);
  for (const f of LOGS) fs.copyFileSync(path.join(FIXTURES, f), path.join(logs, path.basename(f)));
  const parsed = await readAndParse(logs, fs.readdirSync(logs).sort(), undefined, undefined, { keepLines: false });
  // Every setting the layout reads of the site (its url, its description), so the workers are seen to be handed them.
  const model = siteModel(parsed.meetings, [], { logs: 'none', timezone: 'Europe/Oslo', url: 'https://example.org/m/', description: 'Our meetings.' });
  const byId = new Map(parsed.meetings.map((m) => [m.id, m]));
  const jobs: MeetingJob[] = model.meetings.map((page) => ({ meeting: byId.get(page.ref.id)!, source: parsed.sources.get(page.ref.id)!, page, downloads: true }));
  return { dir, logs, parsed, model, jobs };
}

const read = (dir: string) => Object.fromEntries(filesOf(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

test('the workers write what the main thread would, in runs of one over two workers', async () => {
  const { dir, parsed, model, jobs } = await archive();
  assert.ok(jobs.length >= 3);
  const out = path.join(dir, 'out');
  let pages = 0;
  const workers = pageWorker({ dir: out, site: model, timezone: 'Europe/Oslo', perRun: 1, inFlight: 1, threads: 2, pagesDone: (n) => (pages += n) });
  try {
    await workers.make(jobs);
  } finally {
    await workers.close();
  }
  assert.is(pages, 2 * jobs.length);
  // The same on the main thread.
  const expected = path.join(dir, 'expected');
  const written: [string, string | Uint8Array][] = [];
  const store = lineStore(parsed.sources, parsed.meetings);
  store.load(parsed.meetings);
  attachLogs(model, model.meetings, parsed.meetings);
  for (const page of model.meetings) {
    written.push([page.ref.path, minutes.render({ minutebook: model, m: page })], [page.log!.path, logPage.render({ minutebook: model, m: page })]);
  }
  // The .md downloads in the site's zone, as the workers were told it.
  const collect = { write: (file: string, content: string | Uint8Array) => written.push([path.relative(expected, file), content]), copy: (from: string, file: string) => written.push([path.relative(expected, file), fs.readFileSync(from, 'utf8')]), flush() {}, close: async () => {} };
  for (const m of parsed.meetings) writeMeetingFiles(collect, expected, m, parsed.sources.get(m.id)!.relPath, undefined, clockIn('Europe/Oslo'), model.url);
  assert.match(String(written.find(([f]) => f.endsWith('oslo.2016-11-07-16.00.md'))![1]), '**Time:** 17:00:59–18:00:10 CET');
  assert.equal(read(out), Object.fromEntries(written.map(([f, c]) => [f, String(c)]).sort(([a], [b]) => (a < b ? -1 : 1))));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a log edited after it was parsed, a page that fails: make() rejects naming the log; nothing starts once closed', async () => {
  const { dir, logs, model, jobs } = await archive();
  fs.appendFileSync(path.join(logs, 'oslo.2016-11-07-16.00.log.txt'), '17:00:00 <late> one more line\n');
  const workers = pageWorker({ dir: path.join(dir, 'out'), site: model, timezone: undefined });
  try {
    const error = await workers.make(jobs).then(() => null, (e: Error) => e);
    assert.match(String(error?.message), /^[^ ]*oslo\.2016-11-07-16\.00\.log\.txt changed while the site was being built/);
  } finally {
    await workers.close();
  }
  // A page that cannot be rendered (here a view without its summary): the error names the meeting's log.
  const { jobs: fresh } = await archive();
  const broken = fresh.map((j, k) => (k === 1 ? { ...j, page: { ...j.page!, summary: null as never } } : j));
  const failing = pageWorker({ dir: path.join(dir, 'broken'), site: model, timezone: undefined, perRun: 10 });
  try {
    const failure = await failing.make(broken).then(() => null, (e: Error) => e);
    assert.ok(failure instanceof Error);
    assert.ok(failure!.message.startsWith(`making the meetings' pages failed: ${broken[1].meeting.source.file}: `), failure!.message);
    assert.is(failure!.name, 'MinutebookError', 'the command line prints it as one of ours');
  } finally {
    await failing.close();
  }
  const closed = pageWorker({ dir: path.join(dir, 'out'), site: model, timezone: undefined });
  await closed.close();
  const after = await closed.make(jobs).then(() => null, (e: Error) => e);
  assert.match(String(after?.message), /closed/);
  assert.equal(await pageWorker({ dir: path.join(dir, 'none'), site: model, timezone: undefined }).make([]), undefined, 'no jobs: no worker, nothing to wait for');
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
