// Who is who (src/site/people.ts): here, declared aliases that cannot all hold.
// The settings file refuses them (test/config.test.ts); a log's front matter
// leaves them out with a warning (test/frontmatter.test.ts); people() itself
// is never given them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { people } from '../../src/site/people.js';
import { aliasConflicts } from '../../src/meeting/aliases.js';
import { log, meeting } from '../support/inline-log.js';

const pairs = (aliases: Record<string, string[]>) => aliasConflicts(aliases).map((c) => `${c.canonical}←${c.alias}`);

test('aliases that swap two people: both pairs conflict', () => {
  assert.equal(pairs({ alice: ['bob'], bob: ['alice'] }), ['alice←bob', 'bob←alice']);
  assert.match(aliasConflicts({ alice: ['bob'], bob: ['alice'] })[0].message, /^"bob" is listed under "alice" and has aliases of its own/);
});

test('a chain conflicts where a person with aliases is listed as an alias, compared without case', () => {
  assert.equal(pairs({ alice: ['Bob'], bob: ['carol'] }), ['alice←Bob']);
});

test('a nick listed under two people conflicts under each, with one message', () => {
  const conflicts = aliasConflicts({ alice: ['x'], carol: ['X', 'c'] });
  assert.equal(conflicts.map((c) => `${c.canonical}←${c.alias}`), ['alice←x', 'carol←X']);
  assert.equal([...new Set(conflicts.map((c) => c.message))], ['"x" is listed under both "alice" and "carol": a nick can be one person\'s only']);
});

test('a person\'s own nick, a nick listed twice under one person, and separate people are no conflict', () => {
  assert.equal(aliasConflicts({ alice: ['Alice', 'ali', 'ali'], Alice: ['ali'], bob: ['bobby'] }), []);
});

test('front matter that swaps alice and bob keeps each on their own page (it showed bob\'s lines on alice\'s)', () => {
  const m = meeting(['---', 'aliases:', '  alice: [bob]', '  bob: [alice]', '---', ...log(['alice', 'from alice'], ['bob', 'from bob'], ['bob', 'more from bob'])]);
  assert.equal(m.aliases, {});
  const who = people([m]);
  assert.equal([who.keyOf('alice', m), who.keyOf('bob', m)], ['alice', 'bob']);
  assert.equal(m.diagnostics.filter((d) => d.level === 'warning').map((d) => d.line), [3, 4]);
});

test("a log's front matter naming as its canonical a nick the settings make someone's alias: that someone, one page (it made a page under the alias)", () => {
  const m = meeting(['---', 'aliases:', '  al: [al_work]', '---', ...log(['alice', 'hi'], ['al', 'from al'], ['al_work', 'from work'])]);
  assert.equal(m.aliases, { al_work: 'al' });
  const who = people([m], { aliases: { alice: ['al'] } });
  assert.equal([who.keyOf('alice', m), who.keyOf('al', m), who.keyOf('al_work', m)], ['alice', 'alice', 'alice']);
  assert.equal(who.keys(), ['alice']);
  assert.is(who.nameOf('alice'), 'alice');
  assert.equal(who.aliasesOf('alice'), ['al', 'al_work']);
});

test.run();
