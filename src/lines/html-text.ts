// What the readers of logs written as HTML pages (pages.ts) do to each line.
import { decodeHTML } from 'entities';
import type { Page } from './pages.js';

const TAG = /<[^>]*>/g;

/** A piece of a page as the text it shows: its tags dropped, its entities decoded. */
export function shownText(html: string): string {
  return decodeHTML(html.replace(TAG, ''));
}

/**
 * A log written one line per line of a <pre>: the page's lines from `first`
 * to the one that closes the <pre>, each as `shown` makes it, with the index
 * of the page's line it came from. What is left of the closing line is a
 * line only when it holds text; other blank lines are lines too unless
 * `blankLines` is false (a page that writes none of its own).
 */
export function preLines(body: readonly string[], first: number, shown: (html: string) => string, blankLines = true): Page {
  const lines: string[] = [];
  const at: number[] = [];
  for (let i = first; i < body.length; i++) {
    const end = body[i].indexOf('</pre>');
    const html = end >= 0 ? body[i].slice(0, end) : body[i];
    if (html.trim() !== '' || (blankLines && end < 0)) {
      lines.push(shown(html));
      at.push(i);
    }
    if (end >= 0) break;
  }
  return { lines, at };
}
