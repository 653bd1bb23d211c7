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

/** `minutebook serve --port 0` in `cwd`, from the package at `pkg`, once it prints its address; `printed` waits for its output to match. */
async function serve(pkg: string, cwd: string, ...more: string[]): Promise<{ child: ChildProcess; url: string; printed: (re: RegExp, what: string) => Promise<void>; output: () => string }> {
  const child = spawn(process.execPath, [path.join(pkg, 'bin', 'minutebook.js'), 'serve', '--port', '0', ...more], { cwd });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  /** Resolves once the output matches. */
  const printed = (re: RegExp, what: string) =>
    within(
      new Promise<void>((resolve) => {
        const check = () => re.test(out) && resolve();
        child.stdout!.on('data', check);
        child.stderr!.on('data', check);
        check();
      }),
      what,
    );
  const address = /at (http:\/\/127\.0\.0\.1:\d+\/)/;
  try {
    await printed(address, 'serve printing its address');
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return { child, url: address.exec(out)![1], printed, output: () => out };
}

/** Stops serve with SIGTERM; resolves with its exit code. */
function stop(child: ChildProcess): Promise<number | null> {
  const exited = within(new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))), 'serve stopping on SIGTERM');
  child.kill('SIGTERM');
  return exited;
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

test("a site with a path prefix is served under it, as its host will (the 404 page's /minutes/… links were dead at /)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-prefix-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title><body><p>home</p></body>');
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>x</title><body><link href="/minutes/assets/style.css">missing</body>');
  fs.writeFileSync(path.join(dir, 'assets', 'style.css'), 'p{}');
  const server = await startServer(dir, { port: 0, prefix: '/minutes/' });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/minutes\/$/);
    const origin = server.url.slice(0, -'minutes/'.length);
    for (const to of ['', 'minutes']) {
      const r = await fetch(origin + to, { redirect: 'manual' });
      assert.equal([r.status, r.headers.get('location')], [302, '/minutes/'], `/${to}`);
    }
    assert.match((await get(server.url)).body, /<p>home<\/p>/);
    assert.is((await get(`${server.url}assets/style.css`)).body, 'p{}', 'what the 404 page links to');
    const missing = await get(`${server.url}no/such/page.html`);
    assert.equal([missing.status, /missing/.test(missing.body)], [404, true]);
    assert.is((await get(`${origin}assets/style.css`)).status, 404, 'outside the prefix');
    assert.match((await get(`${origin}__minutebook/reload.js`)).body, /EventSource/, 'the reload script where pages ask for it');
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
    const served = await serve(REPO, dir);
    child = served.child;
    const home = await get(served.url);
    assert.is(home.status, 200);
    assert.match(home.body, /oslo/);
    assert.not.match(home.body, /weekly-syncup/);

    const rebuilt = served.printed(/built 2 meetings/, 'the rebuild after a new log');
    fs.copyFileSync(path.join(REPO, 'logs', 'weekly-syncup.2014-01-29-02.04.log.txt'), path.join(dir, 'logs', 'weekly-syncup.2014-01-29-02.04.log.txt'));
    await rebuilt;
    assert.match((await get(served.url)).body, /weekly-syncup/);
    assert.is(await stop(child), 0);
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('minutebook serve -q prints its address and nothing else, as build -q', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-quiet-'));
  fs.mkdirSync(path.join(dir, 'logs'));
  fs.copyFileSync(path.join(REPO, 'logs', 'oslo.2016-11-07-16.00.log.txt'), path.join(dir, 'logs', 'oslo.2016-11-07-16.00.log.txt'));
  let child: ChildProcess | undefined;
  try {
    const served = await serve(REPO, dir, '-q', '--no-cache');
    child = served.child;
    assert.match((await get(served.url)).body, /oslo/, 'built all the same');
    assert.match(served.output(), /^serving site\/ at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops\)\n$/);
    assert.is(await stop(child), 0);
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('minutebook serve renders every page with a template include edited while it runs, and with the settings as edited', async () => {
  // A copy of the package, whose templates the test may edit.
  const pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-pkg-'));
  for (const part of ['bin', 'dist', 'templates', '.eleventy.js', 'package.json']) fs.cpSync(path.join(REPO, part), path.join(pkg, part), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-serve-edit-'));
  fs.mkdirSync(path.join(dir, 'logs'));
  fs.copyFileSync(path.join(REPO, 'logs', 'oslo.2016-11-07-16.00.log.txt'), path.join(dir, 'logs', 'oslo.2016-11-07-16.00.log.txt'));
  fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify({ title: 'First title' }));
  let child: ChildProcess | undefined;
  try {
    const served = await serve(pkg, dir);
    child = served.child;
    const url = served.url;
    const builds = (n: number) => new RegExp(`(^built \\d+ meetings?[^]*){${n}}`, 'm');
    const minutes = `${url}oslo/2016/oslo.2016-11-07-16.00.html`;
    assert.match((await get(url)).body, /First title/);
    assert.not.match((await get(url)).body, /EDITED-INCLUDE/);

    // plural() is in the home page (Eleventy's) and in the minutes (a page worker's).
    const format = path.join(pkg, 'templates', '_includes', 'format.js');
    const source = fs.readFileSync(format, 'utf8');
    assert.ok(source.includes('return `${count(n)} ${n === 1 ? one : many}`;'), 'plural() as the test knows it');
    const second = served.printed(builds(2), 'the rebuild after an include was edited');
    fs.writeFileSync(format, source.replace('return `${count(n)} ${n === 1 ? one : many}`;', 'return `${count(n)} ${n === 1 ? one : many}EDITED-INCLUDE`;'));
    await second;
    assert.match((await get(url)).body, /EDITED-INCLUDE/, 'the home page, rendered by Eleventy');
    assert.match((await get(minutes)).body, /EDITED-INCLUDE/, 'the minutes, rendered by a page worker');

    // Settings that do not parse: said, and the site kept; then fixed.
    const refused = served.printed(/minutebook serve: .*minutebook\.config\.json/, 'the settings refused');
    fs.writeFileSync(path.join(dir, 'minutebook.config.json'), '{ "title": ');
    await refused;
    assert.match((await get(url)).body, /First title/);
    const third = served.printed(builds(3), 'the rebuild after the settings were edited');
    fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify({ title: 'Second title' }));
    await third;
    assert.match((await get(url)).body, /Second title/);

    // Other folders in the settings: serve says it keeps its own until restarted, and builds them still.
    const kept = served.printed(/settings now name elsewhere\/ → site\/; still building logs\/ → site\/ until serve is restarted/, 'the notice of other folders');
    const fourth = served.printed(builds(4), 'the rebuild after the folders were edited');
    fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify({ title: 'Third title', logs: 'elsewhere' }));
    await kept;
    await fourth;
    assert.match((await get(url)).body, /Third title/);
    assert.is(await stop(child), 0);
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(pkg, { recursive: true, force: true });
  }
});

test.run();
