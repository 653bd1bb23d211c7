// What a log page needs beyond the lines themselves: which lines carry links,
// which are MeetBot commands, which made an item in the minutes, and a stable
// colour per nick. Notes are sparse: most lines need none.
import type { Meeting } from '../types.js';
import { COMMAND_WORDS } from '../meeting/commands/index.js';
import type { ItemView, LineNote, LogView } from './site-view.js';
import { hasLink, linkParts } from './text.js';
import { logPath } from './paths.js';
import type { Clock } from './clock.js';

const COMMAND = new RegExp(`^#(?:startmeeting|${COMMAND_WORDS.join('|')})(?![\\w])`, 'i');
export const NICK_COLOURS = 12;

/** The same nick gets the same colour on every page: FNV-1a of the lowercased nick. */
export function nickColour(nick: string): number {
  let h = 0x811c9dc5;
  const s = nick.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // `| 0`: the remainder of a number past 2³¹ is a double, which an object keeps boxed; an integer it does not.
  return ((h >>> 0) % NICK_COLOURS) | 0;
}

export function logView(m: Meeting, items: Pick<ItemView, 'id' | 'line' | 'label'>[], pageTitle: string, clock: Clock): LogView {
  const notes: Record<number, LineNote> = {};
  const colours: Record<string, number> = {};
  const note = (line: number): LineNote => (notes[line] ??= {});
  let firstInside = m.source.firstLine;
  let lastInside = m.source.lastLine;
  let seenInside = false;
  for (const l of m.lines) {
    if (l.nick !== null && !(l.nick in colours)) colours[l.nick] = nickColour(l.nick);
    if (l.newNick !== undefined && !(l.newNick in colours)) colours[l.newNick] = nickColour(l.newNick);
    if (!l.outside) {
      if (!seenInside) firstInside = l.line;
      seenInside = true;
      lastInside = l.line;
    }
    if (l.kind === 'other' || l.text === '') continue;
    const parts = linkParts(l.text);
    if (hasLink(parts)) note(l.line).parts = parts;
    if (l.kind === 'message' && l.text.charCodeAt(0) === 35 /* # */ && COMMAND.test(l.text) && !l.outside) note(l.line).command = true;
  }
  for (const item of items) {
    const n = note(item.line);
    n.item = item.id;
    n.label = item.label;
  }
  for (const t of m.topics) note(t.line).topic = t.title.trim() || '(untitled topic)';
  const view: LogView = { path: logPath(m.id), pageTitle, lines: m.lines, notes, colours, firstInside, lastInside };
  // In UTC the template cuts the time out of each line's ISO stamp; elsewhere it is converted here, once.
  if (clock.zone !== 'UTC') view.stamps = m.lines.map((l) => clock.second(l.time));
  return view;
}
