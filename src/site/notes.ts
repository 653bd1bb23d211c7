// Series notes: a Markdown file SERIES.series.md beside the logs, with
// optional front matter (title). Rendered with markdown-it, raw HTML off and
// links limited to safe schemes: notes are as untrusted as logs.
import { matter } from '../frontmatter.js';
import type { Diagnostic } from '../types.js';
import { diagnostic } from '../errors.js';
import { safeSeries } from '../meeting/naming.js';
import { markdown } from './markdown.js';

export interface ReadNotes {
  file: string;
  series: string;
  /** From front matter `title`, if any. */
  title?: string;
  html: string;
  diagnostics: Diagnostic[];
}

/** file: path for diagnostics; its name (NAME.series.md) says which series it is for. */
export function readSeriesNotes(text: string, file: string): ReadNotes {
  const name = file.split(/[\\/]/).pop()!.replace(/\.series\.md$/i, '');
  const diagnostics: Diagnostic[] = [];
  let body = text;
  let title: string | undefined;
  try {
    const parsed = matter()(text);
    body = parsed.content;
    const t = parsed.data.title;
    if (typeof t === 'string' && t.trim()) title = t.trim();
    else if (t !== undefined) diagnostics.push(diagnostic(file, 1, 'warning', 'front matter "title" should be text; ignored'));
  } catch (err) {
    diagnostics.push(diagnostic(file, 1, 'warning', `front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); shown as text`));
  }
  return { file, series: safeSeries(name), title, html: markdown.render(body).trim(), diagnostics };
}
