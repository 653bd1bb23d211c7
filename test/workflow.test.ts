// .github/workflows/pages.yml: a push to main that touches the logs (or what
// builds them) publishes the site on GitHub Pages with GitHub's own actions.
// Read as data, the way Actions reads it; the build step's shell line is run
// (with npm stubbed) to check the URL and path prefix it passes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { REPO } from './support/built-site.js';

const FILE = path.join(REPO, '.github', 'workflows', 'pages.yml');
const OFFICIAL = [
  'actions/checkout',
  'actions/setup-node',
  'actions/cache',
  'actions/configure-pages',
  'actions/upload-pages-artifact',
  'actions/deploy-pages',
  'actions/upload-artifact',
];

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: string | { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[]; paths?: string[] }; workflow_dispatch?: unknown };
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

function load(): Workflow {
  const doc = parseDocument(fs.readFileSync(FILE, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  assert.equal([...doc.errors, ...doc.warnings].map((e) => e.message), [], 'pages.yml is valid YAML');
  return doc.toJS() as Workflow;
}

const jobs = (w: Workflow) => Object.entries(w.jobs);
const action = (s: Step) => s.uses?.split('@')[0];
/** [job name, step] of the one step using `name`. */
function stepUsing(w: Workflow, name: string): [string, Step] {
  const found = jobs(w).flatMap(([j, job]) => job.steps.filter((s) => action(s) === name).map((s) => [j, s] as [string, Step]));
  assert.is(found.length, 1, `one step uses ${name}`);
  return found[0];
}
function runStep(w: Workflow, pattern: RegExp): [string, Step, number] {
  for (const [j, job] of jobs(w)) {
    const i = job.steps.findIndex((s) => s.run !== undefined && pattern.test(s.run));
    if (i >= 0) return [j, job.steps[i], i];
  }
  assert.unreachable(`no step runs ${pattern}`);
  throw new Error();
}

test('is valid YAML with jobs that have steps', () => {
  const w = load();
  assert.ok(Object.keys(w.jobs).length > 0, 'has jobs');
  for (const [name, job] of jobs(w)) assert.ok(Array.isArray(job.steps) && job.steps.length > 0, `job ${name} has steps`);
});

test('runs on a push to main that touches logs, templates, config, src or package files, and by hand', () => {
  const w = load();
  assert.equal(w.on.push?.branches, ['main']);
  const paths = w.on.push?.paths ?? [];
  for (const p of ['logs/**', 'templates/**', 'minutebook.config.json', 'src/**', 'package.json', 'package-lock.json']) {
    assert.ok(paths.includes(p), `push.paths includes ${p} (has ${paths.join(', ')})`);
  }
  assert.ok('workflow_dispatch' in w.on, 'can be started by hand (workflow_dispatch)');
});

test('uses only GitHub’s official actions, each pinned to a major version', () => {
  const w = load();
  const used = jobs(w).flatMap(([, job]) => job.steps.filter((s) => s.uses).map((s) => s.uses!));
  for (const uses of used) {
    assert.ok(OFFICIAL.includes(uses.split('@')[0]), `${uses} is one of ${OFFICIAL.join(', ')}`);
    assert.match(uses, /@v\d+$/, `${uses} is pinned to a major version (@vN)`);
  }
  for (const name of OFFICIAL) assert.ok(used.some((u) => u.startsWith(`${name}@`)), `uses ${name}`);
});

test('has the permissions and concurrency GitHub Pages documents', () => {
  const w = load();
  const [deployJob] = stepUsing(w, 'actions/deploy-pages');
  const granted = { ...w.permissions, ...w.jobs[deployJob].permissions };
  assert.is(granted.pages, 'write');
  assert.is(granted['id-token'], 'write');
  assert.is(granted.contents, 'read');
  assert.ok(w.concurrency?.group, 'a concurrency group');
  assert.is(w.concurrency?.['cancel-in-progress'], false, 'a deployment under way is not cancelled');
});

test('Node 20 with npm’s cache; npm ci, then npm run build', () => {
  const w = load();
  const [, node] = stepUsing(w, 'actions/setup-node');
  assert.is(String(node.with?.['node-version']), '20');
  assert.is(node.with?.cache, 'npm');
  const [ciJob, , ciAt] = runStep(w, /^\s*npm ci\s*$/m);
  const [buildJob, , buildAt] = runStep(w, /\bnpm run build\b/);
  assert.is(buildJob, ciJob, 'npm ci and npm run build run in the same job');
  assert.ok(ciAt < buildAt, 'npm ci runs before npm run build');
});

/** What the build step passes to npm, with configure-pages giving these outputs. */
function buildArgs(w: Workflow, outputs: { base_url: string; base_path: string }): string[] {
  const [, pages] = stepUsing(w, 'actions/configure-pages');
  assert.ok(pages.id, 'the configure-pages step has an id, for its outputs');
  const [, build] = runStep(w, /\bnpm run build\b/);
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
      const m = new RegExp(`^steps\\.${pages.id}\\.outputs\\.(base_url|base_path)$`).exec(expr);
      assert.ok(m, `the build step reads only configure-pages' base_url and base_path (found \${{ ${expr} }})`);
      return outputs[m![1] as 'base_url' | 'base_path'];
    });
  const env = Object.fromEntries(Object.entries(build.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
  const script = `npm() { printf '%s\\n' "$@"; }\n${expand(build.run!)}`;
  const shell = spawnSync('bash', ['-e', '-c', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  assert.is(shell.status, 0, `the build step's script runs: ${shell.stderr}`);
  return shell.stdout.trimEnd().split('\n');
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

test('builds with the URL and path prefix configure-pages gives, one slash between', () => {
  const w = load();
  const project = buildArgs(w, { base_url: 'https://octo.github.io/minutes', base_path: '/minutes' });
  assert.equal(project.slice(0, 2), ['run', 'build']);
  assert.is(flag(project, '--url'), 'https://octo.github.io/minutes/');
  assert.is(flag(project, '--path-prefix'), '/minutes/');
  assert.is(flag(project, '--format'), 'github', "the logs' problems as annotations");
  const root = buildArgs(w, { base_url: 'https://minutes.example.org', base_path: '' });
  assert.is(flag(root, '--url'), 'https://minutes.example.org/');
  assert.is(flag(root, '--path-prefix'), '/');
});

test('keeps .cache/minutebook between runs, keyed on the logs, reusing an older cache', () => {
  const w = load();
  const [cacheJob, cache] = stepUsing(w, 'actions/cache');
  const [buildJob, build] = runStep(w, /\bnpm run build\b/);
  assert.is(cacheJob, buildJob, 'the cache is restored in the job that builds');
  const steps = w.jobs[buildJob].steps;
  assert.ok(steps.indexOf(cache) < steps.indexOf(build), 'the cache is restored before the build');
  assert.ok(String(cache.with?.path).split('\n').includes('.cache/minutebook'), 'caches .cache/minutebook');
  const key = String(cache.with?.key);
  assert.match(key, /hashFiles\([^)]*'logs\/\*\*'/, 'the key changes when the logs change');
  const restore = String(cache.with?.['restore-keys'] ?? '').split('\n').map((k) => k.trim()).filter(Boolean);
  assert.ok(restore.length > 0, 'has restore-keys');
  assert.ok(restore.some((k) => key.startsWith(k) && k.length < key.length), `a restore key is a prefix of the key (${key})`);
});

test('uploads site/ for Pages and as a downloadable zip', () => {
  const w = load();
  const [pagesJob, pages] = stepUsing(w, 'actions/upload-pages-artifact');
  assert.is(String(pages.with?.path).replace(/\/$/, ''), 'site');
  const [zipJob, zip] = stepUsing(w, 'actions/upload-artifact');
  assert.is(String(zip.with?.path).replace(/\/$/, ''), 'site');
  assert.ok(zip.with?.name, 'the artifact has a name');
  const [buildJob] = runStep(w, /\bnpm run build\b/);
  assert.is(pagesJob, buildJob);
  assert.is(zipJob, buildJob);
});

test('warns when the site is over GitHub Pages\' 1 GB, after the build and before the upload', () => {
  const w = load();
  const [job, step, i] = runStep(w, /\bdu -sb site\b/);
  const [buildJob, , built] = runStep(w, /\bnpm run build\b/);
  const steps = w.jobs[job].steps;
  assert.is(job, buildJob);
  assert.ok(built < i && i < steps.indexOf(stepUsing(w, 'actions/upload-pages-artifact')[1]), 'between the build and the upload');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-size-'));
  try {
    fs.mkdirSync(path.join(dir, 'site'));
    fs.writeFileSync(path.join(dir, 'site', 'index.html'), 'x'.repeat(2000));
    const run = () => spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, encoding: 'utf8' });
    const small = run();
    assert.is(small.status, 0, small.stderr);
    assert.not.match(small.stdout, /::warning/);
    // Sparse: 1.1 GB as du -sb counts it (the apparent size, as the Pages artifact holds it), no disk used.
    fs.truncateSync(path.join(dir, 'site', 'index.html'), 1_100_000_000);
    const big = run();
    assert.is(big.status, 0, 'a warning, not a failure: the deployment says the last word');
    assert.match(big.stdout, /^::warning title=Site over 1 GB::the site is 1100 MB; .*"downloads" in minutebook\.config\.json/m);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the deploy job needs the build and deploys to the github-pages environment', () => {
  const w = load();
  const [buildJob] = stepUsing(w, 'actions/upload-pages-artifact');
  const [deployJob, deploy] = stepUsing(w, 'actions/deploy-pages');
  assert.is.not(deployJob, buildJob, 'deploys in a job of its own');
  const job = w.jobs[deployJob];
  assert.ok([job.needs ?? []].flat().includes(buildJob), `${deployJob} needs ${buildJob}`);
  const env = typeof job.environment === 'string' ? { name: job.environment } : job.environment;
  assert.is(env?.name, 'github-pages');
  if (env?.url) assert.ok(deploy.id && env.url.includes(`steps.${deploy.id}.outputs.page_url`), 'the environment links to the deployed site');
});

test.run();
