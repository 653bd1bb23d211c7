// The prose a Markdown log brings with it: a blog post of a meeting (the
// Monero project's, say) often opens with an overview written by a person,
// then a "# Logs" heading and the chat. That overview, rendered, is the
// minutes page's "Notes with the log"; the log page shows its lines as they are.
import type { Meeting } from '../types.js';
import { sectionMarkdown } from './markdown.js';

/** The heading that opens the chat itself ("# Logs", "### Log"), not part of the overview. */
const LOGS_HEADING = /^#{1,6}[ \t]*logs?[ \t]*#*[ \t]*$/i;

/** The Markdown before the first line said in a Markdown log's meeting, or null when there is none. */
export function leadingProse(m: Meeting): string | null {
  if (m.source.format !== 'markdown') return null;
  const text: string[] = [];
  for (const l of m.lines) {
    if (l.kind !== 'other' || l.nick !== null) break;
    text.push(l.text);
  }
  while (text.length && (text[text.length - 1].trim() === '' || LOGS_HEADING.test(text[text.length - 1].trim()))) text.pop();
  const prose = text.join('\n').trim();
  return prose === '' ? null : prose;
}

/** leadingProse as HTML for a section of the minutes page (its headings from h3), or null. */
export function proseHtml(m: Meeting): string | null {
  const prose = leadingProse(m);
  return prose === null ? null : sectionMarkdown.render(prose).trim();
}
