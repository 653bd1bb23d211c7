// The topic index's order (src/site/topics.ts): as a reader expects an
// index, case and accents aside and numbers by value, whichever of its two
// ways of comparing keys (the collator, or code points for plain keys) runs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { siteModel } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byCollator = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

test('keys of a–z and single spaces: the collator and code points agree', () => {
  const key = fc
    .array(fc.constantFrom(...'abcdxyz '), { maxLength: 12 })
    .map((cs) => cs.join('').replace(/ +/g, ' ').trim());
  fc.assert(
    fc.property(key, key, (a, b) => Math.sign(byCollator(a, b)) === Math.sign(byCodePoint(a, b))),
    { numRuns: 20000 },
  );
});

test('plain and other keys together: letters, accents, case and numbers in reading order', () => {
  const titles = ['Item 10', 'zebra crossing', 'Éclair', 'item 9', 'apple', 'b c', 'bc', 'Ångström', 'a b', '2 factor', 'Яблоко'];
  const m = meeting(log(['alice', '#startmeeting'], ...titles.map((t): [string, string] => ['alice', `#topic ${t}`]), ['alice', '#endmeeting']), 'team.2020-01-02-10.00.log.txt');
  const order = siteModel([m]).topics.all!.map((g) => g.title);
  assert.equal(order, ['2 factor', 'a b', 'Ångström', 'apple', 'b c', 'bc', 'Éclair', 'item 9', 'Item 10', 'zebra crossing', 'Яблоко']);
});

test.run();
