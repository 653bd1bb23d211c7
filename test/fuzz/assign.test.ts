// Action assignment finds nicks in one pass per action (src/meeting/people.ts); it
// must name exactly the attendees the rule it replaced named: one case-insensitive
// regular expression per nick with no word character on either side (upstream,
// OpenStack), or the nick as written anywhere (Jenkins' robobutler). Those it
// names by a variant of their nick besides (Item.variantAssignees) are others,
// each named by a word of the text with their variant key.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { assign, compareNicks, nickFinder, variantKey } from '../../src/meeting/people.js';
import type { Item } from '../../src/types.js';
import { params } from '../support/fuzz-config.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Attendees as the interpreter has them: nick → lines said. */
const said = (nicks: string[]) => new Map(nicks.map((n) => [n, 1]));

/** The rule as it was: one regular expression (or includes) per nick. */
function reference(attendees: string[], text: string, debian: boolean): string[] {
  return attendees
    .filter((n) => n !== '')
    .sort(compareNicks)
    .filter((n) => (debian ? text.includes(n) : new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(n)}(?![A-Za-z0-9_])`, 'i').test(text)));
}

// Characters whose case rules trip up naive folding: sharp s, long s, Kelvin sign, dotted and
// dotless i, titlecase dž, final sigma, micro sign, a surrogate pair with case (Deseret).
const TRICKY = ['ß', 'ẞ', 'ſ', 's', 'S', 'K', 'k', 'K', 'İ', 'ı', 'i', 'I', 'ǅ', 'ǆ', 'Ǆ', 'ς', 'σ', 'Σ', 'µ', 'μ', 'Μ', '𐐀', '𐐨', 'é', 'É', 'ǰ', 'ﬀ'];
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'B', '_', '-', '|', '[', ']', ' ', ',', ':', '0', '1') },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const nick = fc.oneof(
  { weight: 8, arbitrary: fc.array(unit, { minLength: 1, maxLength: 6 }).map((u) => u.join('')) },
  { weight: 1, arbitrary: fc.tuple(unit, fc.integer({ min: 60, max: 70 })).map(([u, n]) => u.repeat(n)) },
);

test('assignees are exactly those of one regular expression per nick, in every fork', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(nick, { maxLength: 8 }),
      fc.array(fc.oneof(unit, nick, fc.constantFrom(' ', ' and ', ': ')), { maxLength: 20 }),
      fc.boolean(),
      (attendees, parts, debian) => {
        // Texts that name attendees in some case, and pieces of them.
        const text = parts.join('') + ' ' + attendees.map((n, k) => (k % 2 ? n.toUpperCase() : n.toLowerCase())).join(' ');
        const sorted = attendees.filter((n) => n !== '').sort(compareNicks);
        const ways = (['scan', 'lookup'] as const).map((way) => nickFinder(sorted, { wholeWord: !debian, way }));
        for (const t of [text, parts.join('')]) {
          const expected = reference(attendees, t, debian);
          const item: Item = { kind: 'action', text: t, nick: 'x', time: null, line: 1, topic: null };
          assign([item], said(attendees), debian ? 'debian' : 'upstream');
          const variants = item.variantAssignees ?? [];
          const why = JSON.stringify({ attendees, t, debian, variants });
          assert.equal(item.assignees!.filter((n) => !variants.includes(n)), expected, why);
          const words = new Set([...t.matchAll(/[A-Za-z0-9_\-\[\]\\`^{|}]+/g)].map(([w]) => variantKey(w)));
          for (const v of variants) {
            assert.ok(!expected.includes(v) && item.assignees!.includes(v), why);
            assert.ok(words.has(variantKey(v)), why);
            // No one of the same key was found by the rule already.
            assert.ok(!expected.some((n) => variantKey(n) === variantKey(v)), why);
          }
          for (const find of ways) assert.equal(find(t).map((k) => sorted[k]), expected, JSON.stringify({ attendees, t, debian }));
        }
      },
    ),
    params(10),
  );
});

test('one 10 MB action among nicks of 64 lengths: quick either way', () => {
  const attendees = Array.from({ length: 64 }, (_, k) => 'n'.repeat(k + 1));
  for (const fork of ['upstream', 'debian'] as const) {
    const item: Item = { kind: 'action', text: 'a '.repeat(5 * 2 ** 20) + 'nnn', nick: 'x', time: null, line: 1, topic: null };
    const began = performance.now();
    assign([item], said(attendees), fork);
    const ms = performance.now() - began;
    console.log(`  a 10 MB action, 64 nick lengths, ${fork}: ${ms.toFixed(0)} ms (looking up every span took a minute)`);
    assert.equal(item.assignees, fork === 'debian' ? ['n', 'nn', 'nnn'] : ['nnn']);
    assert.is(item.variantAssignees, undefined);
    assert.ok(ms < 10000, `${ms.toFixed(0)} ms`);
  }
});

test('thousands of nicks and actions in one meeting: linear, not one regular expression per pair', () => {
  const attendees = Array.from({ length: 20000 }, (_, k) => `nick${k}`);
  const items: Item[] = Array.from({ length: 20000 }, (_, k) => ({ kind: 'action', text: `nick${k} and NICK${k + 1} to do thing ${k}`, nick: 'x', time: null, line: k, topic: null }));
  const began = performance.now();
  assign(items, said(attendees));
  const ms = performance.now() - began;
  console.log(`  20 000 nicks × 20 000 actions assigned in ${ms.toFixed(0)} ms (one regex per pair took minutes)`);
  assert.equal(items[7].assignees, ['nick7', 'nick8']);
  assert.ok(ms < 10000, `${ms.toFixed(0)} ms`);
});

test.run();
