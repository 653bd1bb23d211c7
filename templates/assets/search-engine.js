// minutebook search: the query engine. It knows the index files of
// src/search/ (see docs/search.md) and nothing of pages: it is handed a
// load(name) that returns a file's data (a <script> element in the browser,
// a file read in the benchmark and tests). Plain script, no build step;
// needs search-words.js; defines globalThis.MinutebookSearchEngine.
(function (global) {
  'use strict';
  var Words = global.MinutebookWords;
  var FORMAT = 1;
  var KINDS = ['topic', 'action', 'decision', 'item', 'line'];
  var LEVELS = 4;
  var PERSON = '~';
  var MAX_PREFIX_SHARDS = 4;
  var MAX_EXPANSIONS = 12;
  /** Characters of separate postings lists one prefix may load, beyond its most common word. */
  var PREFIX_BUDGET = 400000;

  /** The digits of src/search/encode.ts. */
  function decodeNumbers(text) {
    var out = [];
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var d = c - 33 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0);
      if (d >= 46) n = n * 46 + (d - 46);
      else {
        out.push(n * 46 + d);
        n = 0;
      }
    }
    return out;
  }

  var LEVEL_WEIGHT = [0.5, Math.SQRT1_2, 1, Math.SQRT2];

  /** A postings list of `count` documents → {docs, scores}: ascending documents, each level's weight × idf (0 for people lists). */
  function decodePostings(text, withLevels, idf, count) {
    if (count === undefined) {
      count = 0;
      for (var c = 0; c < text.length; c++) if (digit(text.charCodeAt(c)) < 46) count++;
    }
    var i;
    var docs = new Int32Array(count);
    var scores = new Float32Array(count);
    var doc = -1;
    var n = 0;
    var k = 0;
    for (i = 0; i < text.length; i++) {
      var d = digit(text.charCodeAt(i));
      if (d >= 46) {
        n = n * 46 + (d - 46);
        continue;
      }
      var v = n * 46 + d;
      n = 0;
      if (withLevels) {
        var level = v % LEVELS;
        doc += (v - level) / LEVELS + 1;
        scores[k] = LEVEL_WEIGHT[level] * idf;
      } else doc += v + 1;
      docs[k++] = doc;
    }
    return { docs: docs, scores: scores };
  }

  function digit(c) {
    return c - 33 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0);
  }

  function readManifest(m) {
    if (!m || m.format !== FORMAT) throw new Error('the search index was built by another version of minutebook; rebuild the site');
    var table = decodeNumbers(m.meetings);
    var count = table.length / 6;
    var meetings = { series: new Int32Array(count), day: new Int32Array(count), start: new Int32Array(count + 1), kinds: new Int32Array(count * 5) };
    var n = 0;
    var doc = 0;
    m.series.forEach(function (s, si) {
      var day = 0;
      for (var k = 0; k < s[2]; k++, n++) {
        day = k === 0 ? table[n * 6] : day + table[n * 6];
        meetings.series[n] = si;
        meetings.day[n] = day;
        meetings.start[n] = doc;
        for (var j = 0; j < 5; j++) {
          meetings.kinds[n * 5 + j] = doc;
          doc += table[n * 6 + 1 + j];
        }
      }
    });
    meetings.start[count] = doc;
    return { raw: m, count: count, docs: doc, meetings: meetings };
  }

  function create(load) {
    var manifest = null;
    var shards = new Map();

    function open() {
      manifest = manifest || Promise.resolve(load('manifest')).then(readManifest);
      return manifest;
    }
    function shard(n) {
      if (!shards.has(n)) shards.set(n, Promise.resolve(load('t/' + n)));
      return shards.get(n);
    }
    function shardOf(bounds, word) {
      var lo = 0;
      var hi = bounds.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (bounds[mid] <= word) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
    var decoded = new Map();
    /** A word's postings, decoded once: typing "etc", "etcd", "etcd " reuses them. */
    function postings(ix, term, entry) {
      if (!decoded.has(term)) {
        var withLevels = term.charAt(0) !== PERSON;
        var idf = Math.log(1 + (ix.docs - entry[0] + 0.5) / (entry[0] + 0.5));
        var text = typeof entry[1] === 'string' ? entry[1] : load('p/' + entry[1]);
        decoded.set(term, Promise.resolve(text).then(function (t) {
          var p = decodePostings(t, withLevels, idf, entry[0]);
          p.term = term;
          return p;
        }));
      }
      return decoded.get(term);
    }

    /** The dictionary entries a query word stands for: [term, entry] pairs. */
    function lookup(ix, q) {
      var bounds = ix.raw.bounds;
      if (!bounds.length) return Promise.resolve([]);
      var first = shardOf(bounds, q.word);
      var last = q.prefix ? Math.min(shardOf(bounds, q.word + '\uffff'), first + MAX_PREFIX_SHARDS - 1) : first;
      var wanted = [];
      for (var s = first; s <= last; s++) wanted.push(shard(s));
      return Promise.all(wanted).then(function (list) {
        var found = [];
        list.forEach(function (sh) {
          for (var term in sh) {
            if (!Object.prototype.hasOwnProperty.call(sh, term)) continue;
            if (term === q.word || (q.prefix && term.startsWith(q.word))) found.push([term, sh[term]]);
          }
        });
        return choose(found, q.word);
      });
    }
    /** The word itself, then the most common words it begins, within the budget. */
    function choose(found, word) {
      found.sort(function (a, b) {
        return (b[0] === word) - (a[0] === word) || b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1);
      });
      var chosen = [];
      var spent = 0;
      for (var i = 0; i < found.length && chosen.length < MAX_EXPANSIONS; i++) {
        var size = typeof found[i][1][1] === 'string' ? 0 : found[i][1][2];
        if (chosen.length > 0 && spent + size > PREFIX_BUDGET) continue;
        spent += size;
        chosen.push(found[i]);
      }
      return chosen;
    }

    /** One query word's documents: {docs, scores}, the best-scoring expansion for each document. */
    function wordHits(ix, q) {
      return lookup(ix, q).then(function (entries) {
        return Promise.all(
          entries.map(function (e) {
            return postings(ix, e[0], e[1]);
          }),
        ).then(function (lists) {
          var terms = lists.map(function (l) {
            return l.term;
          });
          // Pairwise, like a merge sort: n log k rather than n k.
          while (lists.length > 1) {
            var next = [];
            for (var i = 0; i < lists.length; i += 2) next.push(i + 1 < lists.length ? mergeMax(lists[i], lists[i + 1]) : lists[i]);
            lists = next;
          }
          var merged = lists[0] || { docs: new Int32Array(0), scores: new Float32Array(0) };
          return { docs: merged.docs, scores: merged.scores, terms: terms };
        });
      });
    }

    var Q = global.MinutebookQuery;
    return {
      open: open,
      /** Runs a search: {q, series, person, kind, from, to} → result (see search-query.js). */
      search: function (params) {
        return open().then(function (ix) {
          var qs = Words.queryWords(params.q || '');
          var person = params.person ? [{ word: PERSON + params.person, prefix: false }] : [];
          return Promise.all(qs.concat(person).map(function (q) {
            return wordHits(ix, q);
          })).then(function (lists) {
            return Q.rank(ix, qs, lists.slice(0, qs.length), lists[qs.length] || null, params);
          });
        });
      },
      /** The documents of meeting n (its d/N.js), cached by the loader. */
      meeting: function (n) {
        return Promise.resolve(load('d/' + n));
      },
    };
  }

  /** Union of two ascending lists, keeping the higher score where both have a document. */
  function mergeMax(a, b) {
    if (!a.docs.length) return b;
    if (!b.docs.length) return a;
    var docs = new Int32Array(a.docs.length + b.docs.length);
    var scores = new Float32Array(docs.length);
    var i = 0, j = 0, k = 0;
    while (i < a.docs.length && j < b.docs.length) {
      var da = a.docs[i];
      var db = b.docs[j];
      docs[k] = da < db ? da : db;
      scores[k++] = da < db ? a.scores[i++] : db < da ? b.scores[j++] : Math.max(a.scores[i++], b.scores[j++]);
    }
    for (; i < a.docs.length; i++, k++) (docs[k] = a.docs[i]), (scores[k] = a.scores[i]);
    for (; j < b.docs.length; j++, k++) (docs[k] = b.docs[j]), (scores[k] = b.scores[j]);
    return { docs: docs.subarray(0, k), scores: scores.subarray(0, k) };
  }

  global.MinutebookSearchEngine = { create: create, decodeNumbers: decodeNumbers, decodePostings: decodePostings, mergeMax: mergeMax, KINDS: KINDS, FORMAT: FORMAT };
})(globalThis);
