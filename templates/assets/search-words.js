// minutebook search: words as the index keys them, and where a query's words
// stand in a line of text (for highlighting). A twin of src/search/tokenize.ts:
// test/search/tokenize.test.ts checks that both give the same words.
// Plain script, no build step; defines globalThis.MinutebookWords.
(function (global) {
  'use strict';
  var STOP_WORDS = new Set(
    (
      'a an and are as at be been but by can could did do does doing for from had has have he her hers him his how i if in into is it its ' +
      'just me my no nor not of off on or our ours she so some such than that the their them then there these they this those to too ' +
      'us very was we were what when where which while who whom why will with would you your yours'
    ).split(' '),
  );
  var MAX_WORD = 32;
  var WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
  var DIACRITICS = /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
  var IDEOGRAPH = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
  var ASCII = /^[\x00-\x7f]*$/;
  var ASCII_WORD = /[a-z0-9]+/g;
  // Digits, a dot, digits: one word ("2.0", "v1.2.3"), as tokenize.ts says.
  var DOTTED = /\p{N}\.\p{N}/u;
  var DOTTED_WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])*\p{N}(?:\.\p{N}(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])*)+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
  var ASCII_DOTTED = /[0-9]\.[0-9]/;
  var ASCII_DOTTED_WORD = /[a-z0-9]*[0-9](?:\.[0-9][a-z0-9]*)+|[a-z0-9]+/g;
  // A run of the raw text that folds to one or more words: letters, digits and their marks, and digits' dots.
  // Han, Hiragana and Katakana a character at a time, as they are words: one found is marked alone, not its whole run.
  var RAW_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*|[\p{L}\p{N}\p{M}]*\p{N}(?:\.\p{N}[\p{L}\p{N}\p{M}]*)+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

  function fold(text) {
    return text.normalize('NFKD').replace(DIACRITICS, '').normalize('NFC').toLowerCase();
  }

  function keeps(word) {
    return (word.length > 1 || IDEOGRAPH.test(word)) && !STOP_WORDS.has(word);
  }

  function cut(word) {
    return word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
  }

  /** Every indexed word of the text, in order, repeats kept. */
  function words(text) {
    var out = [];
    var ascii = ASCII.test(text);
    var folded = ascii ? text.toLowerCase() : fold(text);
    var dotted = ascii ? ASCII_DOTTED.test(folded) : DOTTED.test(folded);
    var re = ascii ? (dotted ? ASCII_DOTTED_WORD : ASCII_WORD) : dotted ? DOTTED_WORD : WORD;
    var m;
    re.lastIndex = 0;
    while ((m = re.exec(folded))) {
      var w = cut(m[0]);
      if (keeps(w)) out.push(w);
      if (dotted) {
        var tail = versionTail(m[0]);
        if (tail !== null && keeps(tail)) out.push(tail);
      }
    }
    return out;
  }

  /** The version in a dotted word with letters before it ("v0.14.1.0" → "0.14.1.0"), as tokenize.ts gives it. */
  function versionTail(word) {
    var c = word.charCodeAt(0);
    if ((c >= 48 && c <= 57) || word.indexOf('.') < 0) return null;
    var digit = word.search(/\p{N}/u);
    if (digit < 0 || word.indexOf('.', digit) < 0) return null;
    return cut(word.slice(digit));
  }

  /**
   * The words of a query, each {word, prefix}: the last one is a prefix of
   * the words to find while it is still being typed (no space after it) and
   * has at least `minPrefix` characters. Repeats are dropped.
   */
  function queryWords(query, minPrefix) {
    var list = [];
    var seen = new Set();
    var all = words(query);
    var open = /[\p{L}\p{N}\p{M}]$/u.test(query);
    all.forEach(function (word, k) {
      var prefix = open && k === all.length - 1 && word.length >= (minPrefix || 3);
      var key = word + (prefix ? '*' : '');
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ word: word, prefix: prefix });
    });
    return list;
  }

  /** Where the query's words stand in the text: [start, end] pairs of the raw text, in order. */
  function matches(text, query) {
    var ranges = [];
    if (!query.length) return ranges;
    var m;
    RAW_RUN.lastIndex = 0;
    while ((m = RAW_RUN.exec(text))) {
      var found = words(m[0]).some(function (w) {
        return query.some(function (q) {
          return q.prefix ? w.startsWith(q.word) : w === q.word;
        });
      });
      if (found) ranges.push([m.index, m.index + m[0].length]);
    }
    return ranges;
  }

  global.MinutebookWords = { STOP_WORDS: STOP_WORDS, MAX_WORD: MAX_WORD, fold: fold, words: words, queryWords: queryWords, matches: matches };
})(globalThis);
