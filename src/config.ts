// minutebook.config.json: one optional file of settings, checked against a
// JSON Schema (ajv) so a mistake is named by its key and says what to write.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { MinutebookError } from './errors.js';
import { DOWNLOAD_KINDS, type DownloadKind } from './site/paths.js';
import { aliasConflicts } from './meeting/aliases.js';
import { closest } from './closest.js';

export interface Config {
  /** Site title, shown on every page and in feeds. */
  title?: string;
  /** One sentence under the title on the home page and in feeds. */
  description?: string;
  /** Absolute URL the site is served at, e.g. https://example.github.io/minutes/ (feeds need it). */
  url?: string;
  /** Path the site is served under, e.g. /minutes/ (for the 404 page); taken from url when not given. */
  pathPrefix?: string;
  /** Folder of logs (default logs). */
  logs?: string;
  /** Folder the site is written to (default site). */
  out?: string;
  /** Files in the logs folder that are not logs, as .gitignore patterns relative to it ("agenda.md", "drafts/**", "*.pdf"): not read at all. */
  ignore?: string[];
  /** canonical nick → other nicks of the same person. */
  aliases?: Record<string, string[]>;
  /** Nicks of bots: no person pages for them. */
  bots?: string[];
  /** A nick and its variants ("alice_", "alice|away", "alice[m]") are one person (default true). */
  nickVariants?: boolean;
  /** nick → a relay bot whose "<name> text" lines are that person's (true), or never one (false): found by shape otherwise. */
  relays?: Record<string, boolean>;
  /** series name → settings. */
  series?: Record<string, { title?: string }>;
  /** IANA time zone to show times in (default UTC); data files stay in UTC. */
  timezone?: string;
  /** The downloads each meeting gets (default all four): fewer for an archive too big for its host. */
  downloads?: DownloadKind[];
}

export const CONFIG_FILE = 'minutebook.config.json';

const nick = { type: 'string', minLength: 1, maxLength: 100 };
/** "/", or "/" and folders that each end in "/": no empty folder ("//"), no ".", "..", "?", "#" or "\\". */
const PLAIN_PATH = '^/((?!\\.\\.?/)[^\\s/?#\\\\]+/)*$';
/** A glob that names something: not empty, not only "/", not a "!" re-inclusion. */
const IGNORE_PATTERN = '^(?!/*$)[^!]';
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 1000 },
    // No query or fragment: the feeds and pages append paths to it.
    url: { type: 'string', pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' },
    // A plain path on this host: "//minutes/" would be another host's, "?", "#", "\\" and ".." no folder.
    pathPrefix: { type: 'string', pattern: PLAIN_PATH },
    logs: { type: 'string', minLength: 1 },
    out: { type: 'string', minLength: 1 },
    // No "!": .gitignore's re-inclusion is a negated glob to picomatch, which would ignore every other file.
    ignore: { type: 'array', items: { type: 'string', pattern: IGNORE_PATTERN } },
    aliases: { type: 'object', additionalProperties: { type: 'array', items: nick } },
    bots: { type: 'array', items: nick },
    nickVariants: { type: 'boolean' },
    relays: { type: 'object', additionalProperties: { type: 'boolean' } },
    series: {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: false, properties: { title: { type: 'string', minLength: 1, maxLength: 200 } } },
    },
    timezone: { type: 'string', minLength: 1 },
    downloads: { type: 'array', items: { enum: DOWNLOAD_KINDS }, uniqueItems: true },
  },
} as const;

const KEYS = Object.keys(CONFIG_SCHEMA.properties);
const HINT: Record<string, string> = {
  url: 'an absolute http(s) URL such as "https://example.github.io/minutes/", without a "?" query or "#" fragment',
  ignore: 'a pattern relative to the logs folder such as "agenda.md", "drafts/**" or "*.pdf" (not empty; no "!": list only what is not a log)',
  pathPrefix: 'a path that starts and ends with "/", such as "/minutes/", on the site\'s own host: no "//", "?", "#", "\\" or ".."',
};

const require = createRequire(import.meta.url);
let compiled: ValidateFunction | undefined;
/** The schema's validator, made when a settings file is first read: ajv and the compiled schema were 50-80 ms of every start-up, with a settings file or not. */
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: true }).compile(CONFIG_SCHEMA);
  }
  return compiled;
}

/** Reads the configuration from the file's text; `file` names it in errors. */
export function parseConfig(text: string, file: string): Config {
  // Windows editors start a UTF-8 file with a byte order mark; JSON.parse refuses it.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MinutebookError(`${file}: not valid JSON${where(text)} (${reason(err as Error)}); fix it or delete the file to use the defaults`);
  }
  const validate = validator();
  if (!validate(data)) throw new MinutebookError(`${file}: ${validate.errors!.map((e) => describe(e, data)).join('; ')}`);
  const config = data as Config & { $schema?: string };
  delete config.$schema;
  if (config.timezone !== undefined && !isTimeZone(config.timezone)) {
    throw new MinutebookError(`${file}: "timezone" must be an IANA time zone such as "Europe/Berlin" or "UTC", not "${config.timezone}"`);
  }
  if (config.aliases !== undefined) {
    const conflicts = aliasConflicts(config.aliases);
    const messages = [...new Set(conflicts.map((c) => `"aliases": ${c.message}`))];
    if (messages.length) throw new MinutebookError(`${file}: ${messages.join('; ')}`);
  }
  if (config.url !== undefined && !config.url.endsWith('/')) config.url += '/';
  if (config.url !== undefined && config.pathPrefix === undefined) {
    // The 404 page's links start with the URL's path: it must be a plain one too.
    const path = pathOf(config.url);
    if (path === undefined) throw new MinutebookError(`${file}: "url" must be ${HINT.url}`);
    if (!new RegExp(PLAIN_PATH).test(path)) throw new MinutebookError(`${file}: "url" must have a plain path such as "/minutes/" after its host, not "${path}"`);
    config.pathPrefix = path;
  }
  return config;
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/**
 * JSON.parse's message on one line: without its offset, without its quote of the text (Node 20 gives one or
 * the other, or neither; the quote, cut with "..." at either end when the text is long, spans the file's
 * lines), and with the token it names written as an escape when it is a line break or another control
 * character (`Unexpected token '\n'`). `where` gives the line and column instead.
 */
function reason(err: Error): string {
  return err.message
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** " at line L, column C" where the JSON goes wrong: Node 20's messages give an offset for some mistakes and none for others. */
function where(text: string): string {
  const offset = errorOffset(text);
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The offset of the first character that makes the text not JSON: jsonc-parser's, in strict JSON (no comments, no trailing commas). */
function errorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0]?.offset;
}

/**
 * Where in the settings a value is, as a reader of the file would write it: "aliases.alice" for an object's
 * key, "downloads[0]" for a list's entry (ajv's instancePath says "/downloads/0" for both kinds: the data
 * tells them apart). Its segments are JSON Pointer's, "~1" for "/" and "~0" for "~".
 */
function keyPath(instancePath: string, data: unknown): string {
  let path = '';
  let at: unknown = data;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    path += Array.isArray(at) ? `[${key}]` : path ? `.${key}` : key;
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

/** A length limit in the words of the other messages: "must not be empty", "must be at most 200 characters". */
function lengthLimit(keyword: string, limit: number): string {
  if (keyword === 'minLength') return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
  return `must be at most ${limit} characters`;
}

function describe(e: ErrorObject, data: unknown): string {
  const key = e.instancePath.split('/').slice(1);
  const name = key.length ? `"${keyPath(e.instancePath, data)}"` : 'the file';
  if (e.keyword === 'minLength' || e.keyword === 'maxLength') return `${name} ${lengthLimit(e.keyword, e.params.limit as number)}`;
  if (e.keyword === 'additionalProperties') {
    const extra = String(e.params.additionalProperty);
    const where = key.length ? `${name} ` : '';
    const near = key.length === 0 ? closest(extra, KEYS) : undefined;
    return `${where}has an unknown key "${extra}"${near ? ` (did you mean "${near}"?)` : ''}; known keys: ${key.length ? 'title' : KEYS.filter((k) => k !== '$schema').join(', ')}`;
  }
  if (e.keyword === 'pattern') return `${name} must be ${HINT[key[0]] ?? `text matching ${e.params.pattern}`}`;
  if (e.keyword === 'enum') return `${name} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'uniqueItems') return `${name} lists the same value twice (items ${e.params.j} and ${e.params.i})`;
  if (e.keyword === 'type') return `${name} must be ${e.params.type === 'object' ? 'an object' : e.params.type === 'array' ? 'a list' : `a ${e.params.type}`}`;
  return `${name} ${e.message}`;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
