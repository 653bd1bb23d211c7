// The summary pages made without Eleventy (src/direct-render.ts, a build that
// renders few) are Eleventy's: the same files, byte for byte, for a model of
// the fixtures' real logs; every template is of a shape the direct renderer
// makes as Eleventy does; a template that fails names itself and its page.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listLogs, readAndParse, readNotes } from '../src/read-logs.js';
import { siteModel } from '../src/site/model.js';
import { parseLog } from '../src/pipeline.js';
import { offlineView } from '../src/site/offline.js';
import { PACKAGE_ROOT, renderPages } from '../src/write-site.js';
import { directPages, pageTemplates, unlike, type Template } from '../src/direct-render.js';
import { createProgress, stoppable } from '../src/progress.js';
import type { FileWriter } from '../src/file-writer.js';
import type { SiteModel } from '../src/site/site-view.js';

const FIXTURES = path.join(PACKAGE_ROOT, 'test', 'fixtures', 'logs');
const TEMPLATES = path.join(PACKAGE_ROOT, 'templates');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-direct-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/** A writer that keeps each page in memory, by its path in the site. */
function memoryWriter(dir: string): FileWriter & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    write(file, content) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      assert.not.ok(files.has(rel), `${rel} written twice`);
      files.set(rel, String(content));
    },
    copy() {
      throw new Error('no page is a copy');
    },
    flush() {},
    close: async () => {},
  };
}

/** Every page kind: low thresholds give the topic index letter and group pages, years their own pages. */
async function fixtureModel(): Promise<SiteModel> {
  const list = await listLogs(FIXTURES);
  const logs = await readAndParse(FIXTURES, list.files);
  // Topics of more meetings than a group shows inline, for topic pages of their own.
  const weekly = Array.from({ length: 11 }, (_, k) => {
    const name = `weekly.2020-03-${String(k + 1).padStart(2, '0')}-10.00.log.txt`;
    const log = ['10:00:00 <alice> #startmeeting weekly', '10:01:00 <alice> #topic Open discussion', '10:02:00 <alice> #topic Next meeting', '10:03:00 <bob> hello', '10:04:00 <alice> #endmeeting', ''].join('\n');
    return parseLog(new TextEncoder().encode(log), name, { relPath: name }).meetings;
  });
  const model = siteModel([...logs.meetings, ...weekly.flat()], await readNotes(FIXTURES), { onePageTopics: 20, letterPageTopics: 8, yearPageDecisions: 5, yearPageMeetings: 5, url: 'https://example.org/minutes/' });
  model.offline = offlineView(model, ['style.css'], 'salt');
  return model;
}

async function rendered(model: SiteModel, how: 'eleventy' | 'direct'): Promise<Map<string, string>> {
  const dir = path.join(tmp, how);
  const out = memoryWriter(dir);
  const n = await renderPages(model, out, dir, createProgress({ quiet: true }), how);
  assert.is(n, out.files.size);
  return out.files;
}

test('every page template is one the direct renderer makes as Eleventy does', async () => {
  const templates = await pageTemplates(TEMPLATES);
  assert.ok(templates.length >= 20, `${templates.length} templates`);
  for (const t of templates) assert.is(unlike(t), null, t.name);
});

test('the summary pages made directly are the pages Eleventy makes, byte for byte', async () => {
  const model = await fixtureModel();
  for (const kind of ['seriesActions', 'topicLetters', 'topicGroups', 'decisionYears', 'calendarYears', 'people', 'feeds', 'series'] as const) {
    assert.ok(model.render[kind].length > 1, `the fixtures make several ${kind} pages`);
  }
  const eleventy = await rendered(model, 'eleventy');
  const direct = await rendered(model, 'direct');
  assert.equal([...direct.keys()].sort(), [...eleventy.keys()].sort());
  for (const [rel, content] of eleventy) assert.ok(direct.get(rel) === content, `${rel} differs`);
  assert.ok(eleventy.has('index.html') && eleventy.has('sw.js') && eleventy.has('feed.xml'));
  assert.not.ok([...eleventy.keys()].some((rel) => rel.startsWith('data/') || /\/\d{4}\//.test(rel)), 'no meeting page: the page workers make those');
});

test('a render set narrowed to a few pages gives those pages and the single pages', async () => {
  const model = await fixtureModel();
  const templates = await pageTemplates(TEMPLATES);
  model.render = { ...model.render, meetings: [], people: model.render.people.slice(0, 2), topicLetters: [], topicGroups: [], seriesActions: [], decisionYears: [], calendarYears: [], series: [], feeds: [] };
  const paths = directPages(templates, model).map((p) => p.path);
  assert.equal(paths.filter((p) => p.startsWith('people/') && p !== 'people/index.html'), model.render.people.map((p) => p.path));
  for (const single of ['index.html', 'topics.html', 'actions.html', 'decisions.html', 'calendar.html', 'people/index.html', 'search.html', '404.html', 'sw.js']) assert.ok(paths.includes(single), single);
  assert.is(paths.length, 2 + 9);
});

test('templates of other shapes are left to Eleventy; a permalink of false writes nothing; two pages for one file is an error', () => {
  const render = () => '';
  const t = (data: Template['data']): Template => ({ name: 'x.11ty.js', data, render });
  assert.is(unlike(t({ permalink: 'a.html' })), null);
  assert.match(unlike(t({ permalink: 'a.html', pagination: { data: 'minutebook.render.people', size: 2, alias: 'p' } }))!, /size 2/);
  assert.match(unlike(t({ permalink: 'a.html', pagination: { data: 'minutebook.people', size: 1, alias: 'p' } }))!, /over minutebook\.people/);
  assert.match(unlike(t({ permalink: 'a.html', pagination: { data: 'minutebook.render.people', size: 1, alias: '' } }))!, /alias/);
  assert.match(unlike({ name: 'x', data: { permalink: 'a.html' }, render: undefined as never })!, /render/);
  const site = { render: { people: [{ path: 'p/1.html' }, { path: 'p/2.html' }] } } as unknown as SiteModel;
  const paged = t({ permalink: (d) => ((d.p as { path: string }).path === 'p/1.html' ? false : (d.p as { path: string }).path), pagination: { data: 'minutebook.render.people', size: 1, alias: 'p' } });
  assert.equal(
    directPages([paged], site).map((p) => p.path),
    ['p/2.html'],
  );
  assert.throws(() => directPages([t({ permalink: 'a.html', pagination: { data: 'minutebook.render.nothing', size: 1, alias: 'p' } })], site), /minutebook\.render\.nothing is not a list/);
  // Eleventy refuses two pages for one file; so does the direct renderer.
  assert.throws(() => directPages([t({ permalink: 'p/2.html' }), paged], site), /templates\/x\.11ty\.js and templates\/x\.11ty\.js both make p\/2\.html/);
  assert.throws(() => directPages([{ ...paged, data: { ...paged.data, permalink: () => 'same.html' } }], site), /both make same\.html/);
});

test('an interrupt during the direct render is seen between pages, as between Eleventy\'s', async () => {
  const model = await fixtureModel();
  assert.ok(model.render.people.length > 40, `${model.render.people.length} person pages`);
  const dir = path.join(tmp, 'interrupted');
  const out = memoryWriter(dir);
  const stop = new AbortController();
  // A Ctrl-C while the fifth page is written: its handler runs when the event loop next does.
  const write = out.write;
  out.write = (file, content) => {
    write(file, content);
    if (out.files.size === 5) setImmediate(() => stop.abort(new Error('interrupted')));
  };
  const err = await renderPages(model, out, dir, stoppable(createProgress({ quiet: true }), stop.signal), 'direct').then(
    () => null,
    (e: Error) => e,
  );
  assert.is(err?.message, 'interrupted');
  assert.ok(out.files.size >= 5 && out.files.size < directPages(await pageTemplates(TEMPLATES), { ...model, render: { ...model.render, meetings: [] } }).length);
});

test('a template that fails names itself and the page', async () => {
  const model = await fixtureModel();
  const dir = path.join(tmp, 'failing');
  const person = model.render.people[0];
  // A view the person template cannot render: its meetings are not a list.
  model.render = { ...model.render, people: [{ ...person, meetings: null as never }] };
  const err = await renderPages(model, memoryWriter(dir), dir, createProgress({ quiet: true }), 'direct').then(
    () => null,
    (e: Error) => e,
  );
  assert.ok(err);
  assert.match(err.message, new RegExp(`^rendering the pages failed: templates/person\\.11ty\\.js \\(${person.path.replace('.', '\\.')}\\): `));
});

test.run();
