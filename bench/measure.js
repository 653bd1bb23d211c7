// Running what the benchmark times, each as a child process: wall time, and
// for Node children their peak RSS and CPU time (bench/child-usage.js), for
// other commands the same through GNU time when /usr/bin/time is there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const USAGE = path.join(import.meta.dirname, 'child-usage.js');
const GNU_TIME = '/usr/bin/time';

function run(command, args, { cwd, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - began) / 1000 }));
  });
}

const usageFile = () => path.join(os.tmpdir(), `bench-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);

/** node SCRIPT ARGS…, timed; fails when the script does. */
export async function runNode(script, args, options = {}) {
  const file = usageFile();
  const r = await run(process.execPath, ['--import', USAGE, script, ...args], { ...options, env: { ...options.env, BENCH_USAGE_FILE: file } });
  if (r.code !== 0) throw new Error(`${path.basename(script)} ${args.join(' ')} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
  const u = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file);
  return { ...r, peakRssMB: u.maxRssKB / 1024, cpuSeconds: u.userSec + u.systemSec };
}

/** COMMAND ARGS…, timed (and its peak RSS and CPU time when GNU time is installed). */
export async function runCommand(command, args, options = {}) {
  if (!fs.existsSync(GNU_TIME)) return { ...(await run(command, args, options)), peakRssMB: null, cpuSeconds: null };
  const file = usageFile();
  const r = await run(GNU_TIME, ['-o', file, '-f', '%M %U %S', command, ...args], options);
  const [kb, user, system] = fs.readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  fs.rmSync(file);
  return { ...r, peakRssMB: kb / 1024, cpuSeconds: user + system };
}

/** Is COMMAND on PATH? */
export function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Total bytes of the files under dir (and, with `match`, of those whose site-relative path it matches). */
export function bytesUnder(dir, match = null) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath ?? e.path, e.name);
    if (!match || match.test(path.relative(dir, full).split(path.sep).join('/'))) total += fs.statSync(full).size;
  }
  return total;
}
