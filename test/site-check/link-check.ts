// The link checker the site checks use: reads every .html page of a built
// site with a real HTML parser and lists what is wrong with its links.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { BuiltSite } from '../support/built-site.js';

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'irc', 'ftp'];

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  object: ['data'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};
/** References that load into the page (not ones the reader follows): these must never come from the network. */
const LOADED = /^(img|script|iframe|embed|source|track|audio|video|input|object) (src|poster|data)$|^link href$/;

interface Reference {
  page: string;
  line: number;
  tag: string;
  attr: string;
  url: string;
  loaded: boolean;
}

export interface Findings {
  broken: string[];
  serverOnly: string[];
  unsafe: string[];
}

/** Every problem with the links of the site's pages and feeds, as "site/page:line <tag attr="url"> problem". */
export function checkSite(site: BuiltSite): Findings {
  const ids = new Map<string, Set<string>>();
  const refs: Reference[] = [];
  for (const page of site.pages) {
    const { pageIds, pageRefs } = readPage(site.root, page, false);
    ids.set(page, pageIds);
    refs.push(...pageRefs);
  }
  // Feeds' <link href> resolve against the feed's own address, so they are checked the same way.
  const feeds = fs.readdirSync(site.root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml'));
  for (const feed of feeds) refs.push(...readPage(site.root, feed.split(path.sep).join('/'), true).pageRefs);
  const found: Findings = { broken: [], serverOnly: [], unsafe: [] };
  for (const ref of refs) {
    const where = `${site.name}/${ref.page}:${ref.line} <${ref.tag} ${ref.attr}="${ref.url}">`;
    const url = ref.url.replace(/[\t\n\r]/g, '').trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
    if (ref.tag === 'base') found.serverOnly.push(`${where} <base> changes how every relative link resolves`);
    else if (url.startsWith('//') || url.startsWith('\\')) found.serverOnly.push(`${where} protocol-relative link: under file:// it points at file://host/`);
    else if (url.startsWith('/') && ref.page === '404.html') {
      // A host's page for a missing address at any depth: from the host's root by design (no path prefix set);
      // each must still reach a file of the site, which is at that root.
      const problem = brokenRelative(site, ref.page, url.slice(1), ids);
      if (problem) found.broken.push(`${where} ${problem}`);
    } else if (url.startsWith('/')) found.serverOnly.push(`${where} absolute-path link: breaks under file:// and any path prefix; make it relative`);
    else if (scheme !== undefined) {
      if (!SAFE_SCHEMES.includes(scheme)) found.unsafe.push(`${where} scheme "${scheme}:" is not one of ${SAFE_SCHEMES.join(', ')}`);
      else if (ref.loaded) found.unsafe.push(`${where} loads from the network; the site must work offline`);
    } else if (url !== '') {
      const problem = brokenRelative(site, ref.page, url, ids);
      if (problem) found.broken.push(`${where} ${problem}`);
    }
  }
  return found;
}

function brokenRelative(site: BuiltSite, page: string, url: string, ids: Map<string, Set<string>>): string | undefined {
  const resolved = new URL(url, pathToFileURL(path.join(site.root, page)));
  const fragment = resolved.hash.slice(1);
  resolved.hash = '';
  resolved.search = '';
  const file = fileURLToPath(resolved);
  const rel = path.relative(site.root, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return `points outside the site (${rel})`;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return `${rel || '.'} does not exist`;
  if (stat.isDirectory()) return `${rel || '.'} is a folder: file:// shows a listing, not its index.html; link to the file`;
  if (fragment === '' || !ids.has(rel)) return undefined;
  const id = safeDecode(fragment);
  if (ids.get(rel)!.has(id) || id.toLowerCase() === 'top') return undefined;
  return `#${id} is not an id in ${rel}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function readPage(root: string, page: string, xmlMode: boolean): { pageIds: Set<string>; pageRefs: Reference[] } {
  const html = fs.readFileSync(path.join(root, page), 'utf8');
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (index: number | null) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= (index ?? 0)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const doc = parseDocument(html, { withStartIndices: true, xmlMode });
  const pageIds = new Set<string>();
  const pageRefs: Reference[] = [];
  for (const el of DomUtils.findAll(() => true, doc.children)) {
    const tag = el.name.toLowerCase();
    const at = el.attribs;
    if (at.id !== undefined) pageIds.add(at.id);
    if (tag === 'a' && at.name !== undefined) pageIds.add(at.name); // HTML still scrolls to <a name>
    const ref = (attr: string, url: string) =>
      pageRefs.push({ page, line: lineOf(el.startIndex), tag, attr, url, loaded: LOADED.test(`${tag} ${attr}`) && !isNavigationLink(tag, at.rel) });
    if (tag === 'base') ref('href', at.href ?? '');
    for (const attr of URL_ATTRIBUTES[tag] ?? []) if (at[attr] !== undefined) ref(attr, at[attr]);
    for (const attr of ['srcset', 'imagesrcset']) {
      for (const candidate of (at[attr] ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) pageRefs.push({ page, line: lineOf(el.startIndex), tag, attr, url, loaded: true });
      }
    }
    if (tag === 'meta' && at['http-equiv']?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"]*)/i.exec(at.content ?? '')?.[1];
      if (url) ref('content', url);
    }
  }
  return { pageIds, pageRefs };
}

/** <link rel=alternate|canonical|…> names a page to go to, not a resource the page loads. */
function isNavigationLink(tag: string, rel: string | undefined): boolean {
  return tag === 'link' && /\b(alternate|canonical|author|help|license|next|prev|search|bookmark|me)\b/i.test(rel ?? '');
}

