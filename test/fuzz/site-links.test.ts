// Whole sites built from generated logs of every format (hostile file and
// meeting names and text, front matter, odd encodings, clocks that jump):
// every link of every
// page and feed leads somewhere in the site (a page, and the id its
// fragment names), none is protocol-relative or absolute-path, and none has
// an unsafe scheme or loads from the network (test/site-check/link-check.ts,
// the checker the fixture sites are held to).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.js';
import { FORMATS } from '../../src/lines/registry.js';
import { filesOf } from '../../src/output.js';
import { checkSite } from '../site-check/link-check.js';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { params } from '../support/fuzz-config.js';
import { generatedLog } from '../support/fuzz-logs.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-fuzz-links-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const NAMES = ['team/team.2020-01-02-10.00.log.txt', 'team/team.2020-01-09-10.00.log.txt', 'infra/2019-06-30.log', 'x.log', 'ops/ops.2021-03-04.txt'];

const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8')) as ConfigData));

let runs = 0;
test('a site built from generated logs is valid HTML, and every link leads somewhere in it, none unsafe', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...FORMATS.map((f) => f.name)).chain((name) => generatedLog(name)), { minLength: 1, maxLength: 4 }), async (logs) => {
      const dir = path.join(tmp, `r${runs++}`);
      const logsDir = path.join(dir, 'logs');
      logs.forEach((g, k) => {
        // The generated name where a file can have it (hostile names, reserved ones, dates in odd places), else a plain one.
        const writable = g.relPath !== '' && !g.relPath.includes('\0') && !path.isAbsolute(g.relPath) && !g.relPath.split(/[\\/]/).some((p) => p === '..' || p === '.' || p === '' || Buffer.byteLength(p) > 200);
        const file = path.join(logsDir, writable ? `${k}/${g.relPath}` : NAMES[k]);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, g.bytes);
      });
      const out = path.join(dir, 'site');
      await build({ logsDir, outDir: out, cacheDir: null, quiet: true });
      const pages = filesOf(out).filter((f) => f.endsWith('.html')).sort();
      const invalid: string[] = [];
      for (const page of pages) {
        const result = await validator.validateFile(path.join(out, page));
        for (const r of result.results) for (const m of r.messages) if (m.severity >= 2) invalid.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      assert.equal(invalid, []);
      assert.equal(checkSite({ name: 'hostile', root: out, pages }), { broken: [], serverOnly: [], unsafe: [] });
      fs.rmSync(dir, { recursive: true, force: true });
    }),
    params(0.03),
  );
});

test.run();
