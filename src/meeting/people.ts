// People present and who each action is assigned to, computed once the
// meeting is over (MeetBot does it when it writes the minutes).
import type { Item, Person } from '../types.js';
import type { Fork } from './state.js';

/** MeetBot's order: most lines first. Ties, arbitrary in MeetBot, go case-insensitively by nick. */
export function peopleOf(attendees: Map<string, number>): Person[] {
  return [...attendees]
    .map(([nick, lines]) => ({ nick, lines, key: nick.toLowerCase() }))
    .sort((a, b) => b.lines - a.lines || compareKeyed(a, b))
    .map(({ nick, lines }) => ({ nick, lines }));
}

export function compareNicks(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** compareNicks with each nick lowercased once, not once per comparison. */
function compareKeyed(a: { nick: string; key: string }, b: { nick: string; key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.nick < b.nick ? -1 : a.nick > b.nick ? 1 : 0;
}

function sortNicks(nicks: string[]): string[] {
  return nicks
    .map((nick) => ({ nick, key: nick.toLowerCase() }))
    .sort(compareKeyed)
    .map((n) => n.nick);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nicks up to this long are found by lookup; no IRC network allows longer ones. */
const LOOKUP_LENGTH = 64;
/** About how many characters one regular expression scans in the time of one lookup. */
const SCAN_PER_LOOKUP = 16;

export interface Rule {
  /** Upstream/OpenStack: whole words, any case. Robobutler: as written, anywhere. */
  wholeWord: boolean;
  /** Take this way whatever the cost (tests; names with spaces, which only a scan finds). */
  way?: 'scan' | 'lookup';
}

/**
 * Which attendees a text names, as indices into `nicks`, ascending.
 * Deviation: MeetBot uses \b on both sides, which never matches nicks that
 * start or end with a non-word character ("foo|away", "[x]"); we require only
 * that no word character touches the nick, which is the same for ordinary nicks.
 * The 2009 code, which Jenkins' robobutler runs, looks for the nick as written
 * anywhere in the text: "Kohsuke to …" is not kohsuke's, "bobby" is bob's.
 *
 * Per text, the cheaper of two ways: one regular expression per nick (MeetBot's
 * way; nicks × text length), or looking every span that could be a nick (bounded
 * by non-word characters, for whole words) up among the nicks of its length
 * (spans × nick lengths). The first alone made a meeting of thousands of nicks and
 * actions take minutes; the second alone, one huge action.
 */
export function nickFinder(nicks: readonly string[], { wholeWord, way }: Rule): (text: string) => number[] {
  const fold = wholeWord ? foldCase : (t: string) => t;
  // Built on first use, each part only if its way is taken: most meetings have few actions.
  const folded: string[] = [];
  const patterns: RegExp[] = [];
  // A nick whose folded form is not in the folded text cannot match: no regular expression is needed.
  const names = wholeWord
    ? (k: number, text: string, foldedText: string) =>
        foldedText.includes((folded[k] ??= foldCase(nicks[k]))) && (patterns[k] ??= wordPattern(nicks[k])).test(text)
    : (k: number, text: string) => text.includes(nicks[k]);
  let sizes: number[] | null = null;
  let lookup: Lookup | null = null;
  const starts = (text: string, i: number) => !wholeWord || i === 0 || !isWordChar(text.charCodeAt(i - 1));
  return (text) => {
    sizes ??= lengthsOf(nicks);
    let spans = 0;
    let ascii = true;
    let afterWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) ascii = false;
      if (!wholeWord || !afterWord) spans++;
      afterWord = isWordChar(c);
    }
    const foldedText = !wholeWord ? text : ascii ? text.toUpperCase() : foldCase(text);
    if (way === 'scan' || (way === undefined && nicks.length * text.length <= spans * sizes.length * SCAN_PER_LOOKUP)) {
      const found: number[] = [];
      for (let k = 0; k < nicks.length; k++) if (names(k, text, foldedText)) found.push(k);
      return found;
    }
    lookup ??= lookupOf(nicks, fold);
    const found = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      if (!starts(text, i)) continue;
      for (const size of sizes) {
        const j = i + size;
        if (j > text.length) break;
        if (wholeWord && j < text.length && isWordChar(text.charCodeAt(j))) continue;
        const hits = lookup.byKey.get(foldedText.slice(i, j));
        if (hits) for (const k of hits) found.add(k);
      }
    }
    for (const k of lookup.long) if (names(k, text, foldedText)) found.add(k);
    return [...found].sort((a, b) => a - b);
  };
}

/** The lengths of the nicks that are looked up, ascending. */
function lengthsOf(nicks: readonly string[]): number[] {
  const lengths = new Set<number>();
  for (const nick of nicks) if (nick.length <= LOOKUP_LENGTH) lengths.add(nick.length);
  return [...lengths].sort((a, b) => a - b);
}

interface Lookup {
  /** Folded nick → indices of the nicks that fold to it. */
  byKey: Map<string, number[]>;
  /** Nicks too long to look up: always tested. */
  long: number[];
}

function lookupOf(nicks: readonly string[], fold: (t: string) => string): Lookup {
  const byKey = new Map<string, number[]>();
  const long: number[] = [];
  nicks.forEach((nick, k) => {
    if (nick.length > LOOKUP_LENGTH) return void long.push(k);
    const key = fold(nick);
    const same = byKey.get(key);
    if (same) same.push(k);
    else byKey.set(key, [k]);
  });
  return { byKey, long };
}

/** MeetBot's regular expression for one nick, kept across meetings: most nicks come back. */
function wordPattern(nick: string): RegExp {
  let re = wordPatterns.get(nick);
  if (!re) {
    if (wordPatterns.size >= PATTERNS_KEPT) wordPatterns.clear();
    re = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(nick)}(?![A-Za-z0-9_])`, 'i');
    wordPatterns.set(nick, re);
  }
  return re;
}

/** Without the g or y flag a RegExp keeps no state between tests, so one can serve every meeting. */
const wordPatterns = new Map<string, RegExp>();
const PATTERNS_KEPT = 10000;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

let upper: Uint16Array | null = null;

/**
 * Each UTF-16 unit as a case-insensitive regular expression (without the u flag)
 * compares it: its one-unit upper case, except that nothing outside ASCII folds into it.
 * Keeps the length, so spans of the folded text are spans of the text.
 */
function foldCase(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toUpperCase();
  if (!upper) {
    upper = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) {
      const u = String.fromCharCode(c).toUpperCase();
      upper[c] = u.length === 1 && !(c >= 128 && u.charCodeAt(0) < 128) ? u.charCodeAt(0) : c;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(upper[text.charCodeAt(i)]);
  return out;
}

/**
 * Sets `assignees` on every action: the attendees (nick → lines said) its text names, as the fork's MeetBot matches them.
 * `names` (nick → the other names its person goes by: HCoop Meetbot's #here, and the aliases of
 * aliasNames): an action naming one of them, as a whole word in any case, is the nick's too. A name
 * may hold spaces ("#here Clinton Smith"): each is looked for with its own regular expression (a
 * meeting has few).
 *
 * Deviation: an attendee the text names by a variant of their nick (variantKey: "oleg_nenashev" for
 * oleg-nenashev, "kohsuke_" or "Kohsuke" for robobutler's kohsuke) is an assignee too, listed in
 * `variantAssignees` as well, which MeetBot's own rule does not find: it left such actions
 * unassigned, however plainly they were somebody's.
 */
export function assign(items: Item[], attendees: ReadonlyMap<string, number>, fork: Fork = 'upstream', names: ReadonlyMap<string, readonly string[]> = new Map()): void {
  if (!items.some((item) => item.kind === 'action')) return;
  const nicks = sortNicks([...attendees.keys()].filter((n) => n !== ''));
  const named = nickFinder(nicks, { wholeWord: fork !== 'debian' });
  // Each other name, and the nick it is of.
  const others: string[] = [];
  const ofNick: string[] = [];
  for (const n of nicks) {
    for (const name of names.get(n) ?? []) {
      others.push(name);
      ofNick.push(n);
    }
  }
  const alias = others.length ? nickFinder(others, { wholeWord: true, way: 'scan' }) : null;
  let byVariant: Map<string, string> | null = null;
  for (const item of items) {
    if (item.kind !== 'action') continue;
    const by = new Set(named(item.text).map((k) => nicks[k]));
    if (alias) for (const k of alias(item.text)) by.add(ofNick[k]);
    const variants = variantsNamed(item.text, (byVariant ??= variantKeys(nicks, attendees)), by);
    item.assignees = alias || variants.length ? nicks.filter((n) => by.has(n) || variants.includes(n)) : [...by];
    if (variants.length) item.variantAssignees = nicks.filter((n) => variants.includes(n));
  }
}

/**
 * Each attendee's other names (for assign): the names `aliases` (alias → canonical, later sources
 * already over earlier ones) join to the attendee's, one alias to its canonical and so on, less every
 * attendee's own nick (a name that is an attendee's nick finds that attendee). Without case, as nicks
 * are compared; as first written.
 */
export function aliasNames(attendees: Iterable<string>, aliases: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const spelling = new Map<string, string>();
  // Each name's link towards the name that stands for its person (union–find).
  const up = new Map<string, string>();
  const root = (lower: string): string => {
    let top = lower;
    while (up.get(top) !== top) top = up.get(top)!;
    return top;
  };
  const name = (written: string) => {
    const lower = written.toLowerCase();
    if (!spelling.has(lower)) {
      spelling.set(lower, written);
      up.set(lower, lower);
    }
    return lower;
  };
  for (const alias in aliases) {
    if (!Object.hasOwn(aliases, alias)) continue;
    const a = root(name(alias));
    const b = root(name(aliases[alias]));
    if (a !== b) up.set(a, b);
  }
  if (spelling.size === 0) return out;
  const members = new Map<string, string[]>();
  for (const lower of spelling.keys()) {
    const person = root(lower);
    let list = members.get(person);
    if (!list) members.set(person, (list = []));
    list.push(lower);
  }
  const nicks = [...attendees];
  const taken = new Set(nicks.map((n) => n.toLowerCase()));
  for (const nick of nicks) {
    const lower = nick.toLowerCase();
    if (!spelling.has(lower)) continue;
    const names = members.get(root(lower))!.filter((n) => !taken.has(n)).map((n) => spelling.get(n)!);
    if (names.length) out.set(nick, names);
  }
  return out;
}

/** What IRC clients and bridges add at the end of a nick: "_" (and "`", "^") when it is taken, "|away", Matrix's "[m]". */
const VARIANT = /(?:\[m\]|\|[^|]*|[_`^]+)$/;

/** A lowercased nick without its variant endings, one after another ("alice_|away" → "alice"); a nick that is all ending stays as it is. */
export function nickBase(lower: string): string {
  let base = lower;
  for (;;) {
    const next = base.replace(VARIANT, '');
    if (next === base || next === '') return base;
    base = next;
  }
}

/** A nick as people write it when they do not copy it: its base (nickBase), "_" and "-" alike ("Oleg_Nenashev" is oleg-nenashev). */
export function variantKey(nick: string): string {
  const lower = nick.toLowerCase();
  // Most words of an action have none of the characters a variant ending or an "_" is made of.
  return MAY_VARY.test(lower) ? nickBase(lower).replace(/_/g, '-') : lower;
}

const MAY_VARY = /[_`^|[]/;

/** variantKey → the attendee it names: of several with one key, the one who said most (then the first in nick order). */
function variantKeys(nicks: string[], lines: ReadonlyMap<string, number>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const nick of nicks) {
    const key = variantKey(nick);
    const had = keys.get(key);
    if (had === undefined || (lines.get(nick) ?? 0) > (lines.get(had) ?? 0)) keys.set(key, nick);
  }
  return keys;
}

/** The characters IRC allows in nicks (RFC 2812: letters, digits, "[]\\`_^{|}" and "-"). */
function isNickChar(c: number): boolean {
  return isWordChar(c) || c === 45 || c === 91 || c === 93 || c === 92 || c === 96 || c === 94 || c === 123 || c === 124 || c === 125;
}

/** Attendees the text names by a variant of their nick whom `found` (by MeetBot's rule) does not hold, nor anyone of their key. */
function variantsNamed(text: string, keys: Map<string, string>, found: ReadonlySet<string>): string[] {
  let out: string[] | null = null;
  const see = (word: string) => {
    const nick = keys.get(variantKey(word));
    if (nick === undefined || found.has(nick) || out?.includes(nick)) return;
    // Someone MeetBot found already under another spelling of the same key ("alice" and "alice_" both there).
    const key = variantKey(nick);
    for (const f of found) if (variantKey(f) === key) return;
    (out ??= []).push(nick);
  };
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isNickChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      see(text.slice(start, i));
      start = -1;
    }
  }
  return out ?? [];
}
