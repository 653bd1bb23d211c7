// Words of log text as the search index keys them. The browser does the same
// to the query (templates/assets/search-engine.js holds a twin of this file;
// test/search/tokenize.test.ts checks the two agree on every string it tries).
// Folding: compatibility decomposition, accents dropped, lower case, so
// "Café", "CAFE" and "café" are one word; marks that make a letter
// another (Devanagari's vowel signs, the kana's voicing) are kept. Chinese and Japanese script has
// no spaces, so each of its characters is a word of its own.

/** Words too common to help a search; a query word among them is dropped. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have he her hers him his how i if in into is it its ' +
    'just me my no nor not of off on or our ours she so some such than that the their them then there these they this those to too ' +
    'us very was we were what when where which while who whom why will with would you your yours'
  ).split(' '),
);

/** Longer words are cut to this length, here and in queries alike (long hashes, run-together words). */
export const MAX_WORD = 32;

// Han, Hiragana and Katakana one character at a time; any other run of letters, digits and their marks whole.
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
// A version or address: digits, a dot, digits ("2.0", "v1.2.3", "python3.8", "10.0.0.1") are one word, so a
// search for 2.0 finds it (each "2" and "0" alone is too short to index). Tried only on text with a digit, a
// dot and a digit in a row, and so only where it can match: the other patterns are as fast as they were.
const DOTTED = /\p{N}\.\p{N}/u;
const DOTTED_WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])*\p{N}(?:\.\p{N}(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])*)+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
const ASCII_DOTTED = /[0-9]\.[0-9]/;
const ASCII_DOTTED_WORD = /[a-z0-9]*[0-9](?:\.[0-9][a-z0-9]*)+|[a-z0-9]+/g;
// The marks that are accents (Latin, Greek and Cyrillic diacritics, Hebrew points, Arabic vowel signs), not the ones
// that make a letter another (Devanagari's vowel signs, Thai's vowels, the kana's voicing marks: で is not て).
const DIACRITICS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const IDEOGRAPH = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
// Most log lines are ASCII: for them folding is lower-casing and a word is a run of [a-z0-9], several times faster.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

export function fold(text: string): string {
  // Composed again after: the marks kept go back on their letters (て and its voicing mark are で again).
  return text.normalize('NFKD').replace(DIACRITICS, '').normalize('NFC').toLowerCase();
}

/** Whether a folded word is worth indexing: two characters or more (one for an ideograph), not a stop word. */
export function keeps(word: string): boolean {
  return (word.length > 1 || IDEOGRAPH.test(word)) && !STOP_WORDS.has(word);
}

/** Every indexed word of the text, in order, repeats kept. */
export function words(text: string): string[] {
  const out: string[] = [];
  const ascii = ASCII.test(text);
  const folded = ascii ? text.toLowerCase() : fold(text);
  const dotted = ascii ? ASCII_DOTTED.test(folded) : DOTTED.test(folded);
  const re = ascii ? (dotted ? ASCII_DOTTED_WORD : ASCII_WORD) : dotted ? DOTTED_WORD : WORD;
  for (const m of folded.matchAll(re)) {
    const w = cut(m[0]);
    if (keeps(w)) out.push(w);
    if (dotted) {
      const tail = versionTail(m[0]);
      if (tail !== null && keeps(tail)) out.push(tail);
    }
  }
  return out;
}

/**
 * The version in a dotted word with letters before it ("v0.14.1.0" → "0.14.1.0", "python3.8" → "3.8"): a word
 * too, so a search for the number finds it as written with them. Null for any other word.
 */
function versionTail(word: string): string | null {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || !word.includes('.')) return null;
  const digit = word.search(/\p{N}/u);
  if (digit < 0 || !word.includes('.', digit)) return null;
  return cut(word.slice(digit));
}

/** A word at most MAX_WORD long. */
function cut(word: string): string {
  return word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
}
