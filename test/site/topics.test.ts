// The topic index (src/site/topics.ts): its order, as a reader expects an
// index, case and accents aside and numbers by value, whichever of its two
// ways of comparing keys (the collator, or code points for plain keys) runs;
// and its pages, a letter of very many topics split by the first two letters.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { siteModel } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';
import * as letterTemplate from '../../templates/topic-letter.11ty.js';
import * as topicsTemplate from '../../templates/topics.11ty.js';

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

test("the index's count beside the home page's: every topic set, a title set twice in a meeting counted twice, listed once", () => {
  const m = meeting(log(['alice', '#startmeeting'], ['alice', '#topic Open discussion'], ['alice', '#topic CI'], ['alice', '#topic open  discussion'], ['alice', '#endmeeting']), 'team.2020-01-02-10.00.log.txt');
  const site = siteModel([m]);
  assert.equal([site.topics.groups, site.topics.set, m.topics.length], [2, 3, 3]);
  assert.equal(site.topics.all!.map((g) => [g.title, g.count]), [['CI', 1], ['Open discussion', 1]]);
  assert.match(topicsTemplate.render({ minutebook: site }), '<p class="lead">2 topics, set 3 times in the meetings: titles are grouped regardless of case and punctuation, each meeting listed once under a title.</p>');
});

test('a letter of more topics than a page takes: a page per first two letters, the letter page lists them', () => {
  const titles = ['Tango', 'Tea', 'Team sync', 'Thanks', 'T-shirt', 'Tête-à-tête', 'apple', '2 factor'];
  const m = meeting(log(['alice', '#startmeeting'], ...titles.map((t): [string, string] => ['alice', `#topic ${t}`]), ['alice', '#endmeeting']), 'team.2020-01-02-10.00.log.txt');
  const model = siteModel([m], [], { onePageTopics: 1, letterPageTopics: 2 });
  const pages = model.topicLetters.map((l) => [l.path, l.label, l.parent?.label ?? null, l.count, l.groups.map((g) => g.title)]);
  assert.equal(pages, [
    ['topics/letter-0-9.html', '0–9', null, 1, ['2 factor']],
    ['topics/letter-a.html', 'A', null, 1, ['apple']],
    ['topics/letter-t.html', 'T', null, 6, []],
    ['topics/letter-ta.html', 'Ta', 'T', 1, ['Tango']],
    ['topics/letter-te.html', 'Te', 'T', 3, ['Tea', 'Team sync', 'Tête-à-tête']],
    ['topics/letter-th.html', 'Th', 'T', 1, ['Thanks']],
    ['topics/letter-t-other.html', 'T (other)', 'T', 1, ['T-shirt']],
  ]);
  const t = model.topicLetters[2];
  assert.equal(t.parts.map((p) => [p.label, p.count]), [['Ta', 1], ['Te', 3], ['Th', 1], ['T (other)', 1]], 'the letter page counts its parts');
  assert.ok(model.topicLetters.slice(3).every((p) => p.parts.every((l) => l.count === undefined)), 'a part page links its siblings without counts');
  assert.equal(model.topics.letters.map((l) => [l.label, l.path, l.count]), [['0–9', 'topics/letter-0-9.html', 1], ['A', 'topics/letter-a.html', 1], ['T', 'topics/letter-t.html', 6]]);
  const te = letterTemplate.render({ minutebook: model, l: model.topicLetters[4] });
  assert.match(te, '<a href="../topics.html">Topics</a> › <a href="../topics/letter-t.html">T</a> › Te');
  assert.match(te, '<a href="../topics/letter-te.html" aria-current="page">Te</a>');
  assert.match(te, '<a href="../topics/letter-t.html" aria-current="page">T</a>');
  assert.match(te, 'id="topic-team-sync"');
  const letter = letterTemplate.render({ minutebook: model, l: t });
  assert.match(letter, '<a href="../topics/letter-te.html">Te</a> <span class="meta">3</span>');
  assert.match(letter, '6 topics, on a page for each of their first two letters.');
  assert.not.match(letter, 'No topics yet');
  // Under the default, the same topics are one page per letter.
  assert.equal(siteModel([m], [], { onePageTopics: 1 }).topicLetters.map((l) => l.path), ['topics/letter-0-9.html', 'topics/letter-a.html', 'topics/letter-t.html']);
});

test.run();
