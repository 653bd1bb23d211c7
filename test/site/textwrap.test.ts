// Our port of Python's textwrap, as MeetBot wraps its .txt minutes. Each
// expected text below is what CPython's textwrap.fill gives with MeetBot's
// TextWrapper (words split on whitespace only, long words never broken),
// width 72 and MeetBot's hanging indents.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandTabs, fill, strip } from '../../src/site/textwrap.js';

const item = (text: string, indent: number) => fill(text, { initialIndent: ' '.repeat(indent), subsequentIndent: ' '.repeat(indent + 2) });

test('breaks at the last space that fits in 72 columns, continuing 2 columns further in', () => {
  assert.is(
    item('* ACTION: jmrodri get info for bundle-lib issue 94  (jmrodri, 13:46:29)', 2),
    '  * ACTION: jmrodri get info for bundle-lib issue 94  (jmrodri,\n    13:46:29)',
  );
});

test('a word longer than a line is never broken: it gets a line of its own', () => {
  assert.is(
    item('* LINK: https://github.com/automationbroker/bundle-lib/blob/master/LICENSE  (jmrodri, 13:47:44)', 2),
    '  * LINK:\n    https://github.com/automationbroker/bundle-lib/blob/master/LICENSE\n    (jmrodri, 13:47:44)',
  );
  assert.is(
    item('* hyphenated-words-are-never-split-at-their-hyphens-because-MeetBot-splits-on-whitespace-only yes', 0),
    '*\n  hyphenated-words-are-never-split-at-their-hyphens-because-MeetBot-splits-on-whitespace-only\n  yes',
  );
});

test('runs of spaces stay inside a line and go at a break', () => {
  assert.is(
    item('* words   with  runs of spaces inside that are kept except at the point where the line breaks      here', 0),
    '* words   with  runs of spaces inside that are kept except at the point\n  where the line breaks      here',
  );
});

test('tabs expand to stops of 8, other ASCII whitespace becomes a space', () => {
  assert.is(
    item('* a\ttab\tand a newline\nand a vertical\x0btab are spaces now, and the tab stops count from the start', 0),
    '* a     tab     and a newline and a vertical tab are spaces now, and the\n  tab stops count from the start',
  );
  assert.is(expandTabs('ab\tc\n\td'), 'ab      c\n        d');
});

test('Unicode spaces separate words (re.UNICODE) but are not replaced', () => {
  const nbsp = '\u00a0';
  assert.is(
    item(`* non-breaking${nbsp}spaces${nbsp}separate${nbsp}words${nbsp}too${nbsp}in${nbsp}MeetBot's${nbsp}textwrap,${nbsp}so${nbsp}lines${nbsp}break${nbsp}there`, 2),
    `  * non-breaking${nbsp}spaces${nbsp}separate${nbsp}words${nbsp}too${nbsp}in${nbsp}MeetBot's${nbsp}textwrap,${nbsp}so\n    lines${nbsp}break${nbsp}there`,
  );
});

test('lengths count code points, as Python 2 did', () => {
  assert.is(
    item('* emoji 😀😀😀 and 日本語 count one column per code point, so this line is exactly wide enough ok', 0),
    '* emoji 😀😀😀 and 日本語 count one column per code point, so this line is\n  exactly wide enough ok',
  );
});

test('leading whitespace stays at the very start only; empty text gives nothing', () => {
  assert.is(
    item('   leading spaces stay at the very start of the text, but not at the start of a later line', 0),
    '   leading spaces stay at the very start of the text, but not at the\n  start of a later line',
  );
  assert.is(fill(''), '');
  assert.is(fill('   '), '');
});

test('strip: Python 2 unicode whitespace off both ends', () => {
  assert.is(strip(' \u00a0x y\u3000\t'), 'x y');
  assert.is(strip('\ufeffx'), '\ufeffx');
});

test.run();
