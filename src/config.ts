// minutebook.config.json: one optional file of settings, checked against a
// JSON Schema (ajv) so a mistake is named by its key and says what to write.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { distance } from 'fastest-levenshtein';
import { MinutebookError } from './errors.js';
import { DOWNLOAD_KINDS, type DownloadKind } from './site/paths.js';

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
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    description: { type: 'string', maxLength: 1000 },
    url: { type: 'string', pattern: '^https?://[^\\s/]+(/[^\\s]*)?$' },
    pathPrefix: { type: 'string', pattern: '^/([^\\s]*/)?$' },
    logs: { type: 'string', minLength: 1 },
    out: { type: 'string', minLength: 1 },
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
  url: 'an absolute http(s) URL such as "https://example.github.io/minutes/"',
  pathPrefix: 'a path that starts and ends with "/", such as "/minutes/"',
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MinutebookError(`${file}: not valid JSON (${(err as Error).message}); fix it or delete the file to use the defaults`);
  }
  const validate = validator();
  if (!validate(data)) throw new MinutebookError(`${file}: ${validate.errors!.map(describe).join('; ')}`);
  const config = data as Config & { $schema?: string };
  delete config.$schema;
  if (config.timezone !== undefined && !isTimeZone(config.timezone)) {
    throw new MinutebookError(`${file}: "timezone" must be an IANA time zone such as "Europe/Berlin" or "UTC", not "${config.timezone}"`);
  }
  if (config.url !== undefined && !config.url.endsWith('/')) config.url += '/';
  if (config.url !== undefined && config.pathPrefix === undefined) config.pathPrefix = new URL(config.url).pathname;
  return config;
}

function describe(e: ErrorObject): string {
  const key = e.instancePath.split('/').slice(1).map(decodeURIComponent);
  const name = key.length ? `"${key.join('.')}"` : 'the file';
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

/** The known key closest to a misspelt one, when it is close enough to be a typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
