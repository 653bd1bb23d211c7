// minutebook.config.json: valid settings are read; every mistake is named by
// its key and says what to write instead.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config.js';
import { MinutebookError } from '../src/errors.js';

const FILE = 'minutebook.config.json';

function error(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (err) {
    assert.instance(err, MinutebookError);
    return (err as Error).message;
  }
  assert.unreachable(`accepted ${text}`);
  return '';
}

test('every documented key is read', () => {
  const config = parseConfig(
    JSON.stringify({
      title: 'Team minutes',
      description: 'What we decided',
      url: 'https://example.github.io/minutes',
      logs: 'irc',
      out: 'public',
      aliases: { alice: ['alice_', 'alice|away'] },
      bots: ['zodbot'],
      nickVariants: false,
      relays: { 'meeting-bot': true, github: false },
      series: { oslo: { title: 'Oslo team' } },
      timezone: 'Europe/Berlin',
      downloads: ['txt', 'log'],
    }),
    FILE,
  );
  assert.equal(config.downloads, ['txt', 'log']);
  assert.is(config.title, 'Team minutes');
  assert.is(config.url, 'https://example.github.io/minutes/', 'a trailing slash is added');
  assert.is(config.pathPrefix, '/minutes/', 'the path prefix comes from the URL');
  assert.equal(config.aliases, { alice: ['alice_', 'alice|away'] });
  assert.equal(config.series, { oslo: { title: 'Oslo team' } });
  assert.equal([config.nickVariants, config.relays], [false, { 'meeting-bot': true, github: false }]);
});

test('an empty object is a valid configuration', () => {
  assert.equal(parseConfig('{}', FILE), {});
});

test('invalid JSON names the file and the way out', () => {
  assert.match(error('{ "title": '), /^minutebook\.config\.json: not valid JSON .*delete the file to use the defaults/);
});

test('an unknown key is named, with the key it probably meant', () => {
  const message = error('{ "titel": "x" }');
  assert.match(message, /unknown key "titel" \(did you mean "title"\?\)/);
  assert.match(message, /known keys: title, description, url/);
});

test('a value of the wrong type names its key', () => {
  assert.match(error('{ "bots": "zodbot" }'), /"bots" must be a list/);
  assert.match(error('{ "aliases": { "alice": "alice_" } }'), /"aliases\.alice" must be a list/);
  assert.match(error('{ "relays": { "meeting-bot": "yes" } }'), /"relays\.meeting-bot" must be/);
  assert.match(error('{ "nickVariants": "no" }'), /"nickVariants" must be/);
  assert.match(error('{ "series": { "oslo": { "titel": "x" } } }'), /"series\.oslo" has an unknown key "titel"/);
});

test('url, pathPrefix and timezone say what a good value looks like', () => {
  assert.match(error('{ "url": "example.org" }'), /"url" must be an absolute http\(s\) URL/);
  assert.match(error('{ "url": "javascript:alert(1)" }'), /"url" must be an absolute http\(s\) URL/);
  assert.match(error('{ "pathPrefix": "minutes" }'), /"pathPrefix" must be a path that starts and ends with "\/"/);
  assert.match(error('{ "timezone": "Mars/Olympus" }'), /"timezone" must be an IANA time zone .* not "Mars\/Olympus"/);
});

test('downloads: the kinds it knows, each once', () => {
  assert.equal(parseConfig('{ "downloads": [] }', FILE).downloads, [], 'none at all is allowed');
  assert.match(error('{ "downloads": ["txt", "pdf"] }'), /"downloads\[1\]" must be one of "txt", "md", "json", "log"/);
  assert.match(error('{ "downloads": ["md", "md"] }'), /"downloads" lists the same value twice \(items 0 and 1\)/);
  assert.match(error('{ "downloads": "txt" }'), /"downloads" must be a list/);
});

test('several mistakes are all reported at once', () => {
  const message = error('{ "title": 3, "bots": [""] }');
  assert.match(message, /"title" must be a string/);
  assert.match(message, /"bots\[0\]" must not be empty/);
});

test('a byte order mark at the start, as Windows editors write, is read past', () => {
  assert.equal(parseConfig('\uFEFF{ "title": "Team minutes" }', FILE), { title: 'Team minutes' });
});

test('invalid JSON says the line and column of the mistake, not an offset', () => {
  const message = error('{\n  "title": "x",\n  oops\n}');
  assert.match(message, /not valid JSON at line 3, column 3 \(Expected double-quoted property name\)/);
  assert.not.match(message, /position/);
  // Node 20 gives no offset at all for these: the line and column are found all the same.
  assert.match(error('{\n  "nickVariants": tru\n}'), /at line 2, column 19 \(Unexpected token/);
  assert.match(error('{ "title": "x" }\n}'), /at line 2, column 1 \(Unexpected non-whitespace character after JSON\)/);
  assert.match(error('{ "title": '), /at line 1, column 12 \(Unexpected end of JSON input\)/);
  assert.match(error('\uFEFF{\n,'), /at line 2, column 1/, 'a byte order mark takes no column');
});

test('invalid JSON is one clean line whatever shape Node gives its message: no quote of the text, no raw line break', () => {
  const shapes = {
    'a trailing comma in a short file (the whole text quoted)': ['{\n  "bots": ["a",]\n}', /at line 2, column 16 \(Unexpected token '\]'\);/],
    'a trailing comma late in a long file (quoted from "...")': [`{\n  "title": "${'x'.repeat(60)}",\n  "bots": ["a",]\n}`, /at line 3, column 16 \(Unexpected token '\]'\);/],
    'a trailing comma early in a long file (quoted up to "...")': [`["a",]${' '.repeat(200)}`, /at line 1, column 6 \(Unexpected token '\]'\);/],
    'a line break where a value goes on': ['{\n  "nickVariants": tru\n}', /at line 2, column 19 \(Unexpected token '\\n'\);/],
    'an offset (no quote)': ['{ "title": "x" }\n}', /at line 2, column 1 \(Unexpected non-whitespace character after JSON\);/],
    'neither': ['{ "title": ', /at line 1, column 12 \(Unexpected end of JSON input\);/],
  } as const;
  for (const [shape, [text, expected]] of Object.entries(shapes)) {
    const message = error(text);
    assert.match(message, expected, shape);
    assert.not.match(message, /\n|is not valid JSON|\.\.\.|position/, `${shape}: ${JSON.stringify(message)}`);
    assert.match(message, /; fix it or delete the file to use the defaults$/, shape);
  }
});

test('a length limit is said in words, and a list entry is named by its place: "title" must not be empty, "bots[0]"', () => {
  assert.is(error('{ "title": "" }'), 'minutebook.config.json: "title" must not be empty');
  assert.is(error(JSON.stringify({ title: 'x'.repeat(201) })), 'minutebook.config.json: "title" must be at most 200 characters');
  assert.is(error('{ "series": { "oslo": { "title": "" } } }'), 'minutebook.config.json: "series.oslo.title" must not be empty');
  assert.is(error('{ "aliases": { "alice": ["alice_", ""] } }'), 'minutebook.config.json: "aliases.alice[1]" must not be empty');
  // A key that looks like a number is still a key, not a place in a list.
  assert.is(error('{ "aliases": { "0": [3] } }'), 'minutebook.config.json: "aliases.0[0]" must be a string');
  assert.not.match(error('{ "bots": ["zodbot", ""], "downloads": ["pdf"] }'), /NOT|fewer than|"bots\.1"|"downloads\.0"/);
});

test('pathPrefix must be a plain path on the site\'s host: "//minutes/" is another host', () => {
  for (const prefix of ['//minutes/', '/a//b/', '/a/../b/', '/./', '/a?x=1/', '/a#top/', '/a\\b/']) {
    assert.match(error(JSON.stringify({ pathPrefix: prefix })), /"pathPrefix" must be a path that starts and ends with "\/".*no "\/\/"/, prefix);
  }
  for (const prefix of ['/', '/minutes/', '/team.minutes/2024/', '/%7Ealice/']) assert.is(parseConfig(JSON.stringify({ pathPrefix: prefix }), FILE).pathPrefix, prefix);
});

test('url: a query or a fragment is refused (the feed was "…?x=1/feed.xml"); a missing trailing slash is added', () => {
  assert.match(error('{ "url": "https://ex.org/a?x=1" }'), /"url" must be an absolute http\(s\) URL .*without a "\?" query or "#" fragment/);
  assert.match(error('{ "url": "https://ex.org/a#top" }'), /"url" must be .*without a "\?" query or "#" fragment/);
  assert.match(error('{ "url": "https://ex.org//minutes/" }'), /"url" must have a plain path such as "\/minutes\/" after its host, not "\/\/minutes\/"/);
  assert.match(error('{ "url": "https://[::1" }'), /"url" must be an absolute http\(s\) URL/, 'no TypeError from new URL');
  assert.equal(parseConfig('{ "url": "https://ex.org/a" }', FILE), { url: 'https://ex.org/a/', pathPrefix: '/a/' });
  assert.equal(parseConfig('{ "url": "https://ex.org" }', FILE), { url: 'https://ex.org/', pathPrefix: '/' });
});

test('aliases: a nick that is one person\'s alias and has aliases of its own is refused (alice and bob swapped pages)', () => {
  const swapped = error('{ "aliases": { "alice": ["bob"], "bob": ["alice"] } }');
  assert.match(swapped, /"aliases": "bob" is listed under "alice" and has aliases of its own/);
  assert.match(swapped, /"aliases": "alice" is listed under "bob" and has aliases of its own/);
  // A chain: carol's lines went to a page named bob. Compared without case, as nicks are.
  assert.match(error('{ "aliases": { "alice": ["Bob"], "bob": ["carol"] } }'), /^minutebook\.config\.json: "aliases": "Bob" is listed under "alice" and has aliases of its own: give each person's nicks under one name$/);
});

test('aliases: a nick listed under two people is refused, once', () => {
  const message = error('{ "aliases": { "alice": ["x"], "carol": ["X", "c"] } }');
  assert.is(message, 'minutebook.config.json: "aliases": "x" is listed under both "alice" and "carol": a nick can be one person\'s only');
});

test('aliases: a person\'s own nick among its aliases, in any case, is no conflict', () => {
  const aliases = { alice: ['Alice', 'ali'], bob: ['bobby', 'bobby'] };
  assert.equal(parseConfig(JSON.stringify({ aliases }), FILE).aliases, aliases);
});

test('"ignore" is a list of patterns relative to the logs folder; an empty one, only "/" or a "!" re-inclusion is refused', () => {
  assert.equal(parseConfig('{ "ignore": ["agenda.md", "drafts/**", "*.pdf", "/TODO.txt", "old/"] }', FILE).ignore, ['agenda.md', 'drafts/**', '*.pdf', '/TODO.txt', 'old/']);
  assert.match(error('{ "ignore": "agenda.md" }'), /"ignore" must be a list/);
  // picomatch reads "!x" as "everything but x": every log would be ignored.
  for (const bad of ['""', '"/"', '"!keep.log"']) {
    assert.match(error(`{ "ignore": ["agenda.md", ${bad}] }`), /"ignore\[1\]" must be a pattern relative to the logs folder such as "agenda\.md", "drafts\/\*\*" or "\*\.pdf"/);
  }
});

test.run();
