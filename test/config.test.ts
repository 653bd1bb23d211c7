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
  assert.match(error('{ "downloads": ["txt", "pdf"] }'), /"downloads\.1" must be one of "txt", "md", "json", "log"/);
  assert.match(error('{ "downloads": ["md", "md"] }'), /"downloads" lists the same value twice \(items 0 and 1\)/);
  assert.match(error('{ "downloads": "txt" }'), /"downloads" must be a list/);
});

test('several mistakes are all reported at once', () => {
  const message = error('{ "title": 3, "bots": [""] }');
  assert.match(message, /"title" must be a string/);
  assert.match(message, /"bots\.0"/);
});

test.run();
