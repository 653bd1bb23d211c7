// One meeting's minutes page (src/site/meeting-page.ts, templates/meeting.11ty.js):
// here, what a W3C scribe's discussion looks like there: the speaker first,
// and "…" where the same speaker goes on, as W3C's own minutes write it; and
// what its head tells link previews.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as meetingTemplate from '../../templates/meeting.11ty.js';
import * as logTemplate from '../../templates/log.11ty.js';
import * as homeTemplate from '../../templates/index.11ty.js';
import * as seriesTemplate from '../../templates/series.11ty.js';
import * as personTemplate from '../../templates/person.11ty.js';
import { attachLogs, siteModel } from '../../src/site/model.js';
import { log, meeting } from '../support/inline-log.js';

const w3c = meeting(
  log(
    ['RRSAgent', 'logging'],
    ['ivan', 'scribe: pauld'],
    ['ivan', 'regrets+ dezell'],
    ['pauld', 'Topic: Budget'],
    ['pauld', 'ivan: we spend too much'],
    ['pauld', '... on travel'],
    ['pauld', 'manu: no objection'],
    ['pauld', 'ivan: and on food'],
    ['pauld', 'Topic: Schedule'],
    ['pauld', '... ivan again, after the topic'],
  ),
  'w3c/01-team-irc.txt',
);

test('the same speaker going on is marked, within a topic only', () => {
  const model = siteModel([w3c], [], { logs: 'none' });
  attachLogs(model, model.meetings, [w3c]);
  const [page] = model.meetings;
  const said = page.summary.map((b) => b.items.map((i) => `${i.nick}${i.continued ? ' …' : ':'} ${i.text}`));
  assert.equal(said, [['ivan: we spend too much', 'ivan … on travel', 'manu: no objection', 'ivan: and on food'], ['ivan: ivan again, after the topic']]);
  const html = meetingTemplate.render({ minutebook: model, m: page });
  assert.match(html, '<b class="speaker">ivan:</b> <span class="text">we spend too much</span>');
  assert.match(html, '<b class="speaker"><span class="vh">ivan: </span><span aria-hidden="true">…</span></b> <span class="text">on travel</span>');
  assert.match(html, '<div><dt>Scribe</dt><dd><a href="../../people/pauld.html">pauld</a></dd></div><div><dt>Regrets</dt><dd>dezell</dd></div>');
});

test('the head tells link previews and search engines what the meeting held; log text in it is escaped', () => {
  const team = meeting(
    log(['alice', '#startmeeting'], ['alice', '#topic Release "2.0" <soon>'], ['alice', '#action bob tags it'], ['bob', 'ok'], ['alice', '#topic Open discussion'], ['alice', '#endmeeting']),
    'team.2020-01-02-10.00.log.txt',
  );
  const model = siteModel([team], [], { logs: 'none', title: 'Team & co', description: 'Weekly.' });
  attachLogs(model, model.meetings, [team]);
  const [page] = model.meetings;
  const described = '2 topics, 1 action item, 0 decisions, 2 people. Topics: Release &quot;2.0&quot; &lt;soon&gt;; Open discussion.';
  for (const html of [meetingTemplate.render({ minutebook: model, m: page }), logTemplate.render({ minutebook: model, m: page })]) {
    const head = html.slice(0, html.indexOf('</head>'));
    assert.match(head, `<meta name="description" content="${described}">`);
    assert.match(head, `<meta property="og:description" content="${described}">`);
    assert.match(head, '<meta property="og:site_name" content="Team &amp; co">');
    // The series' feed besides the site's: "subscribe" from a meeting gives its series.
    assert.match(head, '<link rel="alternate" type="application/atom+xml" title="Team &amp; co" href="../../feed.xml">');
    assert.match(head, '<link rel="alternate" type="application/atom+xml" title="team feed" href="../../team/feed.xml">');
    assert.match(head, /<meta property="og:title" content="(Log: )?team, 2020-01-02 10:00 UTC · Team &amp; co">/);
  }
  // Other pages: the site's description; none without one.
  assert.match(homeTemplate.render({ minutebook: model }), '<meta name="description" content="Weekly.">');
  assert.match(homeTemplate.render({ minutebook: model }), '<p class="lead">Weekly.</p>');
  const plain = siteModel([team]);
  assert.not.match(homeTemplate.render({ minutebook: plain }), 'name="description"');
  assert.match(homeTemplate.render({ minutebook: plain }), '<meta property="og:site_name" content="Meeting minutes">');
  // A series page and a person page say what they hold, whatever the site's description.
  for (const m of [model, plain]) {
    assert.match(seriesTemplate.render({ minutebook: m, s: m.series[0] }), '<meta name="description" content="1 meeting of team, 2020-01-02: minutes, logs and action items.">');
    const alice = m.people.find((p) => p.nick === 'alice')!;
    assert.match(personTemplate.render({ minutebook: m, p: alice }), '<meta name="description" content="alice: 5 lines said in 1 meeting, 1 meeting chaired.">');
  }
  // No canonical address without the site's URL.
  assert.not.match(meetingTemplate.render({ minutebook: model, m: page }), 'rel="canonical"');
});

test("the log to a screen reader: each topic a heading; the meeting's start and end named (a separator's own text is not read)", () => {
  const team = meeting(
    log(['bob', 'before'], ['alice', '#startmeeting'], ['alice', '#topic Budget'], ['bob', 'ok'], ['alice', '#topic Travel'], ['alice', '#endmeeting'], ['bob', 'after']),
    'team.2020-01-02-10.00.log.txt',
  );
  const model = siteModel([team], [], { logs: 'none' });
  attachLogs(model, model.meetings, [team]);
  const html = logTemplate.render({ minutebook: model, m: model.meetings[0] });
  assert.match(html, '<div class="mark" role="separator" aria-label="Meeting starts">Meeting starts</div>');
  // Each topic a heading, hidden, before its line.
  assert.equal([...html.matchAll(/<h2 class="vh">Topic: ([^<]*)<\/h2>\n<p id="l-(\d+)"/g)].map((m) => [m[1], Number(m[2])]), [['Budget', 3], ['Travel', 5]]);
  assert.match(html, '<div class="mark" role="separator" aria-label="Meeting ends">Meeting ends</div>');
});

test.run();
