// The parse cache (src/cache.ts) trusts an entry only while the parser's code
// is the code that wrote it: every module a parse runs must be part of the
// fingerprint, or an edited parser reads stale parses.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { PARSER_CODE } from '../src/cache.js';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** The src/ modules a module imports, transitively (static imports of relative paths). */
function importsOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)) {
      visit(path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

test('every module the parse runs is in the parser fingerprint', () => {
  const modules = [...importsOf(path.join(SRC, 'pipeline.ts'))].map((f) => path.relative(SRC, f).split(path.sep)[0].replace(/\.ts$/, ''));
  assert.ok(modules.includes('exports') && modules.includes('lines') && modules.includes('meeting'), modules.join(', '));
  const missing = [...new Set(modules)].filter((m) => !PARSER_CODE.includes(m));
  assert.equal(missing, []);
});

test.run();
