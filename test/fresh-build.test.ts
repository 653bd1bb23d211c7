// A build on a thread of its own (serve's rebuilds): its failure reaches the caller whole.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MinutebookError } from '../src/errors.js';
import { freshBuild } from '../src/fresh-build.js';

const ROOT = path.resolve(import.meta.dirname, '..');

test("a failed build's error comes back with its name, stack and causes, for DEBUG=1 to print", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-fresh-'));
  try {
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    const out = path.join(dir, 'file', 'site');
    const error = await freshBuild({ logsDir: path.join(ROOT, 'logs'), outDir: out, cacheDir: null }).then(
      () => undefined,
      (e: Error) => e,
    );
    assert.instance(error, MinutebookError);
    assert.match(error!.message, `cannot write the site to ${out} (`);
    assert.match(String(error!.stack), /\n {4}at .*output\.ts/, "the thread's stack");
    const cause = error!.cause as NodeJS.ErrnoException | undefined;
    assert.instance(cause, Error);
    assert.match(String(cause!.code), /^E[A-Z]+$/);
    assert.match(cause!.message, /file/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
