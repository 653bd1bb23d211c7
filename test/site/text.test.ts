// Links in log text (src/site/text.ts linkParts): safe schemes only, the same
// parts for the same text whatever was linked before it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DESCRIPTION_MAX, linkParts, normalizeTitle, pageDescription, pageTitle, TITLE_MAX } from '../../src/site/text.js';

test('http, mailto, irc and www. addresses are links; other schemes, "//host" and bare domains are text', () => {
  assert.equal(linkParts('see https://example.org/a?b=1 now'), ['see ', { href: 'https://example.org/a?b=1', text: 'https://example.org/a?b=1' }, ' now']);
  assert.equal(linkParts('join irc://irc.libera.chat/#meetbot'), ['join ', { href: 'irc://irc.libera.chat/#meetbot', text: 'irc://irc.libera.chat/#meetbot' }]);
  assert.equal(linkParts('ircs://irc.oftc.net:6697/#x'), [{ href: 'ircs://irc.oftc.net:6697/#x', text: 'ircs://irc.oftc.net:6697/#x' }]);
  assert.equal(linkParts('www.example.org'), [{ href: 'http://www.example.org', text: 'www.example.org' }]);
  assert.equal(linkParts('mail me: a@example.org'), ['mail me: ', { href: 'mailto:a@example.org', text: 'a@example.org' }]);
  assert.equal(linkParts('javascript://x/%0aalert(1)'), ['javascript://x/%0aalert(1)']);
  assert.equal(linkParts('//evil.example/x and example.org'), ['//evil.example/x and example.org']);
});

test('an irc: link is a link every time: the next one, and one after another in the same text (it was text every other time)', () => {
  const one = 'irc://irc.oftc.net/#x';
  for (let k = 0; k < 4; k++) assert.equal(linkParts(one), [{ href: one, text: one }], `call ${k + 1}`);
  assert.equal(linkParts('irc://a.example/#one or ircs://b.example/#two'), [
    { href: 'irc://a.example/#one', text: 'irc://a.example/#one' },
    ' or ',
    { href: 'ircs://b.example/#two', text: 'ircs://b.example/#two' },
  ]);
  assert.equal(linkParts('https://example.org then irc://a.example/#one'), [
    { href: 'https://example.org', text: 'https://example.org' },
    ' then ',
    { href: 'irc://a.example/#one', text: 'irc://a.example/#one' },
  ]);
});

/** The title as it stands in the page's source (templates escape these five). */
const inSource = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('fuzz regression: a page title is shortened to TITLE_MAX characters as validators count them, a character past U+FFFF as two', () => {
  const titles = ['Log: \u{10000} javascript&colon;alert(1) aaa, 2016-11-07', '\u{1F600}'.repeat(40), 'a'.repeat(100), '<&>"\''.repeat(20), `x${'\u{1F600}'.repeat(30)}`];
  for (const what of titles) {
    const title = pageTitle(what, 'Meeting minutes');
    assert.ok(inSource(title).length <= TITLE_MAX, `${title}: ${inSource(title).length}`);
    assert.ok(title.endsWith(' · Meeting minutes'));
  }
  // Cut between characters, never inside one: no lone surrogate.
  assert.not.match(pageTitle('\u{1F600}'.repeat(40), 'Meeting minutes'), /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  assert.is(pageTitle('Short', 'Meeting minutes'), 'Short · Meeting minutes');
});

test("a meeting's date stays in its page's title however long the meeting's title: two meetings, two titles", () => {
  const long = 'Overview and Logs for the Dev Meeting Held on 2019-06-30 and the Kovri one after it';
  const a = pageTitle(long, 'Meeting minutes', ', 2019-06-30');
  const b = pageTitle(`Log: ${long}`, 'Meeting minutes', ', 2019-07-14');
  assert.ok(a.endsWith('…, 2019-06-30 · Meeting minutes') && inSource(a).length <= TITLE_MAX, a);
  assert.ok(b.startsWith('Log: Overview') && b.endsWith('…, 2019-07-14 · Meeting minutes') && inSource(b).length <= TITLE_MAX, b);
  assert.is(pageTitle('Short', 'Meeting minutes', ', 2019-06-30'), 'Short, 2019-06-30 · Meeting minutes');
  // A site title too long to leave room: the date before the site's title.
  const site = 'The Very Long Name of an Open Source Foundation That Writes Minutes';
  const c = pageTitle(long, site, ', 2019-06-30');
  assert.ok(c.endsWith('…, 2019-06-30') && inSource(c).length <= TITLE_MAX, c);
});

test('a page description is one line, shortened with "…" at the end of a word to DESCRIPTION_MAX characters of HTML', () => {
  assert.is(pageDescription('  two\n lines\tand  spaces '), 'two lines and spaces');
  assert.is(pageDescription(''), '');
  const long = pageDescription(`${'word '.repeat(100)}end`);
  assert.ok(long.length <= DESCRIPTION_MAX && long.endsWith('word…'), long);
  const entities = pageDescription('<b> & '.repeat(100));
  assert.ok(inSource(entities).length <= DESCRIPTION_MAX, `${inSource(entities).length}`);
  // One long word: cut inside it, never inside a character.
  const oneWord = pageDescription('\u{1F600}'.repeat(400));
  assert.ok(oneWord.length <= DESCRIPTION_MAX && oneWord.endsWith('\u{1F600}…'));
});

test('titles compared across meetings keep combining marks: "दिन की सूची" and "दान की सूची" are two actions (they were merged as one)', () => {
  assert.is.not(normalizeTitle('bob दिन की सूची बनाए'), normalizeTitle('bob दान की सूची बनाए'));
  assert.is(normalizeTitle('Bob  दिन की सूची, बनाए!'), normalizeTitle('bob दिन की सूची बनाए'));
  assert.is(normalizeTitle('Café — OK?'), normalizeTitle('cafe\u0301 ok'), 'NFKC first: a composed and a decomposed é are one');
});

test.run();
