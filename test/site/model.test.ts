// The site model: series and neighbours, carried-over and open actions, the
// topic index, people across meetings (aliases, bots), decisions, feeds.
import { test } from 'uvu';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import * as yearTemplate from '../../templates/decision-year.11ty.js';
import * as peopleTemplate from '../../templates/people.11ty.js';
import * as pagerTemplate from '../../templates/_includes/partials/pager.js';
import * as threadsPartial from '../../templates/_includes/partials/threads.js';
import * as assert from 'uvu/assert';
import { attachLogs, siteModel, siteModelPausing } from '../../src/site/model.js';
import { uniqueIds } from '../../src/site/summary.js';
import { nickBase } from '../../src/meeting/people.js';
import type { Meeting } from '../../src/types.js';
import { log, meeting } from '../support/inline-log.js';
import { withoutSummaries } from '../support/brief-model.js';

const START = '#startmeeting';
const week = (day: string, said: [string, string][], series = 'team'): Meeting =>
  meeting(log(['alice', START], ...said, ['alice', '#endmeeting']), `${series}.2020-01-${day}-10.00.log.txt`);

const first = week('02', [
  ['alice', '#topic Open discussion'],
  ['bob', 'hi'],
  ['alice', '#action bob to fix the build'],
  ['alice', '#action write the release notes'],
  ['alice', '#agreed ship on Friday'],
]);
const second = week('09', [
  ['alice', '#topic open   discussion!'],
  ['Bob_', 'here'],
  ['alice', '#action Bob to fix the build.'],
]);
const third = week('16', [['alice', '#topic Release'], ['alice', '#info nothing to report']]);
const other = week('03', [['alice', '#topic Open Discussion'], ['carol', '#action carol to call alice']], 'infra');

const model = siteModel([second, other, third, first]);

test('a meeting named only by its series is shown by the series\' title, from the settings or the notes; a named one by its own', () => {
  const named = meeting(log(['alice', '#startmeeting Budget review'], ['alice', '#endmeeting']), 'team.2020-01-23-10.00.log.txt');
  for (const [how, titled] of [
    ['settings', siteModel([first, second, named, other], [], { seriesTitles: { team: 'The Team' }, logs: 'all' })],
    ['notes', siteModel([first, second, named, other], [{ file: 'team.series.md', series: 'team', title: 'The Team', html: '', diagnostics: [] }], { logs: 'all' })],
  ] as const) {
    const page = titled.meetings.find((p) => p.ref.id === second.id)!;
    assert.is(page.ref.title, 'The Team', how);
    assert.is(page.ref.named, false, how);
    assert.is(page.pageTitle.split(',')[0], 'The Team', how);
    assert.is(page.log?.pageTitle.split(',')[0], 'Log: The Team', how);
    assert.is(page.next?.title, 'Budget review', how);
    assert.is(titled.meetings.find((p) => p.ref.id === named.id)!.prev?.title, 'The Team', how);
    assert.ok(titled.feeds.find((f) => f.path === 'team/feed.xml')!.entries.some((e) => e.title.startsWith('The Team, ')), how);
    // The series without a title of its own is shown by its name.
    assert.is(titled.meetings.find((p) => p.ref.id === other.id)!.ref.title, 'infra', how);
  }
});

test('two meetings of a series on one day have page titles of their own: date and time, not the date twice', () => {
  const morning = meeting(log(['alice', '#startmeeting'], ['alice', '#endmeeting']), 'team.2024-05-01-09.00.log.txt');
  const afternoon = meeting(['15:00:00 <alice> #startmeeting', '15:30:00 <alice> #endmeeting'], 'team.2024-05-01-15.00.log.txt');
  const dated = meeting(log(['alice', '#startmeeting Team meeting held on 2024-05-08'], ['alice', '#endmeeting']), 'team.2024-05-08-09.00.log.txt');
  const titled = siteModel([morning, afternoon, dated], [], { logs: 'all' });
  const titleOf = (m: Meeting) => titled.meetings.find((p) => p.ref.id === m.id)!;
  assert.is(titleOf(morning).pageTitle, `team, 2024-05-01 ${titleOf(morning).ref.time} UTC · Meeting minutes`);
  assert.is.not(titleOf(morning).pageTitle, titleOf(afternoon).pageTitle);
  assert.is.not(titleOf(morning).log?.pageTitle, titleOf(afternoon).log?.pageTitle);
  assert.is(titleOf(dated).pageTitle, `Team meeting held on 2024-05-08, ${titleOf(dated).ref.time} UTC · Meeting minutes`);
});

test('series list their meetings newest first, grouped by year, with prev and next', () => {
  const team = model.series.find((s) => s.series === 'team')!;
  assert.equal(team.years.map((y) => [y.year, y.meetings.map((r) => r.date)]), [['2020', ['2020-01-16', '2020-01-09', '2020-01-02']]]);
  assert.is(team.latest.id, third.id);
  assert.is(team.latestPath, 'team/latest.html');
  const page = model.meetings.find((p) => p.ref.id === second.id)!;
  assert.is(page.prev?.id, first.id);
  assert.is(page.next?.id, third.id);
  assert.is(page.root, '../../');
});

test('an action re-recorded in a later meeting of the series is one carried-over thread', () => {
  const fix = model.seriesActions.find((a) => a.series.title === 'team')!.threads.find((t) => /fix the build/.test(t.text))!;
  assert.ok(fix.carried);
  assert.equal(fix.appearances.map((a) => a.ref.date), ['2020-01-09', '2020-01-02'], 'newest first');
  assert.is(fix.appearances[0].href, `${second.id}.html#i-${second.items.find((i) => i.kind === 'action')!.line}`);
  assert.not.ok(fix.open, 'the latest meeting (01-16) no longer records it');
  // Said as meetings, not as a count a reader takes for carries ("×2" was carried once).
  assert.match(threadsPartial.thread(fix, ''), '<span class="flag carried">carried over: in 2 meetings</span>');
});

test('what the latest meeting of a series records is open; the others are not', () => {
  const call = model.seriesActions.find((a) => a.series.title === 'infra')!.threads[0];
  assert.ok(call.open);
  assert.is(model.actions.open, 1);
  assert.is(model.home.openTotal, 1);
  assert.is(model.actions.total, 3, 'fix the build (carried), release notes, call alice');
  // The home page counts the items in the minutes (the carried one twice); the rollup says both.
  assert.is(model.actions.recorded, 4);
  assert.is(model.home.totals.actions, model.actions.recorded);
  assert.equal(model.actions.openBySeries.map((g) => [g.series.title, g.path, g.threads.length]), [['infra', 'infra/actions.html', 1]]);
});

test('the rollup counts actions by person and by series; the lists are on their pages', () => {
  assert.equal(model.actions.series.map((s) => [s.path, s.total, s.open, s.unassigned]), [
    ['infra/actions.html', 1, 1, 0],
    ['team/actions.html', 2, 0, 1],
  ]);
  assert.equal(model.actions.people.map((p) => [p.person.nick, p.total, p.open]), [['alice', 1, 1], ['bob', 1, 0], ['carol', 1, 1]]);
  assert.equal(model.people.find((p) => p.key === 'bob')!.threads.map((t) => t.appearances.length), [2], 'a carried-over action once');
});

test('a channel log with no meeting in it, newest in its series, closes no action (everything the meeting before recorded showed as done)', () => {
  const chat = meeting(log(['bob', 'anyone around?'], ['carol', 'yes']), 'team.2020-01-20-10.00.log.txt');
  assert.is(chat.owner, null);
  const withChat = siteModel([second, other, third, first, chat]);
  assert.is(withChat.series.find((s) => s.series === 'team')!.latest.id, chat.id, 'it is the series\' latest page still');
  assert.equal(withChat.seriesActions.find((a) => a.series.title === 'team')!.threads.map((t) => t.open), [false, false], 'as without it: 01-16 records none');
  const lastActions = siteModel([second, first, meeting(log(['bob', 'hi']), 'team.2020-01-20-10.00.log.txt')]);
  const fix = lastActions.seriesActions.find((a) => a.series.title === 'team')!.threads.find((t) => /fix the build/.test(t.text))!;
  assert.ok(fix.open, '01-09 recorded it, and the chat after it is no meeting');
});

test('unassigned actions are listed as such', () => {
  const team = model.seriesActions.find((a) => a.series.title === 'team')!;
  assert.equal(team.threads.filter((t) => t.assignees.length === 0).map((t) => t.text), ['write the release notes']);
});

test('topics group by title regardless of case, spacing and punctuation', () => {
  const open = model.topics.all!.find((g) => g.id === 'topic-open-discussion')!;
  assert.is(open.count, 3);
  assert.equal(open.entries.map((e) => e.ref.date), ['2020-01-09', '2020-01-03', '2020-01-02']);
  assert.ok(open.entries.every((e) => /#t-\d+$/.test(e.href)));
  assert.ok(model.topics.all!.some((g) => g.title === 'Release'));
  assert.is(open.allPath, null, 'three meetings fit under the title');
});

test('a topic set twice in one meeting lists the meeting once, at the first time, and counts it once', () => {
  const again = week('20', [['alice', '#topic Next meeting'], ['alice', '#info soon'], ['alice', '#topic Budget'], ['alice', '#topic next meeting!']]);
  const index = siteModel([again, first], [], {}).topics.all!;
  const next = index.find((g) => g.id === 'topic-next-meeting')!;
  assert.is(next.count, 1);
  assert.equal(next.entries.map((e) => [e.ref.date, e.title]), [['2020-01-20', 'Next meeting']]);
  assert.equal(next.entries[0].href, `${next.entries[0].ref.path}#t-${again.topics[0].line}`);
});

test('a large topic index is split by first letter, with the most recurring topics first', () => {
  const split = siteModel([second, other, third, first], [], { onePageTopics: 1 });
  assert.is(split.topics.all, null);
  assert.equal(split.topics.letters.map((l) => [l.label, l.path, l.count]), [['O', 'topics/letter-o.html', 1], ['R', 'topics/letter-r.html', 1]]);
  assert.equal(split.topics.recurring.map((g) => [g.title, g.count]), [['Open Discussion', 3], ['Release', 1]]);
  assert.equal(split.topicLetters.map((l) => [l.path, l.root, l.groups.map((g) => g.title)]), [
    ['topics/letter-o.html', '../', ['Open Discussion']],
    ['topics/letter-r.html', '../', ['Release']],
  ]);
});

test('nicks that differ only in case, or by what IRC adds to a nick, are one person; the bot-less people get pages', () => {
  const bob = model.people.find((p) => p.key === 'bob')!;
  assert.is(bob.meetings.length, 2, 'Bob_ is bob');
  assert.equal([bob.nick, bob.aliases], ['bob', ['Bob_']]);
  assert.is(bob.path, 'people/bob.html');
  assert.not.ok(model.people.some((p) => p.key === 'bob_'));
  const apart = siteModel([second, other, third, first], [], { nickVariants: false });
  assert.equal(apart.people.filter((p) => p.key.startsWith('bob')).map((p) => [p.key, p.meetings.length]), [['bob', 1], ['bob_', 1]]);
  assert.match(peopleTemplate.render({ minutebook: model }), 'nicks that differ only in case or by what IRC adds to a nick (alice_, alice|away, alice[m]), or are declared aliases, count as one.');
  assert.match(peopleTemplate.render({ minutebook: apart }), 'nicks that differ only in case, or are declared aliases, count as one.');
  const alice = model.people.find((p) => p.key === 'alice')!;
  assert.is(alice.chaired, 4);
});

test('nick variants: "_", "`" and "^" runs, "|away", Matrix\'s "[m]", one after another; a nick of endings alone stays', () => {
  assert.equal(
    ['alice_', 'alice__', 'alice`', 'alice^', 'alice|away', 'rtyler|2', 'alice[m]', 'el00ruobuob_[m]', 'alice_|afk', 'teal`c__', '_cervantes_', '__', '|', 'alice'].map(nickBase),
    ['alice', 'alice', 'alice', 'alice', 'alice', 'rtyler', 'alice', 'el00ruobuob', 'alice', 'teal`c', '_cervantes', '__', '|', 'alice'],
  );
});

test('declared aliases merge nicks into one person, named by the canonical nick', () => {
  const merged = siteModel([first, second], [], { aliases: { Bob: ['Bob_'] } });
  const bob = merged.people.find((p) => p.key === 'bob')!;
  assert.is(bob.nick, 'Bob');
  assert.equal(bob.aliases, ['Bob_', 'bob']);
  assert.is(bob.meetings.length, 2);
  // "Bob to fix the build." names no attendee of that meeting (Bob_ was there): unassigned, as in MeetBot.
  assert.is(bob.threads.length, 1);
});

test('the search page suggests the people who said anything: one named by #nick alone has a page, and no suggestion', () => {
  const named = meeting(log(['alice', '#startmeeting'], ['alice', '#nick dave'], ['bob', 'hi'], ['alice', '#endmeeting']), 'team.2020-02-06-10.00.log.txt');
  const m = siteModel([named]);
  assert.ok(m.people.some((p) => p.nick === 'dave' && p.lines === 0), 'dave has a page');
  assert.equal(m.speakers, ['alice', 'bob']);
});

test('bots get no person page and no link', () => {
  const withBot = siteModel([first], [], { bots: ['bob'] });
  assert.not.ok(withBot.people.some((p) => p.key === 'bob'));
  const page = withBot.meetings[0];
  assert.is(page.people.find((p) => p.nick === 'bob')!.path, null);
});

test('in a W3C meeting, RRSAgent, Zakim and trackbot are all bots', () => {
  const w3c = meeting(log(['RRSAgent', 'logging'], ['trackbot', 'Meeting: Telco'], ['ivan', 'Topic: one'], ['Zakim', 'agendum 1 taken up']), 'w3c/01-telco-irc.txt');
  assert.is(w3c.bot, 'RRSAgent');
  const withW3c = siteModel([first, w3c]);
  assert.equal(withW3c.people.map((p) => p.key).filter((k) => ['rrsagent', 'zakim', 'trackbot', 'ivan'].includes(k)), ['ivan']);
  // Elsewhere, a nick that is not the meeting's bot is a person.
  const zakimPerson = week('23', [['Zakim', 'hello']]);
  assert.ok(siteModel([zakimPerson]).people.some((p) => p.key === 'zakim'));
});

test('decisions list agreed items with their meeting, newest first and by year', () => {
  assert.is(model.decisions.total, 1);
  assert.equal(model.decisions.recent[0].items.map((i) => [i.label, i.text]), [['Agreed', 'ship on Friday']]);
  assert.equal(model.decisions.years, [{ year: '2020', path: 'decisions/2020.html', count: 1 }]);
  assert.equal(model.decisionYears.map((y) => [y.path, y.root, y.meetings.length]), [['decisions/2020.html', '../', 1]]);
});

test('a year of more decisions than a page holds: its page lists its months, each month a page of its own', async () => {
  const on = (date: string, ...agreed: string[]) =>
    meeting(log(['alice', START], ...agreed.map((a): [string, string] => ['alice', `#agreed ${a}`]), ['alice', '#endmeeting']), `team.${date}-10.00.log.txt`);
  const meetings = [on('2020-01-07', 'a', 'b'), on('2020-03-03', 'c'), on('2020-03-10', 'd', 'e'), on('2021-06-01', 'f')];
  const split = siteModel(meetings, [], { yearPageDecisions: 3 });
  const years = split.decisionYears;
  assert.equal(
    years.map((y) => [y.path, y.label, y.parent?.path ?? null, y.count, y.meetings.length, y.months.map((m) => [m.label, m.count ?? null])]),
    [
      ['decisions/2021.html', '2021', null, 1, 1, []],
      ['decisions/2020.html', '2020', null, 5, 0, [['March 2020', 3], ['January 2020', 2]]],
      ['decisions/2020-03.html', 'March 2020', 'decisions/2020.html', 3, 2, [['March 2020', null], ['January 2020', null]]],
      ['decisions/2020-01.html', 'January 2020', 'decisions/2020.html', 2, 1, [['March 2020', null], ['January 2020', null]]],
    ],
  );
  assert.equal(years[2].meetings.map((g) => g.items.map((i) => i.text)), [['d', 'e'], ['c']], 'newest meeting first');
  assert.is(years[2].pageTitle, 'Decisions of March 2020 · Meeting minutes');
  assert.equal(split.decisions.years, [
    { year: '2021', path: 'decisions/2021.html', count: 1 },
    { year: '2020', path: 'decisions/2020.html', count: 5 },
  ]);
  assert.equal(siteModel(meetings).decisionYears.map((y) => [y.path, y.months.length]), [['decisions/2021.html', 0], ['decisions/2020.html', 0]], 'by default both years are one page');

  const year = yearTemplate.render({ minutebook: split, y: years[1] });
  assert.match(year, '<a href="../decisions/2020-03.html">March 2020</a> <span class="meta">3</span>');
  assert.match(year, '5 decisions, on a page for each month.');
  assert.not.match(year, '<section>', 'no decisions of its own: they are on the months\' pages');
  const march = yearTemplate.render({ minutebook: split, y: years[2] });
  assert.match(march, '<a href="../decisions.html">Decisions</a> › <a href="../decisions/2020.html">2020</a> › March 2020');
  assert.match(march, '<a href="../decisions/2020-03.html" aria-current="page">March 2020</a>');
  assert.match(march, '3 decisions in 2 meetings.');
  const config = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  for (const html of [year, march]) {
    const report = await validator.validateString(html);
    assert.equal(report.results.flatMap((r) => r.messages.filter((m) => m.severity >= 2).map((m) => `${m.ruleId}: ${m.message}`)), []);
  }
});

test('made with pauses: the same model, with turns of the event loop while it is made', async () => {
  let turns = 0;
  const pause = () => new Promise<void>((resolve) => setImmediate(() => (turns++, resolve())));
  const paused = await siteModelPausing([second, other, third, first], [], {}, pause);
  assert.equal(JSON.parse(JSON.stringify(paused)), JSON.parse(JSON.stringify(model)));
  assert.ok(turns >= 5, `${turns} turns`);
});

test('feeds: one for the site and one per series, newest first, deterministic ids', () => {
  assert.equal(model.feeds.map((f) => f.path), ['feed.xml', 'infra/feed.xml', 'team/feed.xml']);
  const site = model.feeds[0];
  assert.equal(site.entries.map((e) => e.published.slice(0, 10)), ['2020-01-16', '2020-01-09', '2020-01-03', '2020-01-02']);
  assert.match(site.entries[0].id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.is(model.feeds[2].entries[0].href, '../team/2020/team.2020-01-16-10.00.html');
  assert.is(model.feeds[2].entries[0].title, 'team, 2020-01-16 10:00 UTC', 'with its time: two meetings of a day are told apart');
  const page = model.meetings.find((p) => p.ref.id === second.id)!;
  assert.match(pagerTemplate.pager(page, page.root, 'top'), '<span class="dir">Previous:</span> team, <span class="nw">2020-01-02</span> 10:00 UTC</a>');
  assert.equal(siteModel([first]).feeds[0].entries[0].id, siteModel([first]).feeds[0].entries[0].id);
  const absolute = siteModel([first], [], { url: 'https://example.org/m/' }).feeds[0];
  assert.is(absolute.entries[0].href, 'https://example.org/m/team/2020/team.2020-01-02-10.00.html');
  // The settings' description is the site feed's subtitle; a series feed has none.
  const described = siteModel([first], [], { description: 'Our weekly meetings.' }).feeds;
  assert.equal(described.map((f) => f.subtitle), ['Our weekly meetings.', '']);
  assert.is(site.subtitle, '');
  // Counts in words: one topic, not "1 topics".
  assert.match(site.entries.at(-1)!.summary, /^1 topic, 2 action items, 1 decision, 2 people\. Topics: /);
});

test('log notes: links, commands and the items lines made', () => {
  const page = model.meetings.find((p) => p.ref.id === first.id)!;
  const action = first.items.find((i) => i.kind === 'action')!;
  const notes = page.log!.notes;
  assert.equal(notes[action.line], { command: true, item: `i-${action.line}`, label: 'Action' });
  const topic = first.topics[0].line;
  assert.equal(notes[topic], { command: true, item: `t-${topic}`, label: 'Topic', topic: first.topics[0].title });
  assert.ok(notes[first.lines[0].line].command, '#startmeeting is a command');
  assert.is(notes[first.lines[2].line], undefined, 'plain talk has no note');
});

test('built with logs: none, a model has no log views until they are attached', () => {
  const lazy = siteModel([first, second], [], { logs: 'none' });
  assert.ok(lazy.meetings.every((p) => p.log === undefined));
  attachLogs(lazy, lazy.meetings.slice(0, 1), [first, second]);
  assert.equal(lazy.meetings[0].log, siteModel([first, second]).meetings[0].log);
  assert.is(lazy.meetings[1].log, undefined);
});

/** A model's views but its meeting pages' summaries and logs (what a brief model has whole). */
test('brief pages: only the items other pages show, the rest once attached; every other view the same', () => {
  const busy = week('23', [
    ['alice', '#info before any topic'],
    ['alice', '#topic Release'],
    ['alice', '#idea ship weekly'],
    ['alice', '#link https://example.org/notes'],
    ['alice', '#action bob to tag it'],
    ['alice', '#agreed tag on Monday'],
    ['alice', '#help wanted: a reviewer'],
  ]);
  const all = [first, second, busy, other];
  const whole = siteModel(all);
  const brief = siteModel(all, [], { logs: 'none', brief: true });
  const page = brief.meetings.find((p) => p.ref.id === busy.id)!;
  const kinds = (p: typeof page) => p.summary.flatMap((b) => b.items.map((i) => i.kind));
  assert.equal(kinds(page), ['action', 'agreed'], 'no info, idea, link or help; no block before the first topic');
  // render lists the same pages and views again.
  assert.is(withoutSummaries(brief), withoutSummaries(whole), 'summary pages, refs, counts, actions: the same');
  attachLogs(brief, brief.meetings, all);
  assert.equal(brief.meetings, whole.meetings, 'made whole: as a model made whole from the start');
  assert.equal(kinds(page), ['info', 'idea', 'link', 'action', 'agreed', 'help']);
});

test('brief pages of a model whose topic index is made apart: bare topic blocks, feeds and every other view the same', () => {
  const busy = week('23', [
    ['alice', '#topic Release of https://example.org/v2 (see www.example.org)'],
    ['alice', '#agreed tag on Monday'],
    ['alice', '#topic Open <b>discussion</b>'],
    ['alice', '#action bob to tag it'],
  ]);
  const all = [first, second, busy, other];
  const whole = siteModel(all, [], { topicIndex: false });
  const brief = siteModel(all, [], { logs: 'none', brief: true, topicIndex: false });
  const page = brief.meetings.find((p) => p.ref.id === busy.id)!;
  assert.equal(
    page.summary.map((b) => [b.id, b.parts, b.items.map((i) => i.kind)]),
    [
      ['t-2', [], ['agreed']],
      ['t-4', [], ['action']],
    ],
    'topic blocks with their anchors and items, no titles',
  );
  const entry = brief.feeds[0].entries.find((e) => e.title.startsWith(busy.title))!;
  assert.match(entry.summary, /Topics: Release of https:\/\/example\.org\/v2 \(see www\.example\.org\); Open <b>discussion<\/b>\.$/, 'feeds take the titles from the meetings');
  assert.is(withoutSummaries(brief), withoutSummaries(whole));
  attachLogs(brief, brief.meetings, all);
  assert.equal(brief.meetings, whole.meetings, 'made whole: as a model made whole from the start');
});

test('the same meeting id twice: the later one gets -2 and a warning', () => {
  const twice = uniqueIds([first, { ...first }]);
  assert.equal(twice.map((m) => m.id), [first.id, `${first.id}-2`]);
  assert.match(twice[1].diagnostics.at(-1)!.message, /already has the id/);
});

test('pages show times in the configured zone; the data stays UTC', () => {
  const berlin = siteModel([first], [], { timezone: 'Europe/Berlin' });
  const page = berlin.meetings[0];
  assert.equal([page.ref.date, page.ref.time, page.ref.zone, page.ref.start], ['2020-01-02', '11:00', 'CET', '2020-01-02T10:00:00Z']);
  assert.is(page.log!.stamps?.[0], '11:00:00');
  assert.is(page.summary[0].clock, '11:00:01');
  assert.is(berlin.timeZone, 'Europe/Berlin');
  assert.is(model.meetings[0].log!.stamps, undefined, 'in UTC the template cuts the ISO time');
  assert.is(model.meetings[0].ref.zone, 'UTC');
});

test('the model is deterministic: input order does not matter', () => {
  const again = siteModel([first, third, other, second]);
  assert.equal(JSON.stringify(again), JSON.stringify(model));
});

test.run();
