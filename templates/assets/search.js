// minutebook search page: reads the query from the address (search.html?q=…
// and filters), runs it as the reader types, keeps the address in step so a
// search can be linked, and shows results grouped by meeting, each hit with
// its words marked, linking to the item in the minutes or the line in the
// log (search-render.js draws them). Arrows move through the results; Enter
// follows one.
(function () {
  'use strict';
  var Loader = window.MinutebookLoader;
  var Words = window.MinutebookWords;
  var Render = window.MinutebookRender;
  var el = Render.el;
  var plural = Render.plural;
  var PAGE = 10;
  var FIELDS = ['q', 'series', 'person', 'kind', 'from', 'to', 'sort'];

  var form = document.getElementById('search-form');
  var box = document.getElementById('q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!form || !box) return;
  if (!Loader.supported) {
    status.textContent = 'Search needs a newer browser (one with DecompressionStream). The topic, action, decision and people indexes list every meeting.';
    return;
  }
  form.hidden = false;
  document.getElementById('search-help').hidden = false;
  var slash = document.getElementById('slash-key');
  if (slash && window.MinutebookSlashKey) {
    slash.checked = window.MinutebookSlashKey.on();
    slash.addEventListener('change', function () {
      window.MinutebookSlashKey.set(slash.checked);
    });
    document.getElementById('slash-setting').hidden = false;
  }
  var engine = window.MinutebookSearchEngine.create(Loader.load);
  var current = 0;
  var timer = 0;
  var index = null;

  function params() {
    var p = {};
    FIELDS.forEach(function (f) {
      p[f] = form.elements[f] ? form.elements[f].value.trim() : '';
    });
    if (/\s$/.test(form.elements.q.value)) p.q += ' ';
    return p;
  }

  function keepInAddress(p) {
    var query = new URLSearchParams();
    FIELDS.forEach(function (f) {
      // The query keeps a space after its last word: a finished word, which a reload must not read as one still typed.
      if (p[f].trim()) query.set(f, f === 'q' ? p.q : p[f].trim());
    });
    var text = query.toString();
    history.replaceState(null, '', location.pathname + (text ? '?' + text : ''));
  }

  function run() {
    var p = params();
    var id = ++current;
    keepInAddress(p);
    var words = Words.queryWords(p.q);
    // Filters and no words: what they allow is listed. Words that are none to search for are told so.
    if (!words.length && (p.q.trim() || !filtered(p))) {
      results.replaceChildren();
      status.textContent = withDropped(unsearchable(p));
      return;
    }
    var slow = setTimeout(function () {
      if (id === current) status.textContent = 'Searching…';
    }, 200);
    engine
      .open()
      .then(function (ix) {
        index = ix;
        var query = { q: p.q, series: p.series, kind: p.kind, from: p.from, to: p.to, sort: p.sort, person: personKey(ix, p.person) };
        if (p.person && !query.person) return { words: [], groups: [], total: 0, unknownPerson: p.person };
        return engine.search(query);
      })
      .then(function (result) {
        if (id !== current) return;
        clearTimeout(slow);
        results.replaceChildren();
        status.textContent = withDropped(withLiteral(summary(result, p), p.q));
        return showGroups(result, 0, id);
      })
      .catch(function (err) {
        clearTimeout(slow);
        if (id !== current) return;
        status.textContent = 'Search failed: ' + err.message + '. ' + failureHint();
      });
  }

  /** Whether a filter narrows the search (the order is none). */
  function filtered(p) {
    return !!(p.series || p.person || p.kind || p.from || p.to);
  }

  /** Why a query finds nothing to look for: its words are all too common, or too short. */
  function unsearchable(p) {
    var typed = p.q.trim();
    if (!typed) return '';
    var common = typed.split(/\s+/).every(function (w) {
      return Words.STOP_WORDS.has(Words.fold(w).replace(/[^\p{L}\p{N}]+/gu, ''));
    });
    return common ? 'Those words are too common to search for; add another word.' : 'Type a longer word: words of one letter are not searched.';
  }

  /**
   * A query with quotes or a word after "-" means a phrase or an exclusion in most search boxes; here every word is
   * searched for alike (docs/search.md): said, so that no one takes the results for what they asked.
   */
  function withLiteral(text, q) {
    if (!/["“”]|(^|\s)-\S/.test(q)) return text;
    return withNote(text, 'Quotes and “-” are no operators here: every word is searched for, in any order.');
  }

  /** The status's text with a note after it, as a sentence of its own. */
  function withNote(text, note) {
    return text ? text + (/[.)]$/.test(text) ? ' ' : '. ') + note : note;
  }

  /**
   * What to do when a file of the index would not load: from disk, the site lacks it; served, the network failed or
   * the reader is offline (navigator.onLine does not tell: a page the service worker serves may think itself online).
   */
  function failureHint() {
    if (location.protocol === 'file:') return 'Rebuilding the site may help.';
    return 'The search loads its index as it searches: offline, it has only the parts it loaded before; online, try again.';
  }

  /** The status, and what the link asked for that this site does not have (left out, so the rest still searches). */
  function withDropped(text) {
    if (!dropped.length) return text;
    // A series or kind the form lacks is not on this site; a date the date box will not take is no date at all.
    var told = ['not on this site', 'no date']
      .map(function (why) {
        var these = dropped.filter(function (d) {
          return d.why === why;
        });
        return these.length ? these.map(function (d) {
          return d.what;
        }).join(' and ') + ': ' + why : '';
      })
      .filter(Boolean);
    return withNote(text, 'The link’s ' + told.join('; ') + ', so left out.');
  }

  function personKey(ix, name) {
    if (!name) return '';
    var lower = name.toLowerCase();
    var match = ix.raw.people.find(function (p) {
      return p[0] === lower || p[1].toLowerCase() === lower;
    });
    return match ? match[0] : '';
  }

  function summary(result, p) {
    if (result.unknownPerson) return 'No one called “' + result.unknownPerson + '” took part in these meetings.';
    var browsing = !p.q.trim();
    if (!result.total) return browsing ? 'Nothing matches these filters.' : 'No results for “' + p.q.trim() + '”' + (filtered(p) ? ' with these filters.' : '.');
    var text = plural(result.total, 'result') + ' in ' + plural(result.groups.length, 'meeting');
    if (browsing) return text + ': everything the filters allow' + (p.sort ? '' : ', newest first') + '; type a word to search among them';
    return result.any ? text + ' (no line has every word; these have some of them)' : text;
  }

  /** Renders groups [from, from + PAGE) once their meetings' documents are in. */
  function showGroups(result, from, id) {
    var groups = result.groups.slice(from, from + PAGE);
    return Promise.all(groups.map(function (g) {
      return engine.meeting(g.meeting);
    })).then(function (meetings) {
      if (id !== current) return;
      var old = results.querySelector('.sr-more');
      if (old) old.remove();
      groups.forEach(function (g, k) {
        results.appendChild(Render.group(g, result.hitsOf(g), meetings[k], index.raw.series[g.series][1], result.words));
      });
      if (from + PAGE < result.groups.length) {
        var more = el('button', 'sr-more', 'Show more meetings (' + (result.groups.length - from - PAGE).toLocaleString('en') + ' left)');
        more.type = 'button';
        more.addEventListener('click', function () {
          showGroups(result, from + PAGE, id).then(function () {
            var next = results.querySelectorAll('.sr-group')[from + PAGE];
            if (next) next.querySelector('a').focus();
          });
        });
        results.appendChild(more);
      }
    });
  }

  /**
   * ↓ from the box to the first result, ↑ and ↓ between results, ↑ from the
   * first back to the box, Escape to the box. ↓ with nothing focused, the page
   * at its top (come from another page's header box, or back from a result),
   * also goes to the first result; further down the page it scrolls, as ever.
   */
  function onKey(event) {
    var links = Array.prototype.slice.call(results.querySelectorAll('.sr-hit:not([hidden]) .sr-link'));
    var at = links.indexOf(document.activeElement);
    var unfocused = !document.activeElement || document.activeElement === document.body;
    var next = null;
    if (event.key === 'ArrowDown') next = document.activeElement === box || (unfocused && window.scrollY === 0) ? links[0] : at >= 0 ? links[at + 1] : null;
    else if (event.key === 'ArrowUp' && at >= 0) next = at === 0 ? box : links[at - 1];
    else if (event.key === 'Escape' && at >= 0) next = box;
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next !== box) next.scrollIntoView({ block: 'nearest' });
  }

  var address = new URLSearchParams(location.search);
  /** Filters the address gave that the form has no such value for (a series this site lacks, a date that is none). */
  var dropped = [];
  FIELDS.forEach(function (f) {
    if (!address.has(f) || !form.elements[f]) return;
    var wanted = address.get(f);
    form.elements[f].value = wanted;
    if (f !== 'q' && wanted.trim() && form.elements[f].value !== wanted) dropped.push({ what: f + ' “' + wanted + '”', why: f === 'from' || f === 'to' ? 'no date' : 'not on this site' });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener('input', function (event) {
    // A change of the form is the reader's own: what the link asked for is no longer the question.
    dropped = [];
    clearTimeout(timer);
    if (event.target === box) timer = setTimeout(run, 120);
    else run();
  });
  document.addEventListener('keydown', onKey);
  // A link with filters and no words lists what they allow; the cursor waits in the box for a word.
  if (box.value.trim() || filtered(params()) || dropped.length) run();
  if (!box.value.trim()) box.focus();
})();
