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

/**
 * Attendees named as whole words in an action's text, case-insensitively.
 * Deviation: MeetBot uses \b on both sides, which never matches nicks that
 * start or end with a non-word character ("foo|away", "[x]"); we require only
 * that no word character touches the nick, which is the same for ordinary nicks.
 */
function namedAsWord(nick: string): (text: string) => boolean {
  const re = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(nick)}(?![A-Za-z0-9_])`, 'i');
  return (text) => re.test(text);
}

/**
 * MeetBot's 2009 code, which Jenkins' robobutler runs, looks for the nick as
 * written anywhere in the text: "Kohsuke to …" is not kohsuke's, "bobby" is bob's.
 */
function namedAnywhere(nick: string): (text: string) => boolean {
  return (text) => text.includes(nick);
}

/** Sets `assignees` on every action: the attendees its text names, as the fork's MeetBot matches them. */
export function assign(items: Item[], attendees: Iterable<string>, fork: Fork = 'upstream'): void {
  const named = fork === 'debian' ? namedAnywhere : namedAsWord;
  const matchers = [...attendees]
    .filter((n) => n !== '')
    .sort(compareNicks)
    .map((nick) => ({ nick, test: named(nick) }));
  for (const item of items) {
    if (item.kind !== 'action') continue;
    item.assignees = matchers.filter((m) => m.test(item.text)).map((m) => m.nick);
  }
}
