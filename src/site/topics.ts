// The topic index: every topic of every meeting, grouped by its normalized
// title, so two hundred "Open discussion"s are one entry listing each meeting
// once. A small archive
// gets it on one page; a large one gets a page per initial letter (a letter
// of very many topics, a page per first two letters), and a topic discussed
// in many meetings a page of its own, so no page grows with the archive
// beyond what a reader can use.
import type { LetterLink, MeetingRef, Part, TopicBlock, TopicGroup, TopicGroupPage, TopicLetterPage, TopicsPage } from './site-view.js';
import { normalizeTitle, pageTitle } from './text.js';
import { anchored, flat, rootOf } from './paths.js';

/** Up to this many groups, the whole index is topics.html. */
export const ONE_PAGE_GROUPS = 400;
/** Up to this many groups, a letter is one page; a letter with more, a page per first two letters (a–z letters only). */
export const LETTER_PAGE_GROUPS = 1000;
/** Entries shown under a group; a group with more has its own page. */
export const INLINE_ENTRIES = 10;
/** Most recurring topics on topics.html of a split index. */
const RECURRING = 30;

export interface TopicIndex {
  page: TopicsPage;
  letters: TopicLetterPage[];
  groups: TopicGroupPage[];
}

interface Gathered {
  key: string;
  /** The key is lowercase a–z and spaces only (byKey). */
  plain: boolean;
  /** The group's first title, with its parts (the topic block's: linkParts of the title). */
  title: string;
  parts: Part[];
  /** Each title's count and parts, once a second title is seen (most groups have one: no map for them). */
  titles: Map<string, { n: number; parts: Part[] }> | null;
  entries: TopicGroup['entries'];
}

/** What the index reads of a meeting's page: its ref and its topics' blocks (the block of the items before the first topic has id null). */
export interface TopicSource {
  ref: MeetingRef;
  summary: readonly Pick<TopicBlock, 'id' | 'parts'>[];
}

/** `pages`: newest first. */
export function topicIndex(pages: readonly TopicSource[], siteTitle: string, onePage = ONE_PAGE_GROUPS, letterPage = LETTER_PAGE_GROUPS): TopicIndex {
  const { list: gathered, set } = gather(pages);
  const ids = new Set<string>();
  const groupPages: TopicGroupPage[] = [];
  const groups: TopicGroup[] = gathered.map((g) => {
    const { title, parts } = commonest(g);
    const id = uniqueId(g, ids);
    let allPath: string | null = null;
    if (g.entries.length > INLINE_ENTRIES) {
      allPath = `topics/t/${id.slice('topic-'.length)}.html`;
      groupPages.push({ path: allPath, root: rootOf(allPath), pageTitle: pageTitle(`Topic: ${title}`, siteTitle), title, parts, entries: g.entries });
    }
    // A group's own list when it is short enough (most are): no copy.
    return { id, title, parts, count: g.entries.length, entries: allPath ? g.entries.slice(0, INLINE_ENTRIES) : g.entries, allPath };
  });
  if (groups.length <= onePage) {
    return { page: { groups: groups.length, set, all: groups, letters: [], recurring: [] }, letters: [], groups: groupPages };
  }
  // Each letter's groups by their place in `groups` (and in `gathered`, which holds their keys: every title of a
  // group normalizes to its key).
  const byLetter = new Map<string, number[]>();
  gathered.forEach((g, k) => {
    const letter = letterOf(g.key);
    let list = byLetter.get(letter);
    if (!list) byLetter.set(letter, (list = []));
    list.push(k);
  });
  const nav = [...byLetter.keys()].sort(compareLetters).map((letter) => ({
    letter,
    label: letter === 'other' ? 'Other' : letter === '0-9' ? '0–9' : letter.toUpperCase(),
    path: `topics/letter-${letter}.html`,
    count: byLetter.get(letter)!.length,
  }));
  const links = nav.map(({ label, path }) => ({ label, path }));
  const letters: TopicLetterPage[] = [];
  const letterPageOf = (path: string, label: string, groups: TopicGroup[], parent: TopicLetterPage['parent'] = null, parts: LetterLink[] = []): TopicLetterPage => ({
    path,
    root: rootOf(path),
    pageTitle: pageTitle(`Topics: ${label}`, siteTitle),
    label,
    parent,
    letters: links,
    parts,
    count: groups.length,
    groups,
  });
  for (const l of nav) {
    const places = byLetter.get(l.letter)!;
    const all = places.map((k) => groups[k]);
    if (all.length <= letterPage || !/^[a-z]$/.test(l.letter)) {
      letters.push(letterPageOf(l.path, l.label, all));
      continue;
    }
    // Its parts in the order of their groups' keys (the index's order), the rest ("T (other)") last.
    const byPart = new Map<string, TopicGroup[]>();
    for (const k of places) {
      const part = secondLetterOf(gathered[k].key);
      let list = byPart.get(part);
      if (!list) byPart.set(part, (list = []));
      list.push(groups[k]);
    }
    const parts = [...byPart.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    const partNav = parts.map((c) => ({
      label: c === '' ? `${l.label} (other)` : l.label + c,
      path: `topics/letter-${l.letter}${c === '' ? '-other' : c}.html`,
      count: byPart.get(c)!.length,
    }));
    const partLinks = partNav.map(({ label, path }) => ({ label, path }));
    const parent = { label: l.label, path: l.path };
    // The letter's own page lists its parts with their counts: of the letter's pages, a new topic changes that one and its part's.
    letters.push({ ...letterPageOf(l.path, l.label, [], null, partNav), count: all.length });
    parts.forEach((c, k) => letters.push(letterPageOf(partNav[k].path, partNav[k].label, byPart.get(c)!, parent, partLinks)));
  }
  const recurring = mostRecurring(groups);
  return { page: { groups: groups.length, set, all: null, letters: nav, recurring }, letters, groups: groupPages };
}

/** The groups in the index's order, and how many topics the meetings set (a title set again in the same meeting counted again). */
function gather(pages: readonly TopicSource[]): { list: Gathered[]; set: number } {
  const groups = new Map<string, Gathered>();
  let set = 0;
  for (const page of pages) {
    for (const block of page.summary) {
      if (block.id === null) continue;
      set++;
      const title = textOf(block.parts);
      const key = normalizeTitle(title);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, plain: PLAIN_KEY.test(key), title, parts: block.parts, titles: null, entries: [] }));
      // A topic set again in the same meeting ("#topic next meeting" twice): the meeting is listed once, at the first.
      else if (g.entries[g.entries.length - 1].ref === page.ref) continue;
      else if (g.titles || title !== g.title) {
        if (!g.titles) g.titles = new Map([[g.title, { n: g.entries.length, parts: g.parts }]]);
        const seen = g.titles.get(title);
        if (seen) seen.n++;
        else g.titles.set(title, { n: 1, parts: block.parts });
      }
      g.entries.push({ ref: page.ref, href: anchored(page.ref.path, block.id), title });
    }
  }
  const list = [...groups.values()].sort(byKey);
  for (const g of list) g.entries.sort((a, b) => (a.ref.start < b.ref.start ? 1 : a.ref.start > b.ref.start ? -1 : 0));
  return { list, set };
}

/** The text the parts were cut from (linkParts): most titles have no link, and are one string. */
const textOf = (parts: Part[]) => (parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts.map((p) => (typeof p === 'string' ? p : p.text)).join(''));

/** The second letter of a key (a–z, accents aside), or '' for anything else (a space, a digit, another script). */
function secondLetterOf(key: string): string {
  const c = PLAIN_KEY.test(key) ? key.charAt(1) : key.normalize('NFD').replace(/\p{M}/gu, '').charAt(1);
  return c >= 'a' && c <= 'z' ? c : '';
}

function letterOf(key: string): string {
  const c = key.normalize('NFD').charAt(0);
  if (/[a-z]/.test(c)) return c;
  if (/[0-9]/.test(c)) return '0-9';
  return 'other';
}

function compareLetters(a: string, b: string): number {
  const rank = (l: string) => (l === '0-9' ? 0 : l === 'other' ? 2 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** As a reader expects an index to be ordered: case and accents aside, numbers by value. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
function compareKeys(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Keys of lowercase a–z and single spaces (most of them) sort alike under
 * the collator and by code point (test/site/topics.test.ts checks that), and
 * comparing code points costs a fraction: 80,000 groups at 10,000 meetings.
 */
const PLAIN_KEY = /^[a-z ]*$/;
function byKey(a: Gathered, b: Gathered): number {
  if (a.plain && b.plain) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return compareKeys(a.key, b.key);
}

/** The group's most used title (the first in code point order among equals), with its parts. */
function commonest(g: Gathered): { title: string; parts: Part[] } {
  if (!g.titles) return g;
  let best = { title: '', parts: [] as Part[] };
  let n = -1;
  for (const [title, t] of g.titles) if (t.n > n || (t.n === n && title < best.title)) [best, n] = [{ title, parts: t.parts }, t.n];
  return best;
}

/** The RECURRING groups with the most meetings, as many by title: only those with at least the last one's count are sorted. */
function mostRecurring(groups: TopicGroup[]): TopicGroup[] {
  const counts = groups.map((g) => g.count).sort((a, b) => b - a);
  const least = counts[Math.min(RECURRING, counts.length) - 1] ?? 0;
  return groups
    .filter((g) => g.count >= least)
    .sort((a, b) => b.count - a.count || compareKeys(a.title, b.title))
    .slice(0, RECURRING);
}

/**
 * A readable, unique anchor from the normalized title: "topic-open-discussion".
 * A plain key (a–z and single spaces, trimmed: normalizeTitle) needs only its spaces made hyphens.
 */
function uniqueId({ key, plain }: Gathered, taken: Set<string>): string {
  const slug = plain ? key.replaceAll(' ', '-') : key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const base = flat('topic-', slug.slice(0, 60) || 'untitled');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
