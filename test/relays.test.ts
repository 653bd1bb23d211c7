// Relay bots (src/relays.ts): what a bridge posts for people elsewhere is
// theirs. Real logs in test/fixtures/relays/ (SOURCES.tsv there): I2P's
// "ant" bridging several people, I2P's "iRelay" naming them with their
// network ("<str4d@freenode>") between its own link titles, and Monero's
// "meeting-bot" relaying one person, whose /me it relays too.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { parseLog } from '../src/pipeline.js';
import { attributeRelays, relayedSpeaker } from '../src/relays.js';
import type { LogLine } from '../src/types.js';
import { siteModel, attachLogs } from '../src/site/model.js';
import { render as logTemplate } from '../templates/log.11ty.js';

const DIR = path.join(import.meta.dirname, 'fixtures', 'relays');
const parsed = (name: string) => parseLog(fs.readFileSync(path.join(DIR, name)), name, { relPath: name });
const linesOf = (name: string) => parsed(name).meetings.flatMap((m) => m.lines);

test('I2P: ant relays several people; their lines and /me are theirs, and ant keeps only its own', () => {
  const result = parsed('120.log');
  const lines = result.meetings.flatMap((m) => m.lines);
  const relayed = lines.filter((l) => l.via === 'ant');
  assert.ok(relayed.length >= 30, `${relayed.length} relayed`);
  assert.not.ok(lines.some((l) => l.nick === 'ant' && l.kind === 'message' && /^<\S+> /.test(l.text)), 'no headed line left with ant');
  assert.ok(relayed.some((l) => l.kind === 'action'), 'a relayed /me is an action');
  const [m] = result.meetings;
  assert.ok(m.people.some((p) => p.nick === 'jnymo' && p.lines > 0), 'jnymo is an attendee');
  assert.equal(
    result.diagnostics.filter((d) => d.message.includes('relays')).map((d) => [d.level, d.message]),
    [['info', `ant relays what people say elsewhere: its ${relayed.length} relayed lines are given to "jnymo" and "Asciiwhite", who said them`]],
  );
});

test('I2P: iRelay names people with their network; its own link titles stay its own', () => {
  const lines = linesOf('221.log');
  const relayed = lines.filter((l) => l.via === 'iRelay');
  assert.equal([...new Set(relayed.map((l) => l.nick))].sort(), ['str4d', 'weltende']);
  assert.ok(lines.some((l) => l.nick === 'iRelay' && l.text.startsWith('Title: ')), 'the bot keeps its own lines');
  assert.not.ok(relayed.some((l) => l.text.startsWith('<')), 'the name is out of the text');
});

test('Monero: meeting-bot relays one person; a relayed /me of that name makes it a relay, not a feed', () => {
  const result = parsed('2016-06-05-logs-for-the-kovri-dev-meeting-held-on-2016-06-05.md');
  const lines = result.meetings.flatMap((m) => m.lines);
  assert.is(lines.filter((l) => l.nick === 'meeting-bot').length, 0);
  const anonimal = lines.filter((l) => l.nick === 'anonimal' && l.via === 'meeting-bot');
  assert.is(anonimal.length, 107);
  assert.equal(anonimal.find((l) => l.kind === 'action')?.text, 'was just about to ask that');
  assert.equal(anonimal[0].text, 'Thanks fluffypony, I need about 30-60 seconds.');
});

const at = (n: number, nick: string, text: string, kind: LogLine['kind'] = 'message'): LogLine => ({ line: n, time: `2020-01-01T12:00:${String(n).padStart(2, '0')}Z`, nick, kind, text });
const talk = (lines: [string, string][]) => lines.map(([nick, text], k) => at(k + 1, nick, text));

test('not relays: a person pasting a bit of log, a GitHub notifier, a feed tag, too few lines', () => {
  const paste = talk([
    ['alice', 'last week:'],
    ['alice', '<bob> we ship friday'],
    ['alice', '<carol> no, monday'],
    ['alice', '<bob> fine'],
    ['dave', 'right'],
  ]);
  assert.is(attributeRelays(paste, 'x').lines, paste, 'one run of pasted lines');
  const github = talk([
    ['github', '[minutebook] alice pushed 2 commits to main'],
    ['bob', 'nice'],
    ['github', '[minutebook] carol opened pull request #3'],
    ['bob', 'looking'],
    ['github', '[minutebook] alice merged pull request #3'],
  ]);
  assert.is(attributeRelays(github, 'x').lines, github, 'one name, no bridge');
  const feed = talk([
    ['monerobux', '[REDDIT] A post'],
    ['bob', 'hm'],
    ['monerobux', '[REDDIT] Another'],
    ['bob', 'hm'],
    ['monerobux', '[REDDIT] A third'],
  ]);
  assert.is(attributeRelays(feed, 'x').lines, feed, 'a tag in capitals');
  const two = talk([
    ['relay', '<bob> hi'],
    ['carol', 'hi bob'],
    ['relay', '<dave> hi'],
  ]);
  assert.is(attributeRelays(two, 'x').lines, two, 'two runs');
});

test('a relay: the speaker without mode or network; its own lines and a headed line after a relayed one', () => {
  assert.equal(['@op', 'Slack/str4d', 'str4d@freenode', '@', 'a/'].map(relayedSpeaker), ['op', 'str4d', 'str4d', '@', 'a/']);
  const lines = talk([
    ['bridge', '<bob> hi'],
    ['carol', 'hi'],
    ['bridge', '[Slack/dave] hello'],
    ['carol', 'hey'],
    ['bridge', '* bob waves'],
    ['bridge', '<bob> #action carol writes it'],
    ['bridge', 'bridge restarted'],
  ]);
  const out = attributeRelays(lines, 'x').lines;
  assert.equal(
    out.map((l) => [l.nick, l.kind, l.text, l.via ?? null]),
    [
      ['bob', 'message', 'hi', 'bridge'],
      ['carol', 'message', 'hi', null],
      ['dave', 'message', 'hello', 'bridge'],
      ['carol', 'message', 'hey', null],
      ['bob', 'action', 'waves', 'bridge'],
      ['bob', 'message', '#action carol writes it', 'bridge'],
      ['bridge', 'message', 'bridge restarted', null],
    ],
  );
});

test('a relayed name that shows nothing (zero-width space, Hangul filler) names no one: the line stays the bot\'s, which is still a relay', () => {
  const lines = talk([
    ['bridge', '<bob> hi'],
    ['carol', 'hi'],
    ['bridge', '<\u200b> from an invisible name'],
    ['carol', 'hey'],
    ['bridge', '[@\u3164] from a filler'],
    ['carol', 'so'],
    ['bridge', '<dave> hello'],
  ]);
  const out = attributeRelays(lines, 'x').lines;
  assert.equal(
    out.map((l) => [l.nick, l.text, l.via ?? null]),
    [
      ['bob', 'hi', 'bridge'],
      ['carol', 'hi', null],
      ['bridge', '<\u200b> from an invisible name', null],
      ['carol', 'hey', null],
      ['bridge', '[@\u3164] from a filler', null],
      ['carol', 'so', null],
      ['dave', 'hello', 'bridge'],
    ],
  );
});

test("the settings' relays: true makes a nick a relay whatever its shape, false never one; nicks in any case", () => {
  const github = talk([
    ['github', '[minutebook] alice pushed 2 commits to main'],
    ['bob', 'nice'],
    ['github', '[minutebook] carol opened pull request #3'],
  ]);
  assert.equal(attributeRelays(github, 'x', { GitHub: true }).lines.map((l) => [l.nick, l.via ?? null]), [
    ['minutebook', 'github'],
    ['bob', null],
    ['minutebook', 'github'],
  ]);
  const ant = parseLog(fs.readFileSync(path.join(DIR, '120.log')), '120.log', { relPath: '120.log', logContext: { id: 'x', relays: { ant: false } } });
  assert.not.ok(ant.meetings.flatMap((m) => m.lines).some((l) => l.via), 'refused');
  assert.not.ok(ant.diagnostics.some((d) => d.message.includes('relays what')));
  assert.is(attributeRelays(github, 'x', {}).lines, github, 'an empty setting: by shape');
});

test('in a meeting: a relayed person is an attendee, the bot is not, and a relayed command is talk, as MeetBot sees it', () => {
  const log = [
    '12:00:00 <alice> #startmeeting weekly',
    '12:00:01 <meetbot> Meeting started Wed Jan  1 12:00:00 2020 UTC.  The chair is alice.',
    '12:00:02 <bridge> <bob> hi all',
    '12:00:03 <alice> hi bob',
    '12:00:04 <bridge> <carol> #action carol writes it',
    '12:00:05 <alice> ok',
    '12:00:06 <bridge> <bob> #endmeeting',
    '12:00:07 <alice> #action bob writes the notes',
    '12:00:08 <alice> #endmeeting',
  ].join('\n');
  const [m] = parseLog(Buffer.from(log), 'weekly.2020-01-01-12.00.log.txt', { relPath: 'weekly.2020-01-01-12.00.log.txt' }).meetings;
  assert.ok(m.ended);
  assert.is(m.end, '2020-01-01T12:00:08Z', '#endmeeting relayed did not end it');
  assert.equal(m.items.map((i) => [i.kind, i.text, i.assignees ?? []]), [['action', 'bob writes the notes', ['bob']]]);
  assert.equal(m.people.map((p) => p.nick).sort(), ['alice', 'bob', 'carol', 'meetbot']);
  // The log page shows who said it, and through whom.
  const site = siteModel([m], [], { logs: 'none' });
  attachLogs(site, site.meetings, [m]);
  const html = logTemplate({ minutebook: site, m: site.meetings[0] });
  assert.match(html, /<b class="n\d+">bob<\/b> <small class="via">via bridge<\/small> hi all/);
});

test.run();
