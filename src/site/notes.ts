// Series notes: a Markdown file SERIES.series.md beside the logs, with
// optional front matter (title). Rendered with markdown-it, raw HTML off and
// links limited to safe schemes: notes are as untrusted as logs.
import { matter, unknownKeys, yamlProblem } from '../frontmatter.js';
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

/** The front matter keys a notes file may have. */
const KNOWN_KEYS = ['title'];

/** file: path for diagnostics; its name (NAME.series.md) says which series it is for. */
export function readSeriesNotes(text: string, file: string): ReadNotes {
  const name = file.split(/[\\/]/).pop()!.replace(/\.series\.md$/i, '');
  const diagnostics: Diagnostic[] = [];
  let body = text;
  let title: string | undefined;
  try {
    // With options, so not from gray-matter's cache: it keeps a text whose front matter failed to parse as one without any.
    const parsed = matter()(text, {});
    body = parsed.content;
    for (const { line, message } of unknownKeys(parsed.data, text.split('\n'), KNOWN_KEYS)) diagnostics.push(diagnostic(file, line, 'warning', message));
    const t = parsed.data.title;
    if (typeof t === 'string' && t.trim()) title = t.trim();
    else if (t !== undefined) diagnostics.push(diagnostic(file, 1, 'warning', 'front matter "title" should be text; ignored'));
  } catch (err) {
    const { line, reason } = yamlProblem(err);
    diagnostics.push(diagnostic(file, line, 'warning', `front matter is not valid YAML (${reason}); shown as text`));
  }
  return { file, series: safeSeries(name), title, html: markdown.render(body).trim(), diagnostics };
}
