// The output folder is never left half-written: a clean build swaps a whole
// new site in; an incremental one moves its files in at the end, with a
// journal that the next build finishes if the process died meanwhile.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesOf, MARKER, openStaging } from '../src/output.js';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-output-'));
  const out = path.join(dir, 'site');
  for (const [rel, text] of Object.entries({ [MARKER]: '', ...files })) {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), text);
  }
  return out;
}
const read = (out: string) => Object.fromEntries(filesOf(out).sort().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));

test('an incremental build keeps the live files, adds and replaces what it wrote, removes what went', async () => {
  const out = site({ 'a.html': 'a1', 'b/b.html': 'b1', 'c/c.html': 'c1' });
  const staging = await openStaging(out, { incremental: true });
  assert.equal([...staging.existing].sort(), [MARKER, 'a.html', 'b/b.html', 'c/c.html']);
  fs.writeFileSync(path.join(staging.dir, 'a.html'), 'a2');
  fs.mkdirSync(path.join(staging.dir, 'd'));
  fs.writeFileSync(path.join(staging.dir, 'd', 'd.html'), 'd1');
  staging.remove('c/c.html');
  assert.equal(read(out)['a.html'], 'a1', 'nothing changes before the commit');
  await staging.commit();
  assert.equal(read(out), { [MARKER]: '', 'a.html': 'a2', 'b/b.html': 'b1', 'd/d.html': 'd1' });
  assert.not.ok(fs.existsSync(`${out}.building`));
  assert.not.ok(fs.existsSync(path.join(out, 'c')), 'an emptied folder goes too');
});

test('an aborted build leaves the live site as it was', async () => {
  const out = site({ 'a.html': 'a1' });
  const staging = await openStaging(out, { incremental: true });
  fs.writeFileSync(path.join(staging.dir, 'a.html'), 'a2');
  staging.remove('a.html');
  await staging.abort();
  assert.equal(read(out), { [MARKER]: '', 'a.html': 'a1' });
  assert.not.ok(fs.existsSync(`${out}.building`));
});

test('a commit cut short is finished by the next build', async () => {
  const out = site({ 'a.html': 'a1', 'b.html': 'b1', 'gone.html': 'x' });
  // What a process killed inside its commit leaves: the journal, one file moved, one not.
  fs.mkdirSync(`${out}.building`);
  fs.writeFileSync(`${out}.building/b.html`, 'b2');
  fs.writeFileSync(path.join(out, 'a.html'), 'a2');
  fs.writeFileSync(`${out}.journal`, JSON.stringify({ writes: ['a.html', 'b.html'], removes: ['gone.html'] }));
  const staging = await openStaging(out, { incremental: true });
  await staging.abort();
  assert.equal(read(out), { [MARKER]: '', 'a.html': 'a2', 'b.html': 'b2' });
  assert.not.ok(fs.existsSync(`${out}.journal`));
});

test('a clean build swaps in a whole new site', async () => {
  const out = site({ 'old.html': 'o' });
  const staging = await openStaging(out, { incremental: false });
  fs.writeFileSync(path.join(staging.dir, 'new.html'), 'n');
  await staging.commit();
  assert.equal(Object.keys(read(out)).sort(), [MARKER, 'new.html']);
  assert.not.ok(fs.existsSync(`${out}.previous`));
});

/** Waits (up to 10 s) until no folder beside the site is one of its old ones. */
async function oldGone(out: string): Promise<string[]> {
  const left = () => fs.readdirSync(path.dirname(out)).filter((n) => n.startsWith('site.old-'));
  for (let k = 0; k < 200 && left().length; k++) await new Promise((resolve) => setTimeout(resolve, 50));
  return left();
}

test('a big site replaced whole is removed by a process of its own, after the commit', async () => {
  const out = site({ 'old.html': 'o', 'a/b.html': 'b' });
  const staging = await openStaging(out, { incremental: false });
  fs.writeFileSync(path.join(staging.dir, 'new.html'), 'n');
  await staging.commit({ detach: true });
  assert.equal(Object.keys(read(out)).sort(), [MARKER, 'new.html'], 'the new site is in place at once');
  assert.not.ok(fs.existsSync(`${out}.previous`));
  assert.equal(await oldGone(out), [], 'the old one is gone soon after');
  assert.equal(fs.readdirSync(path.dirname(out)), ['site']);
});

test('an old site a removal left behind, or a previous one beside the new, is removed by the next build', async () => {
  const out = site({ 'new.html': 'n' });
  fs.mkdirSync(`${out}.old-1-2/deep`, { recursive: true });
  fs.writeFileSync(`${out}.old-1-2/deep/x.html`, 'x');
  fs.mkdirSync(`${out}.previous`);
  fs.writeFileSync(`${out}.previous/old.html`, 'o');
  const staging = await openStaging(out, { incremental: true });
  await staging.abort();
  assert.not.ok(fs.existsSync(`${out}.previous`));
  assert.equal(await oldGone(out), []);
  assert.equal(read(out), { [MARKER]: '', 'new.html': 'n' }, 'the live site untouched');
});

test.run();
