// Python's textwrap.fill as MeetBot's writers.py uses it, so that our .txt
// minutes break lines where MeetBot's do. MeetBot subclasses TextWrapper to
// split only at runs of whitespace (never after hyphens) and passes
// break_long_words=False, so a long URL gets a line of its own instead of
// being cut. The rest is stock textwrap: tabs expanded, every ASCII
// whitespace character turned into a space, whitespace dropped at the breaks
// but kept inside a line.
//
// MeetBot ran on Python 2 with unicode text: lengths count code points, and
// the word separator is \s under re.UNICODE, which also matches U+00A0 and
// the other Unicode spaces below (Python 2.7's table, U+180E included).

const SPACES = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WORD_SEPARATOR = new RegExp(`([${SPACES}]+)`, 'u');
const ALL_SPACE = new RegExp(`^[${SPACES}]+$`, 'u');
const EDGE_SPACE = new RegExp(`^[${SPACES}]+|[${SPACES}]+$`, 'gu');
/** Only these become plain spaces (textwrap's replace_whitespace); other Unicode spaces stay as they are. */
const ASCII_WHITESPACE = /[\t\n\x0b\x0c\r]/g;

export interface WrapOptions {
  /** Maximum line length, indent included. */
  width?: number;
  /** Put before the first line. */
  initialIndent?: string;
  /** Put before every later line. */
  subsequentIndent?: string;
}

/** Python 2's unicode.strip(): Unicode whitespace off both ends (JS trim() also takes U+FEFF, Python does not). */
export function strip(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

const SURROGATE = /[\ud800-\udfff]/;

/** Code points, as Python 2's len() counted a unicode string. */
function length(s: string): number {
  // Without a surrogate (nearly every word) UTF-16 units are code points.
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** str.expandtabs(8): a tab moves to the next multiple of 8; \n and \r restart the column. */
export function expandTabs(text: string, tabSize = 8): string {
  // Nearly every line has no tab: nothing to expand, and no string built a character at a time.
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0;
  for (const ch of text) {
    if (ch === '\t') {
      const pad = tabSize - (column % tabSize);
      out += ' '.repeat(pad);
      column += pad;
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

/** The lines textwrap.wrap returns. */
export function wrap(text: string, options: WrapOptions = {}): string[] {
  const { width = 72, initialIndent = '', subsequentIndent = '' } = options;
  const munged = expandTabs(text).replace(ASCII_WHITESPACE, ' ');
  // Reversed so the next chunk is popped from the end, as textwrap does.
  const chunks = munged.split(WORD_SEPARATOR).filter((c) => c !== '').reverse();
  const isSpace = (c: string) => ALL_SPACE.test(c);
  const lines: string[] = [];
  while (chunks.length) {
    const indent = lines.length ? subsequentIndent : initialIndent;
    const room = width - length(indent);
    // Whitespace that would open a line is dropped, except at the very start of the text.
    if (lines.length && isSpace(chunks[chunks.length - 1])) chunks.pop();
    const line: string[] = [];
    let used = 0;
    while (chunks.length) {
      const n = length(chunks[chunks.length - 1]);
      if (used + n > room) break;
      line.push(chunks.pop()!);
      used += n;
    }
    // A word longer than any line is never broken: it goes alone on a line of its own.
    if (chunks.length && length(chunks[chunks.length - 1]) > room && line.length === 0) line.push(chunks.pop()!);
    if (line.length && isSpace(line[line.length - 1])) line.pop();
    if (line.length) lines.push(indent + line.join(''));
  }
  return lines;
}

/** textwrap.fill: the wrapped lines joined with newlines. */
export function fill(text: string, options: WrapOptions = {}): string {
  return wrap(text, options).join('\n');
}
