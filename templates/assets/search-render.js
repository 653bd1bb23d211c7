// minutebook search page: drawing results. Log text is hostile: every piece
// of it goes in as text (textContent, text nodes), never as HTML.
// Plain script; defines globalThis.MinutebookRender.
(function (global) {
  'use strict';
  var Loader = global.MinutebookLoader;
  var Words = global.MinutebookWords;
  var SHOWN_HITS = 3;
  var SNIPPET = 280;
  var LABELS = { topic: 'Topic', action: 'Action', info: 'Info', idea: 'Idea', help: 'Help wanted', link: 'Link', agreed: 'Agreed', accepted: 'Accepted', rejected: 'Rejected', vote: 'Vote', said: 'Said' };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(n, word) {
    return n.toLocaleString('en') + ' ' + word + (n === 1 ? '' : 's');
  }

  /** A meeting's results: its title linking to the minutes, date and series, its best hits, a button for the rest. */
  function group(g, hits, meeting, series, words) {
    var section = el('section', 'sr-group');
    var h = el('h2');
    var title = el('a', null, meeting.title);
    title.href = Loader.root + meeting.minutes;
    h.appendChild(title);
    section.appendChild(h);
    section.appendChild(el('p', 'meta', meeting.when + ' · ' + series + ' · ' + plural(hits.length, 'result')));
    var list = el('ol', 'sr-hits');
    hits.forEach(function (hit, k) {
      var li = hitItem(hit, meeting, words);
      if (k >= SHOWN_HITS) li.hidden = true;
      list.appendChild(li);
    });
    section.appendChild(list);
    if (hits.length > SHOWN_HITS) {
      var more = el('button', 'sr-more-hits', 'Show ' + plural(hits.length - SHOWN_HITS, 'more result') + ' in this meeting');
      more.type = 'button';
      more.addEventListener('click', function () {
        list.querySelectorAll('li[hidden]').forEach(function (li) {
          li.hidden = false;
        });
        list.children[SHOWN_HITS].querySelector('a').focus();
        more.remove();
      });
      section.appendChild(more);
    }
    return section;
  }

  function hitItem(hit, meeting, words) {
    var doc = meeting.docs[hit.local];
    var line = doc[0];
    var nick = doc[1] >= 0 ? meeting.nicks[doc[1]] : null;
    var label = doc[3];
    var li = el('li', 'sr-hit' + (label ? ' item k-' + label : ''));
    var link = el('a', 'sr-link');
    var log = Loader.root + meeting.log + '#l-' + line;
    link.href = label ? Loader.root + meeting.minutes + '#' + (label === 'topic' ? 't-' : 'i-') + line : log;
    // The hidden words make the link's name a sentence to a screen reader: "Topic: alice: the text".
    if (label) {
      link.appendChild(el('span', 'badge', LABELS[label] || label));
      link.appendChild(el('span', 'vh', ': '));
    }
    if (nick !== null) {
      link.appendChild(el('span', 'sr-nick', nick));
      link.appendChild(el('span', 'vh', ': '));
    }
    link.appendChild(snippet(doc[2], words));
    li.appendChild(link);
    if (label) {
      var inLog = el('a', 'sr-log', 'in the log');
      // Links of one name, one after another, are told apart by their line.
      inLog.appendChild(el('span', 'vh', ', line ' + line));
      inLog.href = log;
      li.appendChild(document.createTextNode(' '));
      li.appendChild(inLog);
    }
    return li;
  }

  /** The text with the query's words in <mark>, cut to a window around the first one when long. */
  function snippet(text, words) {
    var ranges = Words.matches(text, words);
    var start = 0;
    var end = text.length;
    if (end > SNIPPET) {
      start = ranges.length ? Math.max(0, ranges[0][0] - 80) : 0;
      end = Math.min(text.length, start + SNIPPET);
    }
    var span = el('span', 'sr-text');
    if (start > 0) span.appendChild(document.createTextNode('…'));
    var at = start;
    ranges.forEach(function (r) {
      if (r[1] <= at || r[0] >= end) return;
      var from = Math.max(r[0], at);
      if (from > at) span.appendChild(document.createTextNode(text.slice(at, from)));
      span.appendChild(el('mark', null, text.slice(from, Math.min(r[1], end))));
      at = Math.min(r[1], end);
    });
    if (at < end) span.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) span.appendChild(document.createTextNode('…'));
    return span;
  }

  global.MinutebookRender = { el: el, plural: plural, group: group };
})(globalThis);
