// Every raw log of ../shared/corpus: no exception, every input line once in
// the output. Skipped (with a message) where ../shared is not beside the repo.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../src/pipeline.js';
import { invariantProblems } from './support/invariants.js';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const manifest = path.join(CORPUS, 'MANIFEST.tsv');

if (!fs.existsSync(manifest)) {
  test.skip('corpus invariants (../shared/corpus not present)', () => {});
  console.log('corpus.test.ts: ../shared/corpus not found; corpus checks skipped');
} else {
  const rows = fs
    .readFileSync(manifest, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split('\t'))
    .filter((r) => r[7] === 'raw-log');
  test(`every raw log in the corpus (${rows.length}) parses with every line kept once`, () => {
    const failures: string[] = [];
    for (const [group, local] of rows) {
      const bytes = fs.readFileSync(path.join(CORPUS, local));
      try {
        const result = parseLog(bytes, local, { relPath: local });
        for (const p of invariantProblems(bytes, result)) failures.push(`${local}: ${p}`);
      } catch (err) {
        failures.push(`${local} (${group}): threw ${(err as Error).stack}`);
      }
    }
    assert.equal(failures, []);
  });
}

test.run();
