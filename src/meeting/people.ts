// People present and who each action is assigned to, computed once the
// meeting is over (MeetBot does it when it writes the minutes).
import type { Item, Person } from '../types.js';
import type { Fork } from './state.js';

/** MeetBot's order: most lines first. Ties, arbitrary in MeetBot, go case-insensitively by nick. */
export function peopleOf(attendees: Map<string, number>): Person[] {
  return [...attendees]
    .map(([nick, lines]) => ({ nick, lines }))
    .sort((a, b) => b.lines - a.lines || compareNicks(a.nick, b.nick));
}

export function compareNicks(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
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
  /** Tests only: take this way whatever the cost. */
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
  const tests = nicks.map((nick) => {
    const re = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(nick)}(?![A-Za-z0-9_])`, 'i');
    return wholeWord ? (text: string) => re.test(text) : (text: string) => text.includes(nick);
  });
  const byKey = new Map<string, number[]>();
  const lengths = new Set<number>();
  const long: number[] = [];
  nicks.forEach((nick, k) => {
    if (nick.length > LOOKUP_LENGTH) return void long.push(k);
    const key = fold(nick);
    const same = byKey.get(key);
    if (same) same.push(k);
    else byKey.set(key, [k]);
    lengths.add(nick.length);
  });
  const sizes = [...lengths].sort((a, b) => a - b);
  const starts = (text: string, i: number) => !wholeWord || i === 0 || !isWordChar(text.charCodeAt(i - 1));
  return (text) => {
    let spans = 0;
    for (let i = 0; i < text.length; i++) if (starts(text, i)) spans++;
    if (way === 'scan' || (way === undefined && nicks.length * text.length <= spans * sizes.length * SCAN_PER_LOOKUP)) {
      return nicks.flatMap((_, k) => (tests[k](text) ? [k] : []));
    }
    const found = new Set<number>();
    const folded = fold(text);
    for (let i = 0; i < text.length; i++) {
      if (!starts(text, i)) continue;
      for (const size of sizes) {
        const j = i + size;
        if (j > text.length) break;
        if (wholeWord && j < text.length && isWordChar(text.charCodeAt(j))) continue;
        const hits = byKey.get(folded.slice(i, j));
        if (hits) for (const k of hits) found.add(k);
      }
    }
    for (const k of long) if (tests[k](text)) found.add(k);
    return [...found].sort((a, b) => a - b);
  };
}

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

/** Sets `assignees` on every action: the attendees its text names, as the fork's MeetBot matches them. */
export function assign(items: Item[], attendees: Iterable<string>, fork: Fork = 'upstream'): void {
  const nicks = [...attendees].filter((n) => n !== '').sort(compareNicks);
  const named = nickFinder(nicks, { wholeWord: fork !== 'debian' });
  for (const item of items) {
    if (item.kind !== 'action') continue;
    item.assignees = named(item.text).map((k) => nicks[k]);
  }
}
