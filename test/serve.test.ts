// `minutebook serve`: builds, serves the site on 127.0.0.1 with live reload,
// rebuilds when a log changes, and stops on SIGTERM. Every wait is bounded.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/serve.js';

const REPO = path.resolve(import.meta.dirname, '..');
const LIMIT_MS = 30_000;

function within<T>(promise: Promise<T>, what: string, ms = LIMIT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const r = await fetch(url);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
}

test('the server sends pages with the reload script, assets as they are, and 404.html for the rest', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title><body><p>home</p></body>');
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>x</title><body>missing</body>');
  fs.writeFileSync(path.join(dir, 'assets', 'style.css'), 'p{}');
  fs.writeFileSync(path.join(os.tmpdir(), 'minutebook-serve-secret.txt'), 'secret');
  const server = await startServer(dir, { port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await get(server.url);
    assert.is(home.status, 200);
    assert.match(home.body, /<p>home<\/p><script src="\/__minutebook\/reload\.js" defer><\/script><\/body>/);
    assert.is((await get(`${server.url}assets/style.css`)).body, 'p{}');
    const missing = await get(`${server.url}no/such/page.html`);
    assert.is(missing.status, 404);
    assert.match(missing.body, /missing/);
    for (const escape of ['..%2fminutebook-serve-secret.txt', '%2e%2e/%2e%2e/minutebook-serve-secret.txt', '..%2f..%2fetc%2fpasswd.html']) {
      const r = await get(`${server.url}${escape}`);
      assert.not.match(r.body, /secret|root:/, `${escape} stays inside the site`);
    }
    const events = await new Promise<string>((resolve) => {
      http.get(`${server.url}__minutebook/events`, (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
          if (text.includes(': connected')) server.reload();
          if (text.includes('event: reload')) {
            res.destroy();
            resolve(text);
          }
        });
      });
    });
    assert.match(events, /event: reload/);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('minutebook serve builds, serves the home page, rebuilds on a change and stops on SIGTERM', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-cli-'));
  fs.mkdirSync(path.join(dir, 'logs'));
  fs.copyFileSync(path.join(REPO, 'logs', 'oslo.2016-11-07-16.00.log.txt'), path.join(dir, 'logs', 'oslo.2016-11-07-16.00.log.txt'));
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [path.join(REPO, 'bin', 'minutebook.js'), 'serve', '--port', '0'], { cwd: dir });
    let out = '';
    child.stdout!.on('data', (c) => (out += c));
    child.stderr!.on('data', (c) => (out += c));
    const url = await within(
      new Promise<string>((resolve) => child!.stdout!.on('data', () => /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out) && resolve(/at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)![1]))),
      'serve printing its address',
    );
    const home = await get(url);
    assert.is(home.status, 200);
    assert.match(home.body, /oslo/);
    assert.not.match(home.body, /weekly-syncup/);

    const rebuilt = within(new Promise<void>((resolve) => child!.stderr!.on('data', () => /built 2 meetings/.test(out) && resolve())), 'the rebuild after a new log');
    fs.copyFileSync(path.join(REPO, 'logs', 'weekly-syncup.2014-01-29-02.04.log.txt'), path.join(dir, 'logs', 'weekly-syncup.2014-01-29-02.04.log.txt'));
    await rebuilt;
    assert.match((await get(url)).body, /weekly-syncup/);

    const exited = within(new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code))), 'serve stopping on SIGTERM');
    child.kill('SIGTERM');
    assert.is(await exited, 0);
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
