// The writer thread (src/file-writer.ts): every file handed over is on disk,
// byte for byte, once flush() returns; folders are made as needed; a write
// that fails is an error of the build, never lost on the other thread.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileWriter } from '../src/file-writer.js';

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-writer-'));

test('strings (UTF-8), bytes and copies of files land whole, in folders made on the way', async () => {
  const dir = scratch();
  const source = path.join(dir, 'source.log');
  fs.writeFileSync(source, Buffer.from([0xff, 0xfe, 0x41, 0x0a]));
  const out = fileWriter();
  try {
    out.write(path.join(dir, 'a.html'), 'plain');
    out.write(path.join(dir, 'deep/er/b.html'), 'zoë — 会议 🎉\n'.repeat(2000));
    out.write(path.join(dir, 'deep/c.bin'), new Uint8Array([0, 1, 2, 255]));
    // A small buffer of Node's shared pool: only its own bytes are written.
    out.write(path.join(dir, 'deep/d.txt'), Buffer.from('pooled'));
    out.copy(source, path.join(dir, 'copies/x/source.log.txt'));
    out.flush();
    assert.is(fs.readFileSync(path.join(dir, 'a.html'), 'utf8'), 'plain');
    assert.is(fs.readFileSync(path.join(dir, 'deep/er/b.html'), 'utf8'), 'zoë — 会议 🎉\n'.repeat(2000));
    assert.equal([...fs.readFileSync(path.join(dir, 'deep/c.bin'))], [0, 1, 2, 255]);
    assert.is(fs.readFileSync(path.join(dir, 'deep/d.txt'), 'utf8'), 'pooled');
    assert.equal([...fs.readFileSync(path.join(dir, 'copies/x/source.log.txt'))], [0xff, 0xfe, 0x41, 0x0a]);
  } finally {
    await out.close();
  }
});

test('a queue far smaller than what is written: write() waits for the thread, nothing is lost or reordered', async () => {
  const dir = scratch();
  const out = fileWriter(1024);
  const content = (k: number) => `${k} — ${'é会'.repeat(k % 13)} `.repeat(1 + ((k * 37) % 300));
  try {
    for (let k = 0; k < 400; k++) out.write(path.join(dir, `f/${k % 7}/${k}.txt`), content(k));
    out.write(path.join(dir, 'empty.txt'), '');
    // The same file twice: the later content wins, as it would written in order.
    out.write(path.join(dir, 'twice.txt'), 'first');
    out.write(path.join(dir, 'twice.txt'), new Uint8Array([115, 101, 99, 111, 110, 100]));
    out.flush();
    for (let k = 0; k < 400; k++) assert.is(fs.readFileSync(path.join(dir, `f/${k % 7}/${k}.txt`), 'utf8'), content(k));
    assert.is(fs.readFileSync(path.join(dir, 'empty.txt'), 'utf8'), '');
    assert.is(fs.readFileSync(path.join(dir, 'twice.txt'), 'utf8'), 'second');
  } finally {
    await out.close();
  }
});

test('a write that fails: flush() throws its error, with the file, and so does every later write', async () => {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'taken'), 'a file where a folder is wanted');
  const out = fileWriter();
  try {
    out.write(path.join(dir, 'ok.txt'), 'ok');
    out.write(path.join(dir, 'taken/page.html'), 'lost');
    const err = (() => {
      try {
        out.flush();
      } catch (e) {
        return e as NodeJS.ErrnoException;
      }
      return null;
    })();
    assert.ok(err, 'flush() throws');
    assert.is(err!.code, 'ENOTDIR');
    assert.match(err!.message, 'taken');
    assert.throws(() => out.write(path.join(dir, 'after.txt'), 'x'), /ENOTDIR/);
    assert.is(fs.readFileSync(path.join(dir, 'ok.txt'), 'utf8'), 'ok');
  } finally {
    await out.close();
  }
});

test('a copy of a file that is gone fails the same way', async () => {
  const dir = scratch();
  const out = fileWriter();
  try {
    out.copy(path.join(dir, 'missing.log'), path.join(dir, 'copy.txt'));
    assert.throws(() => out.flush(), /ENOENT.*missing\.log/);
  } finally {
    await out.close();
  }
});

test('close() with nothing written returns at once, and may be called twice', async () => {
  const out = fileWriter();
  await out.close();
  await out.close();
});

test.run();
