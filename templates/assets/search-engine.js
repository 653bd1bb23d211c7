// minutebook search: the query engine. It knows the index files of
// src/search/ (see docs/search.md) and nothing of pages: it is handed a
// load(name) that returns a file's data (a <script> element in the browser,
// a file read in the benchmark and tests). The index is cut in segments (a
// year, or a month of the newest year), each with its own dictionary and
// documents numbered from 0: a word is looked up in every segment, and its
// postings are put end to end, each segment's numbers moved up by the
// documents of the segments before it. Plain script, no build step; needs
// search-words.js; defines globalThis.MinutebookSearchEngine.
(function (global) {
  'use strict';
  var Words = global.MinutebookWords;
  var FORMAT = 3;
  var KINDS = ['topic', 'action', 'decision', 'item', 'line'];
  var LEVELS = 4;
  var PERSON = '~';
  /** Dictionary shards one prefix may load in each segment. */
  var MAX_PREFIX_SHARDS = 4;
  var MAX_EXPANSIONS = 12;
  /** What a longer word the query's last word begins counts, at most, against the word itself. */
  var LONGER_WEIGHT = 0.6;
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

  /**
   * A postings list of `count` documents → {docs, scores}: ascending
   * documents (plus `offset`, the first document number of its segment), each
   * level's weight × idf (0 for people lists).
   */
  function decodePostings(text, withLevels, idf, count, offset) {
    if (count === undefined) {
      count = 0;
      for (var c = 0; c < text.length; c++) if (digit(text.charCodeAt(c)) < 46) count++;
    }
    var into = { docs: new Int32Array(count), scores: new Float32Array(count) };
    decodeInto(text, withLevels, idf, offset || 0, into, 0);
    return into;
  }

  /** Decodes a postings list into into.docs and into.scores from index k; returns the index after it. */
  function decodeInto(text, withLevels, idf, offset, into, k) {
    var docs = into.docs;
    var scores = into.scores;
    var doc = offset - 1;
    var n = 0;
    for (var i = 0; i < text.length; i++) {
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
    return k;
  }

  function digit(c) {
    return c - 33 - (c > 34 ? 1 : 0) - (c > 92 ? 1 : 0);
  }

  /** "2016-11-07-16.00" for minutes since 1970, as src/search/segments.ts names document files. */
  function stampOf(minute) {
    var m = /^(.+)-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(new Date(minute * 60000).toISOString());
    return m[1] + '-' + m[2] + '-' + m[3] + '-' + m[4] + '.' + m[5];
  }

  /**
   * The manifest (src/search/manifest.ts) made ready to use: per meeting its
   * series, day, minute and first document of each kind; per segment its
   * first document number.
   */
  /** Numbers per meeting in the manifest: series, minutes since the one before, documents of each of 5 kinds, day shift. */
  var ROW = 8;
  /** The day shift of a meeting whose log gives no date (src/search/manifest.ts), and the day it then gets: before any, so a date filter never keeps it. */
  var NO_DAY_SHIFT = 3;
  var NO_DAY = -2147483648;

  function readManifest(m) {
    if (!m || m.format !== FORMAT) throw new Error('the search index was built by another version of minutebook; rebuild the site');
    var table = decodeNumbers(m.meetings);
    var count = table.length / ROW;
    var meetings = { series: new Int32Array(count), day: new Int32Array(count), minute: new Float64Array(count), start: new Int32Array(count + 1), kinds: new Int32Array(count * 5) };
    var minute = m.first;
    var doc = 0;
    for (var n = 0; n < count; n++) {
      minute += table[n * ROW + 1];
      meetings.series[n] = table[n * ROW];
      meetings.minute[n] = minute;
      // The day its pages give it (the site's time zone), which the date filters compare; NO_DAY for none.
      meetings.day[n] = table[n * ROW + 7] === NO_DAY_SHIFT ? NO_DAY : Math.floor(minute / 1440) + table[n * ROW + 7] - 1;
      meetings.start[n] = doc;
      for (var j = 0; j < 5; j++) {
        meetings.kinds[n * 5 + j] = doc;
        doc += table[n * ROW + 2 + j];
      }
    }
    meetings.start[count] = doc;
    var offset = 0;
    var segments = m.segments.map(function (s) {
      var segment = { name: s[0], docs: s[1], bounds: s[2], offset: offset };
      offset += s[1];
      return segment;
    });
    return { raw: m, count: count, docs: doc, meetings: meetings, segments: segments };
  }

  /** Meeting n's document file: d/SERIES/STAMP, "-2" on for a second meeting of the series in the same minute. */
  function meetingFile(ix, n) {
    var M = ix.meetings;
    var twin = 1;
    for (var k = n - 1; k >= 0 && M.minute[k] === M.minute[n] && M.series[k] === M.series[n]; k--) twin++;
    return 'd/' + ix.raw.series[M.series[n]][0] + '/' + stampOf(M.minute[n]) + (twin > 1 ? '-' + twin : '');
  }

  function create(load) {
    var manifest = null;
    var shards = new Map();

    function open() {
      manifest = manifest || Promise.resolve(load('manifest')).then(readManifest);
      return manifest;
    }
    function shard(name) {
      if (!shards.has(name)) shards.set(name, Promise.resolve(load(name)));
      return shards.get(name);
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
    /** A word's postings in every segment that has it, decoded once: typing "etc", "etcd", "etcd " reuses them. */
    function postings(ix, found) {
      var key = found.term + '\u0000' + found.parts.map(function (p) { return p[0]; }).join(',');
      if (!decoded.has(key)) {
        var withLevels = found.term.charAt(0) !== PERSON;
        var idf = idfOf(ix, found.count);
        var texts = found.parts.map(function (p) {
          return typeof p[1][1] === 'string' ? p[1][1] : load('p/' + ix.segments[p[0]].name + '/' + p[1][1]);
        });
        decoded.set(key, Promise.all(texts).then(function (list) {
          var into = { docs: new Int32Array(found.count), scores: new Float32Array(found.count), term: found.term };
          var k = 0;
          list.forEach(function (text, i) {
            k = decodeInto(text, withLevels, idf, ix.segments[found.parts[i][0]].offset, into, k);
          });
          return into;
        }));
      }
      return decoded.get(key);
    }

    /**
     * The dictionary entries a query word stands for, every segment's added
     * up: {term, count, size, parts: [[segment, entry], …]} in segment order.
     */
    function lookup(ix, q) {
      var wanted = [];
      var top = q.prefix ? q.word + '\uffff' : q.word;
      ix.segments.forEach(function (seg, si) {
        var bounds = seg.bounds;
        if (!bounds.length || bounds[0] > top) return;
        var first = shardOf(bounds, q.word);
        var last = q.prefix ? Math.min(shardOf(bounds, top), first + MAX_PREFIX_SHARDS - 1) : first;
        for (var s = first; s <= last; s++) wanted.push([si, 't/' + seg.name + '/' + s]);
      });
      return Promise.all(wanted.map(function (w) {
        return shard(w[1]);
      })).then(function (list) {
        var byTerm = new Map();
        list.forEach(function (sh, i) {
          for (var term in sh) {
            if (!Object.prototype.hasOwnProperty.call(sh, term)) continue;
            if (term !== q.word && !(q.prefix && term.startsWith(q.word))) continue;
            var entry = sh[term];
            var found = byTerm.get(term);
            if (!found) byTerm.set(term, (found = { term: term, count: 0, size: 0, parts: [] }));
            found.count += entry[0];
            found.size += typeof entry[1] === 'string' ? 0 : entry[2];
            found.parts.push([wanted[i][0], entry]);
          }
        });
        return choose(Array.from(byTerm.values()), q.word);
      });
    }
    /** The word itself, then the most common words it begins, within the budget. */
    function choose(found, word) {
      found.sort(function (a, b) {
        return (b.term === word) - (a.term === word) || b.count - a.count || (a.term < b.term ? -1 : 1);
      });
      var chosen = [];
      var spent = 0;
      for (var i = 0; i < found.length && chosen.length < MAX_EXPANSIONS; i++) {
        if (chosen.length > 0 && spent + found[i].size > PREFIX_BUDGET) continue;
        spent += found[i].size;
        chosen.push(found[i]);
      }
      return chosen;
    }

    /**
     * One query word's documents: {docs, scores}, the best-scoring expansion for each document. A
     * longer word the last one begins counts at most LONGER_WEIGHT of the word itself, however rare
     * it is: "meeting" finds "meetings" too, but below its own lines.
     */
    function wordHits(ix, q) {
      return lookup(ix, q).then(function (entries) {
        var exact = entries.find(function (e) {
          return e.term === q.word;
        });
        return Promise.all(
          entries.map(function (e) {
            return postings(ix, e).then(function (list) {
              if (e.term === q.word) return list;
              var factor = LONGER_WEIGHT * (exact ? Math.min(1, idfOf(ix, exact.count) / idfOf(ix, e.count)) : 1);
              // The decoded list is cached for other queries: scaled in a copy.
              var scores = new Float32Array(list.scores.length);
              for (var k = 0; k < scores.length; k++) scores[k] = list.scores[k] * factor;
              return { docs: list.docs, scores: scores, term: list.term };
            });
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
      /** The documents of meeting n (its d/SERIES/STAMP.js), cached by the loader. */
      meeting: function (n) {
        return open().then(function (ix) {
          return load(meetingFile(ix, n));
        });
      },
    };
  }

  /** A word's weight by how few documents have it (BM25's idf). */
  function idfOf(ix, count) {
    return Math.log(1 + (ix.docs - count + 0.5) / (count + 0.5));
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

  global.MinutebookSearchEngine = { create: create, decodeNumbers: decodeNumbers, decodePostings: decodePostings, stampOf: stampOf, mergeMax: mergeMax, KINDS: KINDS, FORMAT: FORMAT };
})(globalThis);
