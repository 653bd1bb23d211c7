// W3C's scribe conventions: minutes of a log that RRSAgent, Zakim or trackbot
// attended. W3C meetings have no #startmeeting; the whole channel log is the
// meeting, and whoever scribes types "Topic: …", "RESOLUTION: …",
// "ACTION: …" at the start of a line (what scribe.perl and scribejs turn
// into W3C minutes). One table, as MeetBot's commands have theirs
// (commands/index.ts): word (lowercased) → what it adds to the minutes.
// docs/meetbot-compatibility.md says what is read and what is not.
import type { Diagnostic, Item, ItemKind, LogLine } from '../types.js';
import { diagnostic } from '../errors.js';

/** The bots of W3C's IRC, lower-cased: a log they speak in is scribed the W3C way (when it has no MeetBot meeting). */
export const SCRIBE_BOTS: readonly string[] = ['rrsagent', 'zakim', 'trackbot'];

/** "Topic: Pull requests", "RESOLVED: publish"; "present+ ivan" is not one (no colon). */
const SCRIBE_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*([\s\S]*)$/;
/** "present+" (the speaker), "present+ ivan, tallted": who attended, said or not. */
const PRESENT_PLUS = /^present\+(?:[ \t]+([\s\S]*))?$/i;
/** scribe.perl's corrections: "s/old/new/", "s|old|new|", "s/old/new/g" (every line before), "i/old/new/" (a line inserted before). */
const CORRECTION = /^([si])([/|])(.+?)\2(.*?)(?:\2(g?))?[ \t]*$/;

export interface ScribeMinutes {
  /** The bot that took part (RRSAgent, Zakim, trackbot), as the log spells it. */
  bot: string;
  /** From the last "Meeting:" line. */
  title: string | null;
  /** From "Chair:" lines, in the order given, each once. */
  chairs: string[];
  /** Who "present+" (or Zakim's "Present:") lists, in the order first named, each once. */
  present: string[];
  /** Topics, resolutions, actions… in line order; each item's topic is set later (finish.ts). */
  items: Item[];
  diagnostics: Diagnostic[];
}

interface Found {
  minutes: ScribeMinutes;
  line: LogLine;
  nick: string;
  arg: string;
}

type ScribeHandler = (found: Found) => void;

const item =
  (kind: ItemKind): ScribeHandler =>
  ({ minutes, line, nick, arg }) => {
    if (arg === '') return;
    minutes.items.push({ kind, text: arg, nick, time: line.time, line: line.line, topic: null });
  };

/** Word of a scribe line (lowercased) → its handler. Lines with other words are talk. */
const SCRIBE_COMMANDS: Readonly<Record<string, ScribeHandler>> = {
  meeting: ({ minutes, arg }) => {
    if (arg !== '') minutes.title = arg;
  },
  chair: ({ minutes, arg }) => addNames(minutes.chairs, arg),
  chairs: ({ minutes, arg }) => addNames(minutes.chairs, arg),
  // Zakim's roll ("Present: ivan, tallted"), or a scribe's own list.
  present: ({ minutes, arg }) => addNames(minutes.present, arg, false),
  topic: item('topic'),
  // Deviation from scribe.perl: a subtopic is a topic of its own (MeetBot's minutes have one level).
  subtopic: item('topic'),
  resolution: item('agreed'),
  resolved: item('agreed'),
  action: item('action'),
  summary: item('info'),
  agenda: item('link'),
};

/** The scribe bot of the log: the first nick of W3C's bots that says something, or null. */
export function scribeBotOf(lines: readonly LogLine[]): string | null {
  for (const l of lines) if (l.kind === 'message' && l.nick !== null && SCRIBE_BOTS.includes(l.nick.toLowerCase())) return l.nick;
  return null;
}

/** The minutes the scribe lines of the log make. */
export function scribeMinutes(lines: readonly LogLine[], file: string, bot: string): ScribeMinutes {
  const minutes: ScribeMinutes = { bot, title: null, chairs: [], present: [], items: [], diagnostics: [] };
  for (const { line, nick, text } of corrected(lines)) {
    const plus = PRESENT_PLUS.exec(text);
    if (plus) addNames(minutes.present, plus[1]?.trim() || nick, false);
    const m = SCRIBE_LINE.exec(text);
    if (!m) continue;
    const word = m[1].toLowerCase();
    if (!Object.hasOwn(SCRIBE_COMMANDS, word)) continue;
    SCRIBE_COMMANDS[word]({ minutes, line, nick, arg: m[2].trim() });
  }
  minutes.diagnostics.push(
    diagnostic(file, 0, 'info', `no #startmeeting, but ${bot} took part: the whole log is one meeting, its minutes from W3C scribe lines (Topic:, RESOLUTION:, ACTION:…)`),
  );
  return minutes;
}

interface Said {
  line: LogLine;
  nick: string;
  /** The line's text as corrected by the lines after it. */
  text: string;
}

/**
 * The messages of the log as the minutes read them: each with the scribe's
 * corrections applied (scribe.perl's rules: "s/old/new/" to the latest line
 * before it that holds "old", with "g" to every line before it; "i/old/new/"
 * inserts "new", said by the corrector, before the latest line that holds
 * "old"), the corrections themselves left out. The log keeps every line as typed.
 */
function corrected(lines: readonly LogLine[]): Said[] {
  const said: Said[] = [];
  for (const line of lines) {
    if (line.kind !== 'message' || line.nick === null) continue;
    const c = CORRECTION.exec(line.text);
    if (!c) {
      said.push({ line, nick: line.nick, text: line.text });
      continue;
    }
    const [, op, , old, replacement, global] = c;
    if (op === 's' && global) {
      for (const s of said) s.text = s.text.split(old).join(replacement);
      continue;
    }
    let k = said.length - 1;
    while (k >= 0 && !said[k].text.includes(old)) k--;
    if (k < 0) continue; // nothing to correct: the line stays out of the minutes, as in scribe.perl
    if (op === 's') said[k].text = said[k].text.replace(old, () => replacement);
    else said.splice(k, 0, { line: said[k].line, nick: line.nick, text: replacement });
  }
  return said;
}

/** The comma-separated names into the list, each once; with `spaces` false, not a name with a space (an attendee is a nick, not a sentence). */
function addNames(list: string[], arg: string, spaces = true): void {
  for (const part of arg.split(/[,;]/)) {
    const name = part.trim();
    if (name !== '' && (spaces || !/\s/.test(name)) && !list.includes(name)) list.push(name);
  }
}
