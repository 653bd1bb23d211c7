// Who is who across meetings. Nicks that differ only in case are one person,
// and so are a nick and what IRC and bridges make of it ("alice_" when alice
// was still connected, "alice|away", Matrix's "alice[m]": nickBase), unless the
// settings' `nickVariants` is false; declared aliases (configuration, or a
// log's front matter) merge nicks into one; bots (the MeetBot nick of each
// meeting, W3C's three bots where one of them is a meeting's bot, and
// configured ones) get no person page. The person's name is the declared
// canonical nick, else the spelling they said most lines under (the nick
// itself before its variants).
import type { Meeting } from '../types.js';
import type { PersonLink } from './site-view.js';
import { personPath } from './paths.js';
import { SCRIBE_BOTS } from '../meeting/scribe.js';
import { nickBase } from '../meeting/people.js';

export interface PeopleOptions {
  /** canonical nick → its other nicks */
  aliases?: Record<string, string[]>;
  /** Nicks that are bots. */
  bots?: string[];
  /** A nick and its variants ("alice_", "alice|away", "alice[m]") are one person (default true). */
  nickVariants?: boolean;
}

export interface People {
  /** The person key of a nick in a meeting; null for a bot. */
  keyOf(nick: string, meeting: Meeting): string | null;
  linkOf(nick: string, meeting: Meeting): PersonLink;
  /** The name shown for a person. */
  nameOf(key: string): string;
  /** Every nick spelling seen for a person, but its name, sorted. */
  aliasesOf(key: string): string[];
  /** Every person key, sorted by name. */
  keys(): string[];
}

export function people(meetings: Meeting[], options: PeopleOptions = {}): People {
  const globalAlias = new Map<string, string>();
  for (const [canonical, others] of Object.entries(options.aliases ?? {})) {
    for (const alias of others) globalAlias.set(alias.toLowerCase(), canonical);
  }
  const bots = new Set((options.bots ?? []).map((b) => b.toLowerCase()));
  for (const m of meetings) if (m.bot) bots.add(m.bot.toLowerCase());
  // A W3C meeting names RRSAgent (say) as its bot; Zakim and trackbot are bots there too.
  if (SCRIBE_BOTS.some((b) => bots.has(b))) for (const b of SCRIBE_BOTS) bots.add(b);

  const variants = options.nickVariants ?? true;
  const bases = new Map<string, string>();
  const declared = new Map<string, string>(); // key → canonical spelling
  const spellings = new Map<string, Map<string, number>>(); // key → spelling → lines
  const keyOf = (nick: string, meeting: Meeting): string | null => {
    const lower = nick.toLowerCase();
    if (bots.has(lower)) return null;
    const local = Object.hasOwn(meeting.aliases, nick) ? meeting.aliases[nick] : findCaseless(meeting.aliases, lower);
    // A log may name as its canonical a nick the settings make someone's alias: that someone it is.
    const canonical = local === undefined ? globalAlias.get(lower) : (globalAlias.get(local.toLowerCase()) ?? local);
    if (canonical) return canonical.toLowerCase();
    if (!variants) return lower;
    // Once per spelling: this runs for every nick of every page.
    let base = bases.get(lower);
    if (base === undefined) bases.set(lower, (base = nickBase(lower)));
    return base;
  };
  const see = (nick: string, meeting: Meeting, lines: number) => {
    const key = keyOf(nick, meeting);
    if (key === null) return;
    let s = spellings.get(key);
    if (!s) spellings.set(key, (s = new Map()));
    s.set(nick, (s.get(nick) ?? 0) + lines);
  };
  for (const [canonical] of Object.entries(options.aliases ?? {})) declared.set(canonical.toLowerCase(), canonical);
  for (const m of meetings) {
    for (const canonical of Object.values(m.aliases)) if (!globalAlias.has(canonical.toLowerCase())) declared.set(canonical.toLowerCase(), canonical);
    for (const p of m.people) see(p.nick, m, p.lines);
    for (const c of m.chairs) see(c, m, 0);
    for (const i of m.items) for (const a of i.assignees ?? []) see(a, m, 0);
  }
  const names = new Map<string, string>();
  for (const [key, s] of spellings) names.set(key, declared.get(key) ?? mostUsed(s, key));
  const sortedKeys = [...names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Each person's page, named once: links to it are made for every nick on every page.
  const paths = new Map(sortedKeys.map((key) => [key, personPath(key)]));
  // One link object per spelling and page, shared by every view that shows it (views are never changed once made):
  // at 10,000 meetings, 170,000 objects kept to the end of a build were 652.
  const links = new Map<string, Map<string | null, PersonLink>>();
  return {
    keyOf,
    linkOf(nick, meeting) {
      const key = keyOf(nick, meeting);
      const path = (key !== null && paths.get(key)) || null;
      let byPath = links.get(nick);
      if (!byPath) links.set(nick, (byPath = new Map()));
      let link = byPath.get(path);
      if (!link) byPath.set(path, (link = { nick, path }));
      return link;
    },
    nameOf: (key) => names.get(key) ?? key,
    aliasesOf(key) {
      const name = names.get(key);
      return [...(spellings.get(key)?.keys() ?? [])].filter((n) => n !== name).sort();
    },
    keys: () => sortedKeys,
  };
}

function findCaseless(aliases: Record<string, string>, lower: string): string | undefined {
  // for…in, not Object.entries: most meetings declare no alias, and this runs for every nick of every page.
  for (const alias in aliases) if (Object.hasOwn(aliases, alias) && alias.toLowerCase() === lower) return aliases[alias];
  return undefined;
}

/**
 * The spelling with the most lines, of those that are the key in some case (the nick, not a
 * variant of it: kohsuke, not kohsuke_) when there are any; ties go to the first in code-point
 * order, so builds agree.
 */
function mostUsed(spellings: Map<string, number>, key: string): string {
  let best = '';
  let bestLines = -1;
  let bestIsKey = false;
  for (const [nick, lines] of spellings) {
    const isKey = nick.length === key.length && nick.toLowerCase() === key;
    if (bestIsKey && !isKey) continue;
    if ((isKey && !bestIsKey) || lines > bestLines || (lines === bestLines && nick < best)) {
      bestIsKey = isKey;
      best = nick;
      bestLines = lines;
    }
  }
  return best;
}
