// Optional YAML front matter at the top of a log or a series notes file.
// Only a first line that is exactly "---" opens it: irssi's "--- Log opened"
// must not be mistaken for front matter.
import { createRequire } from 'node:module';
import type grayMatter from 'gray-matter';
import type { CalendarDate, Diagnostic } from './types.js';
import { clipped, diagnostic } from './errors.js';
import { dateOf } from './lines/shared.js';

export interface FrontMatter {
  title?: string;
  series?: string;
  date?: CalendarDate;
  timezone?: string;
  tags: string[];
  /** alias → canonical nick */
  aliases: Record<string, string>;
}

export interface FrontMatterResult {
  meta: FrontMatter;
  /** How many lines at the top of the file the front matter took (0 when none). */
  lineCount: number;
  diagnostics: Diagnostic[];
}

const EMPTY: FrontMatter = { tags: [], aliases: {} };

const require = createRequire(import.meta.url);
let loaded: typeof grayMatter | undefined;
/**
 * gray-matter, loaded when a file first has front matter: most logs have
 * none, and loading it (with js-yaml) took 60 ms of every start-up, each
 * page worker's too.
 */
export const matter = (): typeof grayMatter => (loaded ??= require('gray-matter') as typeof grayMatter);

export function readFrontMatter(lines: readonly string[], file: string): FrontMatterResult {
  if (lines[0]?.trimEnd() !== '---') return { meta: { ...EMPTY }, lineCount: 0, diagnostics: [] };
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (close < 0) {
    return {
      meta: { ...EMPTY },
      lineCount: 0,
      diagnostics: [diagnostic(file, 1, 'warning', 'front matter opened with "---" is never closed; read as log lines')],
    };
  }
  const diagnostics: Diagnostic[] = [];
  let data: Record<string, unknown> = {};
  try {
    data = matter()(lines.slice(0, close + 1).join('\n'), {}).data;
  } catch (err) {
    diagnostics.push(diagnostic(file, 1, 'error', `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`));
  }
  return { meta: interpret(data, file, diagnostics), lineCount: close + 1, diagnostics };
}

function interpret(data: Record<string, unknown>, file: string, diagnostics: Diagnostic[]): FrontMatter {
  const meta: FrontMatter = { tags: [], aliases: {} };
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined);
  meta.title = str(data.title) || undefined;
  meta.series = str(data.series) || undefined;
  meta.date = dateValue(data.date);
  if (data.date !== undefined && !meta.date) {
    diagnostics.push(diagnostic(file, 1, 'warning', `front matter date ${preview(data.date)} is not a YYYY-MM-DD date; ignored`));
  }
  const tz = str(data.timezone);
  if (tz) {
    if (validTimeZone(tz)) meta.timezone = tz;
    else diagnostics.push(diagnostic(file, 1, 'error', `unknown time zone "${tz}" in front matter: use an IANA name such as Europe/Berlin`));
  }
  const tags = data.tags;
  if (Array.isArray(tags)) {
    // Only scalars: a nested list could be a YAML alias bomb that String() would flatten into gigabytes.
    meta.tags = tags.filter(isScalar).map(String);
    if (meta.tags.length < tags.length) {
      diagnostics.push(diagnostic(file, 1, 'warning', `front matter tags: ${tags.length - meta.tags.length} that are not plain text ignored`));
    }
  } else if (typeof tags === 'string') meta.tags = tags.split(/[,\s]+/).filter(Boolean);
  meta.aliases = aliasesOf(data.aliases ?? data.nicks);
  return meta;
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A front matter value for a message, short whatever its size. */
function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(clipped(v, 41));
  if (v instanceof Date) return 'an invalid date';
  if (Array.isArray(v)) return 'a list';
  return v !== null && typeof v === 'object' ? 'a mapping' : String(v);
}

/** `aliases: { canonical: [alias, …] }` (or a single alias string) → alias → canonical. */
export function aliasesOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [canonical, aliases] of Object.entries(value as Record<string, unknown>)) {
    const list = Array.isArray(aliases) ? aliases : [aliases];
    for (const alias of list) {
      if (typeof alias !== 'string' || !alias) continue;
      // Defined, not assigned: "__proto__" is a valid nick, and `out[alias] =` would drop it.
      Object.defineProperty(out, alias, { value: canonical, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

function dateValue(v: unknown): CalendarDate | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
  }
  const m = typeof v === 'string' ? /^(\d{4})-(\d\d)-(\d\d)/.exec(v) : null;
  return m ? dateOf(m[1], m[2], m[3]) : undefined;
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
