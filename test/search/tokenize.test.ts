// Words as the index keys them, and the browser's twin of the tokenizer
// (templates/assets/search-words.js) agreeing with it on every string tried.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { fold, MAX_WORD, STOP_WORDS, words } from '../../src/search/tokenize.js';
import { engineRealm } from '../../bench/search-client.js';

const realm = engineRealm().MinutebookWords;
/** The browser's functions, their results made plain data of this realm (arrays from a vm context compare unequal). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const browser = {
  words: (s: string): string[] => plain(realm.words(s)),
  queryWords: (q: string) => plain(realm.queryWords(q)),
  matches: (text: string, q: unknown): number[][] => plain(realm.matches(text, q)),
  STOP_WORDS: realm.STOP_WORDS as Set<string>,
  MAX_WORD: realm.MAX_WORD as number,
};

test('case and accents fold away: Café, CAFE and café are one word', () => {
  assert.equal(words('Café CAFE café'), ['cafe', 'cafe', 'cafe']);
  assert.equal(fold('Ärger ﬁle'), 'arger file');
});

test('punctuation splits words; stop words and one-letter words are dropped', () => {
  assert.equal(words('The oslo.messaging fix, is it in? o/ #action x'), ['oslo', 'messaging', 'fix', 'action']);
  assert.equal(words('py27 2016-11-07'), ['py27', '2016', '11', '07']);
});

test('digits, a dot and digits are one word: a version or an address is found whole', () => {
  assert.equal(words('release 2.0 is out; v2.0, python3.8 and 10.0.0.1'), ['release', '2.0', 'out', 'v2.0', '2.0', 'python3.8', '3.8', '10.0.0.1']);
  // The version alone as well, where letters lead it: "0.14.1.0" finds "v0.14.1.0" (it found nothing).
  assert.equal(words('Monero v0.14.1.0 is out'), ['monero', 'v0.14.1.0', '0.14.1.0', 'out']);
  assert.equal(words('2.0rc1 1.2.3-beta file2.txt 3.x oslo.messaging, the end 2.'), ['2.0rc1', '1.2.3', 'beta', 'file2', 'txt', 'oslo', 'messaging', 'end']);
  assert.equal(words('Café 2.0 ２.０'), ['cafe', '2.0', '2.0'], 'outside ASCII as well');
});

test('Chinese and Japanese characters are words one by one', () => {
  assert.equal(words('会議の議事録 ok'), ['会', '議', 'の', '議', '事', '録', 'ok']);
});

test('marks that make a letter another are kept: で is not て, दिन is not दान (accents alone fold away)', () => {
  assert.equal(words('で て ば は'), ['で', 'て', 'ば', 'は']);
  assert.equal(words('दिन दान'), ['दिन', 'दान'], 'Devanagari words whole, their vowel signs in them');
  assert.equal(words('ที่ประชุม'), ['ที่ประชุม'], 'Thai');
  assert.equal(words('שָׁלוֹם שלום'), ['שלום', 'שלום'], 'Hebrew points are accents');
  assert.equal(words('회의 회의록'), ['회의', '회의록'], 'Hangul stays in syllables');
  assert.equal(fold('Crème brûlée'), 'creme brulee');
});

test('long words are cut to MAX_WORD characters', () => {
  const hash = 'a'.repeat(40);
  assert.equal(words(hash), ['a'.repeat(MAX_WORD)]);
});

const SAMPLES = [
  'Red flags for/from liaisons',
  'starts to wish we had something like etcd (so that it could be used to avoid said polling)',
  'Yo no hablo espaƱol — Ünïcödé façade naïve Straße İstanbul ǅemal',
  '会議の議事録 한국어 문장 Ελληνικά кириллица',
  'https://coreos.com/etcd/docs/latest/api.html#waiting-for-a-change',
  '"); alert(1); //</script><script>alert(2)</script>',
  '\u2028\u2029\u0000\uFEFF zero\u200Bwidth',
  '①②③ ²³ ﬃ Ⅻ',
  'v2.0 python3.8 10.0.0.1 2.0rc1 1.2.3-beta 3.x ２.０ 会2.0議 ①.② ²³.1 é1.2é',
];

test('the browser twin gives the same words as the build, on samples and on any string', () => {
  for (const s of SAMPLES) assert.equal(browser.words(s), words(s), s);
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      assert.equal(browser.words(s), words(s), JSON.stringify(s));
    }),
    { numRuns: 2000 },
  );
  // Digits, dots and letters of both kinds, in every order: the dotted words' patterns.
  const dotted = fc.string({ unit: fc.constantFrom('1', '2', '.', '.', 'a', 'é', '会', '２', '²', ' ', '-', 'で', '\u3099', 'ि', 'द', '\u0301'), maxLength: 24 });
  fc.assert(
    fc.property(dotted, (s) => {
      assert.equal(browser.words(s), words(s), JSON.stringify(s));
    }),
    { numRuns: 2000 },
  );
  assert.equal([...browser.STOP_WORDS].sort(), [...STOP_WORDS].sort());
  assert.is(browser.MAX_WORD, MAX_WORD);
});

test('the last word of a query is a prefix while it is being typed', () => {
  assert.equal(browser.queryWords('red fla'), [
    { word: 'red', prefix: false },
    { word: 'fla', prefix: true },
  ]);
  assert.equal(browser.queryWords('red flags '), [
    { word: 'red', prefix: false },
    { word: 'flags', prefix: false },
  ]);
  assert.equal(browser.queryWords('et'), [{ word: 'et', prefix: false }], 'two letters: the word itself only');
  assert.equal(browser.queryWords('the of'), []);
});

test('matches: where the words stand in the raw text, accents and all', () => {
  const text = 'Le Café, the CAFES and cafeteria';
  const ranges = browser.matches(text, [{ word: 'cafe', prefix: false }]);
  assert.equal(ranges.map(([a, b]) => text.slice(a, b)), ['Café']);
  const prefixed = browser.matches(text, [{ word: 'cafe', prefix: true }]);
  assert.equal(prefixed.map(([a, b]) => text.slice(a, b)), ['Café', 'CAFES', 'cafeteria']);
  const kana = '会議で決めた';
  assert.equal(browser.matches(kana, [{ word: '決', prefix: false }]).map(([a, b]) => kana.slice(a, b)), ['決'], 'the character found, not its whole run');
  const versions = 'moved 2.0 to 2.0.1, not 2.1 or 12.0';
  assert.equal(browser.matches(versions, [{ word: '2.0', prefix: true }]).map(([a, b]) => versions.slice(a, b)), ['2.0', '2.0.1']);
});

test.run();
