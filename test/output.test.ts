// The output folder is never left half-written: a clean build swaps a whole
// new site in; an incremental one moves its files in at the end, with a
// journal that the next build finishes if the process died meanwhile.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkOutDir, filesOf, MARKER, openStaging, realPath, siteIdentity } from '../src/output.js';

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
  const before = siteIdentity(out);
  await staging.commit();
  // The marker is written anew: the site is this build's now (a manifest of another build's no longer matches it).
  assert.equal(read(out), { [MARKER]: 'Written by minutebook. This folder is replaced by every build.\n', 'a.html': 'a2', 'b/b.html': 'b1', 'd/d.html': 'd1' });
  assert.ok(before !== null && siteIdentity(out) !== before, 'another identity');
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

test('a site whose folder is a symbolic link is written into its target; the link stays', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-output-link-')));
  try {
    fs.mkdirSync(path.join(dir, 'www'));
    const out = path.join(dir, 'site');
    fs.symlinkSync('www', out, 'dir');
    for (const [incremental, text] of [[false, 'one'], [true, 'two'], [false, 'three']] as const) {
      const staging = await openStaging(out, { incremental });
      fs.writeFileSync(path.join(staging.dir, 'index.html'), text);
      await staging.commit();
      assert.ok(fs.lstatSync(out).isSymbolicLink(), 'the link stays');
      assert.is(fs.readFileSync(path.join(dir, 'www', 'index.html'), 'utf8'), text, `the target holds build "${text}"`);
    }
    assert.equal(fs.readdirSync(dir).sort(), ['site', 'www'], 'nothing left beside them');
    // A folder minutebook did not write is refused through a link as well.
    fs.mkdirSync(path.join(dir, 'mine'));
    fs.writeFileSync(path.join(dir, 'mine', 'notes.txt'), 'x');
    fs.symlinkSync('mine', path.join(dir, 'to-mine'), 'dir');
    const refused = await openStaging(path.join(dir, 'to-mine'), { incremental: false }).then(() => null, (e: Error) => e);
    assert.match(refused?.message ?? '', /to-mine exists and was not written by minutebook/);
    assert.equal(fs.readdirSync(path.join(dir, 'mine')), ['notes.txt']);
    // A link to a folder not there yet: the site is written where it points.
    fs.symlinkSync('later', path.join(dir, 'to-later'), 'dir');
    const staging = await openStaging(path.join(dir, 'to-later'), { incremental: false });
    await staging.commit();
    assert.ok(fs.lstatSync(path.join(dir, 'to-later')).isSymbolicLink());
    assert.ok(fs.existsSync(path.join(dir, 'later', MARKER)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('real paths: links resolved, a path not there yet by its nearest folder that is', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-output-real-')));
  try {
    fs.mkdirSync(path.join(dir, 'logs'));
    fs.symlinkSync('logs', path.join(dir, 'L'), 'dir');
    assert.is(realPath(path.join(dir, 'L')), path.join(dir, 'logs'));
    assert.is(realPath(path.join(dir, 'L', 'not', 'yet')), path.join(dir, 'logs', 'not', 'yet'));
    // The logs named through a link, the site inside them: refused, as without the link.
    assert.throws(() => checkOutDir(path.join(dir, 'logs', 'out'), path.join(dir, 'L')), /--out .*logs\/out and the logs folder .*L overlap/);
    assert.throws(() => checkOutDir(path.join(dir, 'L', 'out'), path.join(dir, 'logs')), /overlap/);
    fs.symlinkSync('logs', path.join(dir, 'site'), 'dir');
    assert.throws(() => checkOutDir(path.join(dir, 'site'), path.join(dir, 'logs')), /overlap/, 'a site linked to the logs');
    assert.throws(() => checkOutDir('', 'logs'), /--out is empty/);
    assert.throws(() => checkOutDir('site', ''), /--logs is empty/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an output folder that cannot be made is said so, naming it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-output-nowhere-'));
  try {
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    const out = path.join(dir, 'file', 'site');
    const error = await openStaging(out, { incremental: false }).then(() => null, (e: Error) => e);
    // mkdir says EEXIST for a folder whose parent is a file.
    assert.is(error?.message, `cannot write the site to ${out} (EEXIST); choose another --out, in a folder you can write`);
    assert.is((error?.cause as NodeJS.ErrnoException)?.code, 'EEXIST', 'the error underneath kept');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
