// Every .html page of both built sites passes html-validate's recommended
// rules (.htmlvalidate.json). A rule turned off there needs its reason here,
// and no accessibility rule may be turned off.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, Severity, StaticConfigLoader, type ConfigData } from 'html-validate';
import { assertNone, builtSite, REPO, type SiteName } from '../support/built-site.js';

const config = JSON.parse(fs.readFileSync(path.join(REPO, '.htmlvalidate.json'), 'utf8')) as ConfigData;

/** Why each rule .htmlvalidate.json turns off is off: purely stylistic, never accessibility or correctness. */
const OFF_BECAUSE: Record<string, string> = {
  'doctype-style': 'stylistic: <!doctype html> and <!DOCTYPE html> are the same document',
};

test('.htmlvalidate.json turns off only stylistic rules, each with its reason here', async () => {
  const off = Object.entries(config.rules ?? {})
    .filter(([, setting]) => [0, 'off'].includes(Array.isArray(setting) ? setting[0] : setting))
    .map(([rule]) => rule)
    .sort();
  assert.equal(off, Object.keys(OFF_BECAUSE).sort(), 'the rules turned off and the reasons in this file must match');
  const a11yPreset = await new StaticConfigLoader({ extends: ['html-validate:a11y'] }).getConfigFor('page.html');
  const a11y = [...a11yPreset.getRules()].filter(([, [severity]]) => severity !== Severity.DISABLED).map(([rule]) => rule);
  assert.equal(off.filter((rule) => a11y.includes(rule)), [], 'accessibility rules stay on');
});

const validator = new HtmlValidate(new StaticConfigLoader(config));

for (const name of ['default', 'corpus', 'hostile'] as SiteName[]) {
  test(`every page of the ${name} site is valid HTML`, async () => {
    const site = await builtSite(name);
    assert.ok(site.pages.length > 0, `the ${name} site has no .html pages`);
    const errors: string[] = [];
    for (const page of site.pages) {
      const result = await validator.validateFile(path.join(site.root, page));
      for (const r of result.results) {
        for (const m of r.messages) {
          if (m.severity >= 2) errors.push(`${name}/${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
      }
    }
    assertNone(`html-validate errors in the ${site.pages.length} pages of the ${name} site`, errors);
  });
}

test.run();
