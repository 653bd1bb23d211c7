// minutebook search: from the postings of a query's words to results grouped
// by meeting. Every word must match (if none does, any word may, and the
// result says so); the filters (series, person, kind, dates) then keep what
// they allow. Filters without words keep from every document (a person's:
// from theirs), newest meeting first. Plain script; defines globalThis.MinutebookQuery.
(function (global) {
  'use strict';
  var KINDS = ['topic', 'action', 'decision', 'item', 'line'];
  /** Minutes items outrank chatter that uses the same words. */
  var BOOST = [2, 1.8, 1.8, 1.4, 1];
  var DAY = 86400000;
  /** The orders of a result's meetings, by the sort parameter. */
  var ORDERS = {
    '': function (a, b) {
      return b.score - a.score || b.day - a.day || a.meeting - b.meeting;
    },
    new: function (a, b) {
      return b.meeting - a.meeting;
    },
    old: function (a, b) {
      return a.meeting - b.meeting;
    },
  };

  /** Documents in every list, scores summed. */
  function intersect(lists) {
    var sorted = lists.slice().sort(function (a, b) {
      return a.docs.length - b.docs.length;
    });
    var docs = sorted[0].docs;
    var scores = sorted[0].scores;
    for (var l = 1; l < sorted.length && docs.length; l++) {
      var other = sorted[l];
      var keptDocs = new Int32Array(docs.length);
      var keptScores = new Float32Array(docs.length);
      var kept = 0;
      var j = 0;
      for (var i = 0; i < docs.length; i++) {
        j = seek(other.docs, docs[i], j);
        if (j < other.docs.length && other.docs[j] === docs[i]) {
          keptDocs[kept] = docs[i];
          keptScores[kept++] = scores[i] + other.scores[j];
        }
      }
      docs = keptDocs.subarray(0, kept);
      scores = keptScores.subarray(0, kept);
    }
    return { docs: docs, scores: scores };
  }

  /** First index ≥ from whose document is ≥ doc (galloping, then binary search). */
  function seek(docs, doc, from) {
    var step = 1;
    var hi = from;
    while (hi < docs.length && docs[hi] < doc) {
      from = hi + 1;
      hi += step;
      step *= 2;
    }
    hi = Math.min(hi, docs.length);
    while (from < hi) {
      var mid = (from + hi) >> 1;
      if (docs[mid] < doc) from = mid + 1;
      else hi = mid;
    }
    return from;
  }

  /** Documents in any list, scores summed. */
  function union(lists) {
    var total = new Map();
    lists.forEach(function (list) {
      for (var i = 0; i < list.docs.length; i++) total.set(list.docs[i], (total.get(list.docs[i]) || 0) + list.scores[i]);
    });
    var docs = Array.from(total.keys()).sort(function (a, b) {
      return a - b;
    });
    return {
      docs: docs,
      scores: docs.map(function (d) {
        return total.get(d);
      }),
    };
  }

  /** Documents 0…count−1, each scoring nothing: what filters without words choose from. */
  function everyDocument(count) {
    var docs = new Int32Array(count);
    for (var i = 0; i < count; i++) docs[i] = i;
    return { docs: docs, scores: new Float32Array(count) };
  }

  function dayOf(date, fallback) {
    var t = date ? Date.parse(date + 'T00:00:00Z') : NaN;
    return isNaN(t) ? fallback : Math.floor(t / DAY);
  }

  /**
   * The result: {words, any, total, groups, hitsOf(group)}. Groups are
   * {meeting, day, series, count, score}, best first (params.sort "new":
   * newest meeting first, "old": oldest first); hitsOf gives a group's
   * hits, {doc, local, kind, score}, best first. Hits become objects only for
   * the groups shown: a common word has hundreds of thousands.
   */
  function rank(ix, queryWords, lists, personList, params) {
    var words = queryWords.map(function (q, k) {
      return { word: q.word, prefix: q.prefix, terms: lists[k].terms };
    });
    var result = { words: words, any: false, total: 0, groups: [], hitsOf: hitsOf };
    var person = personList && { docs: personList.docs, scores: new Float32Array(personList.docs.length) };
    var hits;
    if (lists.length) {
      hits = intersect(lists);
      if (!hits.docs.length && lists.length > 1) {
        hits = union(lists);
        result.any = hits.docs.length > 0;
      }
      if (person) hits = intersect([hits, person]);
    } else if (person) {
      // No words, a person: everything they said, as the other filters allow.
      hits = person;
    } else if (params.series || params.kind || params.from || params.to) {
      // No words: every document the filters allow, newest meeting first.
      hits = everyDocument(ix.docs);
    } else return result;

    var to = dayOf(params.to, 1e9);
    var kept = collect(ix.meetings, hits, {
      series: params.series ? ix.raw.series.findIndex(function (s) { return s[0] === params.series; }) : -2,
      kind: KINDS.indexOf(params.kind || ''),
      // Meetings whose logs give no date are before any day (search-engine.js NO_DAY): a date filter leaves them out.
      from: dayOf(params.from, to < 1e9 ? -1e9 : -Infinity),
      to: to,
    });
    result.groups = kept.groups;
    // The best hit decides; more hits in the same meeting add a little.
    result.groups.forEach(function (g) {
      g.score *= 1 + 0.1 * Math.log(g.count);
    });
    // Meetings are numbered in time order (start, series, id), so a date order is theirs.
    var sort = params.sort || (lists.length ? '' : 'new');
    result.groups.sort(Object.prototype.hasOwnProperty.call(ORDERS, sort) ? ORDERS[sort] : ORDERS['']);
    result.total = kept.count;
    return result;

    function hitsOf(g) {
      var list = [];
      for (var h = g.from; h < g.from + g.count; h++) list.push({ doc: kept.docs[h], local: kept.docs[h] - ix.meetings.start[g.meeting], kind: KINDS[kept.kinds[h]], score: kept.scores[h] });
      return list.sort(function (a, b) {
        return b.score - a.score || a.doc - b.doc;
      });
    }
  }

  /**
   * The hits the filters keep (series index, or −2 for any; kind index or −1;
   * days from–to), with their kind and boosted score, and their meetings as
   * groups. Its own function, every variable local: this loop sees every hit
   * of a common word (~500,000 at 10,000 meetings).
   */
  function collect(m, hits, filter) {
    var n = hits.docs.length;
    var docs = new Int32Array(n);
    var scores = new Float32Array(n);
    var kinds = new Uint8Array(n);
    var groups = [];
    var group = null;
    var kept = 0;
    var meeting = 0;
    for (var i = 0; i < n; i++) {
      var doc = hits.docs[i];
      while (m.start[meeting + 1] <= doc) meeting++;
      if (filter.series !== -2 && m.series[meeting] !== filter.series) continue;
      var day = m.day[meeting];
      if (day < filter.from || day > filter.to) continue;
      var k = 4;
      while (k > 0 && m.kinds[meeting * 5 + k] > doc) k--;
      if (filter.kind >= 0 && k !== filter.kind) continue;
      var score = hits.scores[i] * BOOST[k];
      if (group === null || group.meeting !== meeting) {
        group = { meeting: meeting, day: day, series: m.series[meeting], count: 0, score: 0, from: kept };
        groups.push(group);
      }
      group.count++;
      if (score > group.score) group.score = score;
      docs[kept] = doc;
      scores[kept] = score;
      kinds[kept++] = k;
    }
    return { docs: docs, scores: scores, kinds: kinds, groups: groups, count: kept };
  }

  global.MinutebookQuery = { rank: rank, intersect: intersect, union: union, KINDS: KINDS };
})(globalThis);
