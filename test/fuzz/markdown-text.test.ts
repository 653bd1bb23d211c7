// Log text in the Markdown minutes (src/site/markdown-escape.ts) renders as
// the very text that was said, whatever it holds, when markdown-it renders
// it with raw HTML and linkify on (its most permissive settings): as a list
// item's text, nothing but the text, and links only from URLs of the schemes
// the site links, to themselves.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { DomUtils, parseDocument } from 'htmlparser2';
import { markdownText } from '../../src/site/markdown-escape.js';
import { params } from '../support/fuzz-config.js';
import { talk } from '../support/fuzz-logs.js';

const md = new MarkdownIt({ html: true, linkify: true });
const piece = fc.oneof(
  talk,
  fc.constantFrom('*', '_', '**', '__', '`', '~~', '$', '\\', '[', ']', '(', ')', '<', '>', '&', '&amp;', '&#x41;', '|', '#', '-', '+', '1.', '2)', '>', '!', '[a](b)', '<b>', '<!--', '-->', 'https://a.org/x_(y).', 'www.x.org', 'a@b.org', 'mailto:a@b.org', ' ', '  ', '\t'),
);
const said = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join(''));

/**
 * What a reader sees of a text: the leading white space markdownText drops
 * at the start of a block (all of it, as trimStart does), the trailing blanks
 * CommonMark drops, NUL as U+FFFD.
 */
const seen = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/\0/g, '\ufffd').trimStart().replace(/[ \t]+$/, '');
/** Compared without invisible format characters: markdown-it's linkify drops a U+FEFF that ends an address it links. */
const visible = (text: string) => text.replace(/\p{Cf}/gu, '');

test('a text in the Markdown minutes renders as itself, its links only from safe URLs', () => {
  fc.assert(
    fc.property(said, (text) => {
      const html = md.render(`- ${markdownText(text, true)}\n`);
      const doc = parseDocument(html);
      const items = DomUtils.findAll((e) => e.name === 'li', doc.children);
      assert.is(items.length, 1, html);
      const tags = DomUtils.findAll(() => true, items[0].children).map((e) => e.name);
      assert.ok(tags.every((t) => t === 'a'), `only links in ${html}`);
      for (const a of DomUtils.findAll((e) => e.name === 'a', items[0].children)) {
        assert.match(a.attribs.href, /^(https?|ftp|ircs?|mailto):/i, html);
      }
      assert.is(visible(DomUtils.textContent(items[0])), visible(seen(text)), `${JSON.stringify(text)} → ${html}`);
    }),
    params(1),
  );
});

test.run();
