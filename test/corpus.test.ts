// Every raw log of ../shared/corpus: no exception, every input line once in
// the output. Skipped (with a message) where ../shared is not beside the repo.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { meetingLines, parseLog, spanOf } from '../src/pipeline.js';
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
  test(`every raw log in the corpus (${rows.length}) parses with every line kept once, and reads back by its spans`, () => {
    const failures: string[] = [];
    for (const [group, local] of rows) {
      const bytes = fs.readFileSync(path.join(CORPUS, local));
      try {
        const result = parseLog(bytes, local, { relPath: local });
        for (const p of invariantProblems(bytes, result)) failures.push(`${local}: ${p}`);
        // The lines read back by their spans (line-store.ts) are the lines parsed.
        const again = meetingLines(bytes, local, { relPath: local }, result.meetings.map(spanOf));
        if (!result.meetings.every((m, k) => JSON.stringify(m.lines) === JSON.stringify(again[k]))) failures.push(`${local}: meetingLines differs from parseLog`);
      } catch (err) {
        failures.push(`${local} (${group}): threw ${(err as Error).stack}`);
      }
    }
    assert.equal(failures, []);
  });
}

test.run();
