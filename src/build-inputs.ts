// What a build's output is a function of, as one hash: the logs (each one's
// parse key: its bytes, its name, the parser), the series notes, the settings
// and the templates (the render salt), minutebook's own code, the versions
// of its dependencies and of Node's parts that shape the bytes (ICU orders
// the topic index, zlib deflates the search index). A build whose inputs
// are the last build's, into a site that still has every file it wrote, has
// nothing to do (build.ts): at 10,000 meetings that is 3 s instead of 10.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadNotes } from './site/notes.js';
import { filesOf } from './output.js';
import { PACKAGE_ROOT } from './write-site.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

let code: string | undefined;

/** A hash of the running code (dist/, or src/ under the tests), package.json and the dependencies' versions; once per process, as the code is loaded once. */
function codeHash(): string {
  if (code) return code;
  const hash = createHash('sha256');
  for (const rel of filesOf(HERE).filter((f) => /\.(js|ts)$/.test(f)).sort()) hash.update(`${rel}\0`).update(fs.readFileSync(path.join(HERE, rel)));
  const pkg = fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8');
  hash.update(pkg);
  for (const name of Object.keys((JSON.parse(pkg) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort()) {
    hash.update(`${name}@${installedVersion(name)}\0`);
  }
  const v = process.versions;
  hash.update(`node ${v.node} v8 ${v.v8} icu ${v.icu ?? ''} unicode ${v.unicode ?? ''} zlib ${v.zlib}`);
  return (code = hash.digest('hex'));
}

/** The version of a dependency as it resolves from here (hoisted or not); "?" when it cannot be found. */
function installedVersion(name: string): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    for (;;) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      }
      const up = path.dirname(dir);
      if (up === dir) return '?';
      dir = up;
    }
  } catch {
    return '?';
  }
}

export interface BuildInputs {
  /** renderSalt(): the templates, assets, site code, package version and settings. */
  salt: string;
  /** The logs folder's files (a log without a meeting among them too). */
  files: readonly string[];
  /** meeting id → parse key, as read-logs.ts gives them. */
  parseKeys: ReadonlyMap<string, string>;
  notes: readonly ReadNotes[];
}

export function buildInputs({ salt, files, parseKeys, notes }: BuildInputs): string {
  const hash = createHash('sha256').update(`${codeHash()}\0${salt}\0`);
  for (const f of files) hash.update(`${f.length}:${f}`);
  hash.update('\0keys\0');
  for (const [id, key] of parseKeys) hash.update(`${id.length}:${id}${key.length}:${key}`);
  hash.update('\0notes\0').update(JSON.stringify(notes.map(({ file, series, title, html }) => [file, series, title ?? null, html])));
  return hash.digest('base64url');
}
