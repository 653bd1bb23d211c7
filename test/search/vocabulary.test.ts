// The build's word scanner (src/search/vocabulary.ts) against words(): the
// same words, in the same order, for any text; one id per word, however
// many words there are.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { words } from '../../src/search/tokenize.js';
import { intList, vocabulary } from '../../src/search/vocabulary.js';
import { meetingDocs, readMeeting } from '../../src/search/docs.js';
import { log, meeting } from '../support/inline-log.js';

const scanned = (v: ReturnType<typeof vocabulary>, text: string) => {
  const out = intList(4);
  const n = v.scan(text, out);
  assert.is(n, out.length);
  return Array.from(out.items.subarray(0, out.length), (id) => v.terms[id]);
};

test('the same words as words(), on samples', () => {
  const v = vocabulary();
  for (const s of ['The oslo.messaging FIX, is it in? o/ #action x', 'py27 2016-11-07', 'Café CAFE café', 'a'.repeat(40) + ' ' + 'B'.repeat(33), '会議の議事録 ok', '', '  ', 'x y z', 'ÀB ab']) {
    assert.equal(scanned(v, s), words(s), s);
  }
});

test('the same words as words(), on any string, ASCII or not', () => {
  const v = vocabulary();
  const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019 .,-_#\t'.split('')), maxLength: 80 });
  fc.assert(fc.property(ascii, (s) => assert.equal(scanned(v, s), words(s), JSON.stringify(s))), { numRuns: 2000 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => assert.equal(scanned(v, s), words(s), JSON.stringify(s))), { numRuns: 2000 });
});

test('one id per word, through the table growing many times; id() and scan() agree', () => {
  const v = vocabulary();
  const ids = new Map<string, number>();
  for (let k = 0; k < 300_000; k++) {
    const w = `q${k.toString(36)}`;
    const [id] = (() => {
      const out = intList(1);
      v.scan(w.toUpperCase(), out);
      return out.items.subarray(0, 1);
    })();
    ids.set(w, id);
  }
  assert.is(new Set(ids.values()).size, ids.size);
  for (const [w, id] of ids) {
    assert.is(v.id(w), id);
    assert.is(v.terms[id], w);
  }
  assert.is(v.id('ünïcödé'), v.id('ünïcödé'));
});

test('a meeting read for the index: the documents and words of meetingDocs, in its order', () => {
  const m = meeting(
    log(['alice', '#startmeeting'], ['alice', '#topic Etcd plans'], ['bob', 'etcd is down, Café'], ['* carol', 'waves'], ['alice', '#action bob fix etcd'], ['bob', 'o/'], ['alice', '#agreed ship it'], ['alice', '#endmeeting']),
  );
  const v = vocabulary();
  const stream = { ids: intList(), ends: intList(), persons: intList() };
  const read = readMeeting(m, v, stream, (nick) => (nick === 'bob' ? 'bob' : null));
  const docs = meetingDocs(m);
  assert.equal(read.rows.map((r) => [r[0], r[2]]), docs.map((d) => [d.line, d.text]));
  let from = 0;
  docs.forEach((d, k) => {
    const to = stream.ends.items[k];
    assert.equal(Array.from(stream.ids.items.subarray(from, to), (id) => v.terms[id]), d.words);
    assert.is(stream.persons.items[k] >= 0 ? v.terms[stream.persons.items[k]] : null, d.nick === 'bob' ? '~bob' : null);
    from = to;
  });
  assert.equal(read.counts, [1, 1, 1, 0, docs.length - 3]);
});

test.run();
