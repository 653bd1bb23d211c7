// Whole builds: after any run of edits to a small archive (a log added,
// removed, or with lines added: talk, topics, actions, decisions; the
// settings changed: title, zone, aliases, bots, series titles, downloads;
// a series' notes written, changed or removed), the
// incremental build's site is byte for byte the site a clean build of the
// same logs writes. The build-level guarantee of src/site/incremental.ts,
// src/search/cache.ts and the topic index's thread, over generated logs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.js';
import type { Config } from '../../src/config.js';
import type { DownloadKind } from '../../src/site/paths.js';
import { filesOf } from '../../src/output.js';
import { params } from '../support/fuzz-config.js';
import { datedLogName, talkLine } from '../support/fuzz-logs.js';
import { log } from '../support/inline-log.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-fuzz-build-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const oneLine = talkLine(120);
const who = fc.constantFrom('alice', 'bob', 'Bob', 'carol_', 'dave');
const line: fc.Arbitrary<[string, string]> = fc.tuple(
  who,
  fc.oneof(
    oneLine,
    fc.tuple(fc.constantFrom('#topic ', '#info ', '#agreed ', '#action bob ', '#action ', '#link https://example.org/ ', '#idea '), oneLine).map(([c, t]) => c + t),
    fc.constantFrom('#topic Open discussion', '#topic Roll call', '#action dave to write it up', '#agreed ship it'),
  ),
);
interface Held {
  name: string;
  said: [string, string][];
}
const held: fc.Arbitrary<Held> = fc.record({
  name: datedLogName,
  said: fc.array(line, { minLength: 1, maxLength: 6 }),
});
const settings: fc.Arbitrary<Config> = fc.record(
  {
    title: fc.constantFrom('Minutes', 'Team & Co <minutes>'),
    timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'),
    aliases: fc.constantFrom({ alice: ['dave'] }, { bob: ['carol_'] }),
    nickVariants: fc.boolean(),
    bots: fc.constantFrom(['dave'], []),
    series: fc.constantFrom({ team: { title: 'The team' } }, { infra: { title: 'Infrastructure' } }),
    downloads: fc.constantFrom<DownloadKind[][]>(['txt', 'md'], [], ['json', 'log']),
  },
  { requiredKeys: [] },
);
/** A series' notes (SERIES.series.md), or none. */
const notes = fc.record({
  series: fc.constantFrom('team', 'infra'),
  text: fc.option(
    fc.tuple(fc.option(fc.constantFrom('The team', 'Infra & ops')), oneLine).map(([title, body]) => `${title ? `---\ntitle: ${JSON.stringify(title)}\n---\n` : ''}# About\n\n${body}\n`),
  ),
});
type Edit =
  | { kind: 'add'; log: Held }
  | { kind: 'remove'; at: number }
  | { kind: 'say'; at: number; lines: [string, string][] }
  | { kind: 'settings'; config: Config }
  | { kind: 'notes'; series: string; text: string | null };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  notes.map((n) => ({ kind: 'notes' as const, ...n })),
  settings.map((config) => ({ kind: 'settings' as const, config })),
  held.map((l) => ({ kind: 'add' as const, log: l })),
  fc.nat().map((at) => ({ kind: 'remove' as const, at })),
  fc.tuple(fc.nat(), fc.array(line, { minLength: 1, maxLength: 3 })).map(([at, lines]) => ({ kind: 'say' as const, at, lines })),
);

const text = (l: Held) => log(['alice', '#startmeeting'], ...l.said, ['alice', '#endmeeting']).join('\n') + '\n';
const snapshot = (dir: string) => Object.fromEntries(filesOf(dir).sort().map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));

let runs = 0;
test('after any edits, an incremental build writes the site a clean build writes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(held, { minLength: 1, maxLength: 4 }), fc.array(edit, { minLength: 1, maxLength: 3 }), async (start, edits) => {
      const dir = path.join(tmp, `r${runs++}`);
      const logsDir = path.join(dir, 'logs');
      const out = path.join(dir, 'site');
      const cacheDir = path.join(dir, 'cache');
      let logs = new Map<string, Held>();
      let config: Config = {};
      const notesOf = new Map<string, string>();
      const write = () => {
        fs.rmSync(logsDir, { recursive: true, force: true });
        fs.mkdirSync(logsDir, { recursive: true });
        for (const l of logs.values()) fs.writeFileSync(path.join(logsDir, l.name), text(l));
        for (const [series, t] of notesOf) fs.writeFileSync(path.join(logsDir, `${series}.series.md`), t);
      };
      for (const l of start) logs.set(l.name, l);
      write();
      await build({ logsDir, outDir: out, cacheDir, quiet: true });
      for (const [k, e] of edits.entries()) {
        const names = [...logs.keys()];
        if (e.kind === 'settings') config = e.config;
        else if (e.kind === 'notes') {
          if (e.text === null) notesOf.delete(e.series);
          else notesOf.set(e.series, e.text);
        }
        else if (e.kind === 'add') logs.set(e.log.name, e.log);
        else if (names.length === 0) continue;
        else if (e.kind === 'remove') logs.delete(names[e.at % names.length]);
        else {
          const l = logs.get(names[e.at % names.length])!;
          logs.set(l.name, { ...l, said: [...l.said, ...e.lines] });
        }
        logs = new Map([...logs].sort(([a], [b]) => (a < b ? -1 : 1)));
        write();
        await build({ logsDir, outDir: out, cacheDir, quiet: true, config });
        const clean = path.join(dir, `clean${k}`);
        await build({ logsDir, outDir: clean, cacheDir: null, quiet: true, config });
        assert.equal(snapshot(out), snapshot(clean), `after edit ${k + 1} (${e.kind})`);
        fs.rmSync(clean, { recursive: true, force: true });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }),
    params(0.05),
  );
});

test.run();
