// The command line contract other tools rely on: `minutebook parse FILE...`
// prints a JSON array of meetings on stdout and diagnostics on stderr.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { debugTrace } from '../src/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'minutebook.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'logs');

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

/** As run, in `cwd` and with more environment. */
function runIn(cwd: string, env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, ...env } });
}

test('parse prints the meetings of several files as one JSON array', () => {
  const r = run('parse', path.join(FIXTURES, 'seeds/oslo.2016-11-07-16.00.log.txt'), path.join(FIXTURES, 'seeds/weekly-syncup.2014-01-29-02.04.log.txt'));
  assert.is(r.status, 0, r.stderr);
  const meetings = JSON.parse(r.stdout);
  assert.equal(meetings.map((m: { id: string }) => m.id), ['oslo/2016/oslo.2016-11-07-16.00', 'weekly-syncup/2014/weekly-syncup.2014-01-29-02.04']);
  for (const key of ['id', 'series', 'title', 'start', 'end', 'ended', 'source', 'chairs', 'people', 'topics', 'items', 'lines', 'diagnostics']) {
    assert.ok(key in meetings[0], `meeting has ${key}`);
  }
});

test('parse writes diagnostics to stderr as file:line: level: message', () => {
  const file = path.join(FIXTURES, 'seeds/weekly-syncup.2014-01-29-02.04.log.txt');
  const r = run('parse', file);
  assert.match(r.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: warning: meeting never ended`, 'm'));
  for (const line of r.stderr.trim().split('\n')) assert.match(line, /^.+:\d+: (error|warning|info): .+$/);
});

test("parse of a Slack export's day names its people by the export's users.json, as a build does", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-slack-'));
  try {
    fs.mkdirSync(path.join(dir, 'general'));
    fs.writeFileSync(path.join(dir, 'users.json'), JSON.stringify([{ id: 'U01', name: 'alice' }]));
    const day = path.join(dir, 'general', '2023-10-05.json');
    fs.writeFileSync(day, JSON.stringify([{ type: 'message', ts: '1696514400.0001', user: 'U01', text: 'hello' }]));
    const r = run('parse', day);
    assert.is(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].people, [{ nick: 'alice', lines: 1 }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('parse of a missing file reports it and exits 1', () => {
  const r = run('parse', 'no/such/file.log');
  assert.is(r.status, 1);
  assert.match(r.stderr, /no\/such\/file\.log:0: error: cannot read the file \(ENOENT\)/);
  assert.equal(JSON.parse(r.stdout), []);
});

test('parse without files and unknown commands are usage errors (exit 2)', () => {
  assert.is(run('parse').status, 2);
  const r = run('frobnicate');
  assert.is(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
  // A name every object has is no command either (it was looked up on the table's prototype: "command.run is not a function").
  assert.match(run('constructor').stderr, /unknown command "constructor"/);
});

test('--help lists the commands and every log format', () => {
  const r = run('--help');
  assert.is(r.status, 0);
  for (const word of ['build', 'serve', 'check', 'parse', 'meetbot', 'irssi', 'weechat', 'hexchat', 'limnoria']) assert.ok(r.stdout.includes(word), word);
  // Each command's line is followed by what it does, a whole sentence (not a usage text cut after its first lines).
  const lines = r.stdout.split('\n');
  for (const command of ['build', 'serve', 'check', 'parse']) {
    const at = lines.findIndex((l) => l.startsWith(`  minutebook ${command} `));
    assert.ok(at >= 0, command);
    assert.match(lines[at + 1], /^ {4}\S.*\.$/, `${command}: ${lines[at + 1]}`);
  }
});

test('every command has its own --help, with its options and exit status', () => {
  for (const [command, words] of [
    ['build', ['--logs', '--out', '--url', '--path-prefix', '--no-cache', '--format github', 'Exit status']],
    ['serve', ['--port', '--host', '127.0.0.1']],
    ['check', ['--strict', '--format github', 'Exit status']],
    ['parse', ['JSON']],
  ] as const) {
    const r = run(command, '--help');
    assert.is(r.status, 0, command);
    for (const w of words) assert.ok(r.stdout.includes(w), `${command} --help mentions ${w}`);
  }
});

test('help COMMAND prints that command\'s help, as COMMAND --help does; help of no such command is a usage error', () => {
  for (const command of ['build', 'serve', 'check', 'parse']) {
    const r = run('help', command);
    assert.is(r.status, 0, command);
    assert.is(r.stdout, run(command, '--help').stdout, command);
    assert.match(r.stdout, `Usage: minutebook ${command} `);
  }
  const none = run('help', 'frobnicate');
  assert.is(none.status, 2);
  assert.match(none.stderr, /unknown command "frobnicate"/);
  assert.is(run('help').stdout, run('--help').stdout, 'help alone: the general help');
});

test("check --help lists --logs and --config with the other options, not only in its usage line", () => {
  const r = run('check', '--help');
  assert.match(r.stdout, /^ {2}--logs DIR {10}logs folder/m);
  assert.match(r.stdout, /^ {2}--config FILE {7}settings/m);
  assert.match(run('parse', '--help').stdout, /^ {2}--config FILE {7}settings/m, 'parse reads the settings too');
});

test('no command: the help on stderr and exit 2 (bad usage), nothing on stdout', () => {
  const r = run();
  assert.is(r.status, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^minutebook: IRC meeting logs/);
  assert.match(r.stderr, /give a command, e\.g\. minutebook build\n$/);
});

test('an unknown option is a usage error naming it, and where the options are', () => {
  const r = run('build', '--frobnicate');
  assert.is(r.status, 2);
  assert.match(r.stderr, /frobnicate/);
  assert.match(r.stderr, 'Run "minutebook build --help" for its options.');
  assert.not.match(r.stderr, 'To specify a positional argument');
});

test('check: clean logs pass; problems are file:line diagnostics; errors exit 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-check-'));
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs);
  fs.copyFileSync(path.join(FIXTURES, 'seeds/oslo.2016-11-07-16.00.log.txt'), path.join(logs, 'oslo.2016-11-07-16.00.log.txt'));
  const good = run('check', '--logs', logs);
  assert.is(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stderr, /checked 1 log, 1 meeting: 0 errors, 0 warnings/);

  fs.writeFileSync(path.join(logs, 'page.log.txt'), '<!doctype html><html><body><p>not a log</p></body></html>\n');
  fs.writeFileSync(
    path.join(logs, 'team.2020-01-02-10.00.log.txt'),
    ['10:00:00 <alice> #startmeeting', '10:00:01 <alice> #action write the release notes', '10:00:02 <alice> bye'].join('\n') + '\n',
  );
  fs.writeFileSync(path.join(logs, 'latin1.log.txt'), Buffer.from('10:00:00 <bob> caf\xe9 cr\xe8me\n', 'latin1'));
  const bad = run('check', '--logs', logs);
  assert.is(bad.status, 1, 'an unreadable format is an error');
  const lines = bad.stdout.trim().split('\n');
  for (const l of lines) assert.match(l, /^.+:\d+: (error|warning): .+$/);
  const text = bad.stdout;
  assert.match(text, /page\.log\.txt:\d+: error: .*not a (recognized )?chat log/);
  assert.match(text, /team\.2020-01-02-10\.00\.log\.txt:1: warning: meeting never ended/);
  assert.match(text, /team\.2020-01-02-10\.00\.log\.txt:2: warning: action "write the release notes" has no owner/);
  assert.match(text, /latin1\.log\.txt:1: (warning|info): .*(UTF-8|Windows-1252)/i);

  // The same problems as GitHub Actions annotations, and the same exit status.
  const annotated = run('check', '--logs', logs, '--format', 'github');
  assert.is(annotated.status, 1);
  const annotations = annotated.stdout.trim().split('\n');
  assert.is(annotations.length, lines.length);
  for (const l of annotations) assert.match(l, /^::(error|warning|notice) file=[^,:]+(,line=\d+)?::.+$/);
  assert.ok(annotations.some((l) => /^::warning file=.*team\.2020-01-02-10\.00\.log\.txt,line=2::action "write the release notes" has no owner/.test(l)));
  assert.is(run('check', '--logs', logs, '--format', 'xml').status, 2, 'an unknown --format is a usage error');

  fs.rmSync(path.join(logs, 'page.log.txt'));
  assert.is(run('check', '--logs', logs).status, 0, 'warnings alone pass');
  assert.is(run('check', '--logs', logs, '--strict').status, 1, '--strict fails on warnings');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('build --format github: the logs\' problems as annotations on stdout, the summary as before', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-annotate-'));
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs);
  fs.writeFileSync(path.join(logs, 'team.2020-01-02-10.00.log.txt'), ['10:00:00 <alice> #startmeeting', '10:00:01 <alice> #topic one'].join('\n') + '\n');
  const r = run('build', '--logs', logs, '--out', path.join(dir, 'site'), '--no-cache', '--format', 'github');
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /^::warning file=[^\n]*team\.2020-01-02-10\.00\.log\.txt,line=1::meeting never ended/m);
  assert.not.match(r.stderr, /: warning: /);
  assert.match(r.stderr, /built 1 meeting from 1 log/);
  assert.is(run('build', '--logs', logs, '--out', path.join(dir, 'site'), '--format', 'json').status, 2);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a bad settings file is a usage error naming the key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-config-'));
  const config = path.join(dir, 'minutebook.config.json');
  fs.writeFileSync(config, JSON.stringify({ titel: 'x' }));
  const r = run('build', '--config', config, '--logs', path.join(ROOT, 'logs'), '--out', path.join(dir, 'site'));
  assert.is(r.status, 2);
  assert.match(r.stderr, /minutebook build: .*minutebook\.config\.json: has an unknown key "titel" \(did you mean "title"\?\)/);
  assert.not.ok(fs.existsSync(path.join(dir, 'site')), 'nothing is written');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('build with a missing logs folder says what to do', () => {
  const r = run('build', '--logs', path.join(os.tmpdir(), 'minutebook-no-such-logs'), '--out', path.join(os.tmpdir(), 'mb-out'));
  assert.is(r.status, 2);
  assert.match(r.stderr, /logs folder ".*" not found: create it/);
});

test('build writes a data file per meeting and an index, each with schemaVersion', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-'));
  // No cache: it would be written under the repository (the working folder here).
  const r = run('build', '--logs', path.join(ROOT, 'logs'), '--out', out, '--quiet', '--no-cache');
  assert.is(r.status, 0, r.stderr);
  const index = JSON.parse(fs.readFileSync(path.join(out, 'data', 'index.json'), 'utf8'));
  assert.is(index.schemaVersion, 1);
  assert.is(index.meetings.length, 2);
  const one = JSON.parse(fs.readFileSync(path.join(out, 'data', index.meetings[0].data), 'utf8'));
  assert.is(one.schemaVersion, 1);
  assert.is(one.meeting.id, index.meetings[0].id);
  assert.ok(fs.existsSync(path.join(out, 'index.html')));
  fs.rmSync(out, { recursive: true, force: true });
});

test('build --out through a symbolic link writes the site into its target, and the link stays', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-link-out-'));
  try {
    fs.cpSync(path.join(ROOT, 'logs'), path.join(dir, 'logs'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'www'));
    fs.symlinkSync('www', path.join(dir, 'site'), 'dir');
    for (let k = 0; k < 2; k++) {
      const r = runIn(dir, {}, 'build', '--logs', 'logs', '--out', 'site', '--no-cache', '-q');
      assert.is(r.status, 0, r.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'site')).isSymbolicLink(), 'still a link');
      assert.ok(fs.existsSync(path.join(dir, 'www', 'index.html')), 'the site is in the target');
    }
    assert.equal(fs.readdirSync(dir).sort(), ['logs', 'site', 'www']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--out inside the logs folder is refused when the logs are named through a link', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-link-logs-'));
  try {
    fs.cpSync(path.join(ROOT, 'logs'), path.join(dir, 'logs'), { recursive: true });
    fs.symlinkSync('logs', path.join(dir, 'L'), 'dir');
    const r = runIn(dir, {}, 'build', '--logs', 'L', '--out', 'logs/out', '--no-cache');
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stderr, 'minutebook build: --out logs/out and the logs folder L overlap; give the site a folder of its own');
    assert.not.ok(fs.existsSync(path.join(dir, 'logs', 'out')), 'nothing written into the logs');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty --logs or --out is a usage error saying so', () => {
  const logs = run('build', '--logs', '', '--out', path.join(os.tmpdir(), 'minutebook-never'));
  assert.is(logs.status, 2);
  assert.match(logs.stderr, 'minutebook build: --logs is empty; give the folder the logs are in, e.g. --logs logs');
  const out = run('build', '--out', '');
  assert.is(out.status, 2);
  assert.match(out.stderr, 'minutebook build: --out is empty; give the site a folder of its own, e.g. --out site');
  assert.is(run('check', '--logs', '').status, 2);
  // '' is no file: refused, not read as "no --config" (which takes ./minutebook.config.json unasked).
  for (const command of ['build', 'check', 'parse']) {
    const more = { build: ['--out', path.join(os.tmpdir(), 'minutebook-never')], check: [], parse: [path.join(FIXTURES, 'seeds/oslo.2016-11-07-16.00.log.txt')] }[command];
    const config = run(command, '--config', '', ...more);
    assert.is(config.status, 2, command);
    assert.match(config.stderr, `minutebook ${command}: --config is empty; give the settings file, e.g. --config minutebook.config.json, or leave --config out to use ./minutebook.config.json when it exists`);
  }
});

test('--logs naming a file says it is a file, not a folder, and names parse for one log (not "create it")', () => {
  const file = path.join(FIXTURES, 'seeds/oslo.2016-11-07-16.00.log.txt');
  for (const command of ['build', 'check']) {
    const r = run(command, '--logs', file, ...(command === 'build' ? ['--out', path.join(os.tmpdir(), 'minutebook-never')] : []));
    assert.is(r.status, 2, command);
    assert.match(r.stderr, `minutebook ${command}: logs folder "${file}" is a file, not a folder: give the folder your meeting logs are in (--logs DIR), or read this one log with minutebook parse ${file}`);
    assert.not.match(r.stderr, 'create it');
  }
});

test("parse reads the settings as build does: their relays and aliases give the build's meetings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-parse-settings-'));
  try {
    // One name only, no bridge-like nick: "helper" is a relay by the settings alone.
    const said = ['<ally> #startmeeting', '<helper> <bob> hi', '<ally> #action alice to send the notes', '<helper> <bob> done', '<ally> #endmeeting'];
    fs.mkdirSync(path.join(dir, 'logs'));
    const log = path.join(dir, 'logs', 'team.2020-01-02-10.00.log.txt');
    fs.writeFileSync(log, said.map((l, k) => `10:00:0${k} ${l}`).join('\n') + '\n');
    const settings = { relays: { helper: true }, aliases: { alice: ['ally'] } };
    const meetingOf = (r: ReturnType<typeof run>) => {
      assert.is(r.status, 0, r.stderr);
      const [m] = JSON.parse(r.stdout);
      return {
        relayed: m.lines.filter((l: { via?: string }) => l.via).map((l: { nick: string; via: string }) => [l.nick, l.via]),
        owners: m.items.filter((i: { kind: string }) => i.kind === 'action').map((i: { assignees: string[] }) => i.assignees),
      };
    };
    assert.equal(meetingOf(runIn(dir, {}, 'parse', log)), { relayed: [], owners: [[]] }, 'no settings: neither');
    fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify(settings));
    const expected = { relayed: [['bob', 'helper'], ['bob', 'helper']], owners: [['ally']] };
    assert.equal(meetingOf(runIn(dir, {}, 'parse', log)), expected, './minutebook.config.json');
    assert.equal(meetingOf(run('parse', '--config', path.join(dir, 'minutebook.config.json'), log)), expected, '--config FILE');
    // The build's data file has the same lines.
    const built = runIn(dir, {}, 'build', '--no-cache', '-q');
    assert.is(built.status, 0, built.stderr);
    const { lines } = JSON.parse(fs.readFileSync(path.join(dir, 'site', 'data', 'meetings', 'team', '2020', 'team.2020-01-02-10.00.json'), 'utf8')).meeting;
    assert.equal(lines.filter((l: { via?: string }) => l.via).map((l: { nick: string; via: string }) => [l.nick, l.via]), expected.relayed);
    const bad = run('parse', '--config', path.join(dir, 'nowhere.json'), log);
    assert.is(bad.status, 2, 'settings that cannot be read: a usage error, as for build');
    assert.match(bad.stderr, /cannot read the settings file .*nowhere\.json \(ENOENT\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an --out that cannot be written is named; with DEBUG the error under it is printed too', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-unwritable-'));
  try {
    fs.writeFileSync(path.join(dir, 'file'), 'x');
    const out = path.join(dir, 'file', 'site');
    const r = run('build', '--logs', path.join(ROOT, 'logs'), '--out', out, '--no-cache', '-q');
    assert.is(r.status, 2);
    assert.match(r.stderr, `minutebook build: cannot write the site to ${out} (`);
    assert.not.match(r.stderr, /caused by/);
    const debug = runIn(ROOT, { DEBUG: '1' }, 'build', '--logs', path.join(ROOT, 'logs'), '--out', out, '--no-cache', '-q');
    assert.is(debug.status, 2);
    assert.match(debug.stderr, /\n {4}at .*output\.js/, 'the stack');
    assert.match(debug.stderr, /\ncaused by: Error: E[A-Z]+: .*file/, 'the cause');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('debugTrace: the stack, then each cause under it', () => {
  const inner = new TypeError("Cannot read properties of undefined (reading 'title')");
  const middle = new Error('Having trouble rendering 11ty.js template ./templates/index.11ty.js', { cause: inner });
  const outer = new Error('rendering the pages failed: Having trouble rendering 11ty.js template', { cause: middle });
  const trace = debugTrace(outer);
  assert.ok(trace.startsWith('Error: rendering the pages failed'), trace);
  assert.match(trace, /\ncaused by: Error: Having trouble rendering 11ty\.js template[^]*\ncaused by: TypeError: Cannot read properties of undefined/);
  assert.match(debugTrace('plain'), /^plain$/);
});

test('serve --port that is no port is a usage error, before any build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-port-'));
  try {
    fs.cpSync(path.join(ROOT, 'logs'), path.join(dir, 'logs'), { recursive: true });
    for (const port of ['abc', '-1', '65536', '80.5', '']) {
      const r = runIn(dir, {}, 'serve', `--port=${port}`, '--no-cache');
      assert.is(r.status, 2, port);
      assert.match(r.stderr, `minutebook serve: --port must be a whole number from 0 to 65535 (0 picks a free one), not "${port}"`);
      assert.not.match(r.stderr, /built|options\.port/);
    }
    assert.not.ok(fs.existsSync(path.join(dir, 'site')), 'nothing built');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('serve on a port in use says so, before building', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-busy-'));
  const busy = http.createServer();
  try {
    fs.cpSync(path.join(ROOT, 'logs'), path.join(dir, 'logs'), { recursive: true });
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    // Run asynchronously: the busy server answers in this process meanwhile.
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-cache'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => resolve({ status, stderr }));
    });
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stderr, `minutebook serve: port ${port} is in use on 127.0.0.1; pick another with --port (0 picks a free one)`);
    assert.not.match(r.stderr, /EADDRINUSE|built/);
    assert.not.ok(fs.existsSync(path.join(dir, 'site')), 'nothing built');
  } finally {
    busy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("--url leaves a path prefix the settings name as it is, and gives one where they name none, or only their url's", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-prefix-'));
  try {
    const prefixIn = (settings: object, ...flags: string[]) => {
      fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify(settings));
      const out = path.join(dir, 'site');
      const r = runIn(dir, {}, 'build', '--logs', path.join(ROOT, 'logs'), '--out', out, '--no-cache', '-q', ...flags);
      assert.is(r.status, 0, r.stderr);
      return /href="([^"]*)assets\/style\.css"/.exec(fs.readFileSync(path.join(out, '404.html'), 'utf8'))?.[1];
    };
    assert.is(prefixIn({ pathPrefix: '/other/' }, '--url', 'https://o.github.io/repo/'), '/other/', 'the settings\' own prefix');
    assert.is(prefixIn({ url: 'https://o.github.io/old/' }, '--url', 'https://o.github.io/repo/'), '/repo/', 'the prefix their url gave follows --url');
    assert.is(prefixIn({}, '--url', 'https://o.github.io/repo/'), '/repo/');
    assert.is(prefixIn({}), '/', 'none: the host\'s root, which a missing page at any depth reaches (relative links were dead below the top folder)');
    assert.is(prefixIn({ pathPrefix: '/other/' }, '--url', 'https://o.github.io/repo/', '--path-prefix', '/flag/'), '/flag/', '--path-prefix over all');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the settings file\'s folders, and the default ones, are beside it, wherever the command runs from', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-beside-'));
  try {
    const project = path.join(dir, 'project');
    fs.mkdirSync(path.join(project, 'minutes'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'logs'), path.join(project, 'minutes'), { recursive: true });
    fs.writeFileSync(path.join(project, 'minutebook.config.json'), JSON.stringify({ logs: 'minutes', out: 'public' }));
    const r = runIn(dir, {}, 'build', '--config', path.join('project', 'minutebook.config.json'), '--no-cache', '-q');
    assert.is(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(project, 'public', 'index.html')), 'the site beside the settings');
    assert.not.ok(fs.existsSync(path.join(dir, 'public')), 'not in the working folder');
    fs.writeFileSync(path.join(project, 'minutebook.config.json'), '{}');
    fs.renameSync(path.join(project, 'minutes'), path.join(project, 'logs'));
    const defaults = runIn(dir, {}, 'build', '--config', path.join('project', 'minutebook.config.json'), '--no-cache', '-q');
    assert.is(defaults.status, 0, defaults.stderr);
    assert.ok(fs.existsSync(path.join(project, 'site', 'index.html')), 'logs/ and site/ beside the settings');
    const flags = runIn(dir, {}, 'build', '--config', path.join('project', 'minutebook.config.json'), '--logs', path.join('project', 'logs'), '--out', 'here', '--no-cache', '-q');
    assert.is(flags.status, 0, flags.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'here', 'index.html')), 'the flags are read from the working folder');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("check reads the settings' ignore and the series notes, as build does", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-cli-check-'));
  try {
    const logs = path.join(dir, 'logs');
    fs.cpSync(path.join(ROOT, 'logs'), logs, { recursive: true });
    fs.writeFileSync(path.join(logs, 'agenda.md'), '# Agenda\n\n- budget\n- release\n');
    fs.writeFileSync(path.join(logs, 'ops.series.md'), '---\ntitle: [unclosed\n---\nNotes.\n');
    const before = runIn(dir, {}, 'check');
    assert.is(before.status, 1, 'the agenda is no log');
    assert.match(before.stdout, /agenda\.md:0: error: not a recognized chat log/);
    fs.writeFileSync(path.join(dir, 'minutebook.config.json'), JSON.stringify({ ignore: ['agenda.md'] }));
    const after = runIn(dir, {}, 'check');
    assert.is(after.status, 0, after.stdout + after.stderr);
    assert.not.match(after.stdout, /agenda/);
    assert.match(after.stdout, /ops\.series\.md:3: warning: front matter is not valid YAML/);
    assert.match(after.stdout, /ops\.series\.md:0: warning: notes for series "ops", which no meeting is in/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a mistake in --url or --path-prefix is named by its flag, not by the settings key it fills', () => {
  const prefix = run('build', '--logs', 'logs', '--out', 'site', '--path-prefix', '//minutes/');
  assert.is(prefix.status, 2);
  assert.match(prefix.stderr, /^minutebook build: --path-prefix must be a path that starts and ends with "\/"/m);
  const url = run('build', '--logs', 'logs', '--out', 'site', '--url', 'https://example.org/a?x=1');
  assert.is(url.status, 2);
  assert.match(url.stderr, /^minutebook build: --url must be an absolute http\(s\) URL/m);
  assert.not.match(prefix.stderr + url.stderr, /pathPrefix|"url"|the command line/);
});

test.run();
