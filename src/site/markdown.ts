// Markdown as the site renders it: markdown-it with raw HTML off and links
// limited to safe schemes (and links within the site), since notes and the
// prose that comes with a log are as untrusted as logs.
import MarkdownIt, { type MarkdownIt as Renderer, type StateCore } from 'markdown-it';
import { SAFE_SCHEME } from './text.js';

function safe(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // markdown-it already refuses javascript:, vbscript:, file: and most data:.
  md.validateLink = (url) => SAFE_SCHEME.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  return md;
}

/** For a page of its own (series notes): headings as written. */
export const markdown = safe();

/**
 * For a section of a page whose headings go to h2: the text's "#" becomes
 * h3, "##" h4, and so on (h6 at most), so the page's outline holds.
 */
export const sectionMarkdown = safe();
sectionMarkdown.core.ruler.push('section_headings', (state: StateCore) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
  }
});
