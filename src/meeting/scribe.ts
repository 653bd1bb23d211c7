// W3C's scribe conventions: minutes of a log that RRSAgent, Zakim or trackbot
// attended. W3C meetings have no #startmeeting; the whole channel log is the
// meeting, and whoever scribes types "Topic: …", "RESOLUTION: …",
// "ACTION: …" at the start of a line (what scribe.perl and scribejs turn
// into W3C minutes). One table, as MeetBot's commands have theirs
// (commands/index.ts): word (lowercased) → what it adds to the minutes.
// The scribe's other lines are the discussion ("ivan: we agree", "… and
// more"): 'said' items, under their topic, attributed to the speaker.
// docs/meetbot-compatibility.md says what is read and what is not.
import type { Diagnostic, Item, ItemKind, LogLine } from '../types.js';
import { diagnostic } from '../errors.js';

/** The bots of W3C's IRC, lower-cased: a log they speak in is scribed the W3C way (when it has no MeetBot meeting). */
export const SCRIBE_BOTS: readonly string[] = ['rrsagent', 'zakim', 'trackbot'];

/** "Topic: Pull requests", "RESOLVED: publish"; "present+ ivan" is not one (no colon). */
const SCRIBE_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*([\s\S]*)$/;
/** "present+" (the speaker), "present+ ivan, tallted": who attended, said or not. */
const PRESENT_PLUS = /^present\+(?:[ \t]+([\s\S]*))?$/i;
/** "regrets+" (the speaker), "regrets+ ivan": who sent regrets. */
const REGRETS_PLUS = /^regrets?\+(?:[ \t]+([\s\S]*))?$/i;
/** Zakim taking up an item of its agenda ("agendum 2 -- Pull requests -- taken up [from agendabot]"): a topic, as scribejs reads it. */
const AGENDUM = /^agendum[ \t]+\d+[ \t]+--[ \t]+(.+?)[ \t]+--[ \t]+taken up\b/i;
/** "scribe: ivan, tallted", "scribenick: ivan", "scribe+" (the speaker), "scribe- ivan": who scribes. */
const SCRIBE_SET = /^scribe(?:nick)?[ \t]*([:+=-])[ \t]*([\s\S]*)$/i;
/** "ivan: we agree", "ivan : we agree": the scribe's record of what ivan said. */
const SPEAKER = /^([\w.@-]+?)[ \t]{0,2}:(?!\/\/)[ \t]*([\s\S]*)$/;
/** Words before a colon that are no speaker (a URL, an identifier). */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'mailto', 'email', 'doi', 'did', 'data', 'urn', 'file']);
/** "... and more", "…: and more": the speaker goes on. */
const CONTINUED = /^(?:\.{2,}|…)[ \t]*:?[ \t]*([\s\S]*)$/;
/** Lines for Zakim's queue, the agenda and the bots, and the header lists: never the discussion. */
const NOT_DISCUSSION = /^(?:q[+?-]|\+q\b|qq\+|vq\?|ack\b|agenda[+?-]|(?:zakim|rrsagent|trackbot|github-bot)[ \t]*,|github topic\b|(?:present|regrets?|guests?|date)[ \t]*[:+=-])/i;

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
  /** Who scribed ("scribe: ivan", "scribe+"), as first named, each once (scribejs's nick key). */
  scribes: string[];
  /** Who sent regrets ("regrets+ ivan", "Regrets: ivan, tallted"), in the order first named, each once. */
  regrets: string[];
  /** Topics, resolutions, actions and the scribed discussion ('said') in line order; each item's topic is set later (finish.ts). */
  items: Item[];
  diagnostics: Diagnostic[];
}

interface Found {
  minutes: ScribeMinutes;
  line: LogLine;
  nick: string;
  /** The line's word, as the scribe wrote it ("PROPOSAL", "Proposed"). */
  word: string;
  arg: string;
}

type ScribeHandler = (found: Found) => void;

const item =
  (kind: ItemKind): ScribeHandler =>
  ({ minutes, line, nick, arg }) => {
    if (arg === '') return;
    minutes.items.push({ kind, text: arg, nick, time: line.time, line: line.line, topic: null });
  };

function proposal({ minutes, line, nick, word, arg }: Found): void {
  // In the scribe's word ("Proposal: …", "Proposed: …"), so a search for what the log says finds the item it made.
  const said = word[0].toUpperCase() + word.slice(1).toLowerCase();
  if (arg !== '') minutes.items.push({ kind: 'said', text: `${said}: ${arg}`, nick, time: line.time, line: line.line, topic: null });
}

/** Word of a scribe line (lowercased) → its handler. Lines with other words are talk. */
const SCRIBE_COMMANDS: Readonly<Record<string, ScribeHandler>> = {
  meeting: ({ minutes, arg }) => {
    if (arg !== '') minutes.title = arg;
  },
  chair: ({ minutes, arg }) => addNames(minutes.chairs, arg),
  chairs: ({ minutes, arg }) => addNames(minutes.chairs, arg),
  // Zakim's roll ("Present: ivan, tallted"), or a scribe's own list.
  present: ({ minutes, arg }) => addNames(minutes.present, arg, false),
  regrets: ({ minutes, arg }) => addNames(minutes.regrets, arg, false),
  regret: ({ minutes, arg }) => addNames(minutes.regrets, arg, false),
  topic: item('topic'),
  // Deviation from scribe.perl: a subtopic is a topic of its own (MeetBot's minutes have one level).
  subtopic: item('topic'),
  resolution: item('agreed'),
  resolved: item('agreed'),
  action: item('action'),
  summary: item('info'),
  // A resolution put to the group, whoever types it: what was proposed, said by them.
  proposed: proposal,
  proposal: proposal,
  propose: proposal,
  agenda: item('link'),
};

/** The scribe bot of the log: the first nick of W3C's bots that says something, or null. */
export function scribeBotOf(lines: readonly LogLine[]): string | null {
  for (const l of lines) if (l.kind === 'message' && l.nick !== null && SCRIBE_BOTS.includes(l.nick.toLowerCase())) return l.nick;
  return null;
}

/** The minutes the scribe lines of the log make. */
export function scribeMinutes(lines: readonly LogLine[], file: string, bot: string): ScribeMinutes {
  const minutes: ScribeMinutes = { bot, title: null, chairs: [], present: [], scribes: [], regrets: [], items: [], diagnostics: [] };
  const scribing = new Set<string>();
  // Who the scribe's last "nick: …" line gave the floor to: a "… more" line goes on with them.
  let speaker: string | null = null;
  for (const { line, nick, text } of corrected(lines)) {
    const plus = PRESENT_PLUS.exec(text);
    if (plus) addNames(minutes.present, plus[1]?.trim() || nick, false);
    const regrets = REGRETS_PLUS.exec(text);
    if (regrets) addNames(minutes.regrets, regrets[1]?.trim() || nick, false);
    const agendum = nick.toLowerCase() === 'zakim' ? AGENDUM.exec(text) : null;
    if (agendum) {
      minutes.items.push({ kind: 'topic', text: agendum[1], nick, time: line.time, line: line.line, topic: null });
      continue;
    }
    const set = SCRIBE_SET.exec(text);
    if (set) {
      setScribes(scribing, minutes.scribes, set[1], set[2].trim() || nick);
      continue;
    }
    const m = SCRIBE_LINE.exec(text);
    const word = m?.[1].toLowerCase();
    if (m && word !== undefined && Object.hasOwn(SCRIBE_COMMANDS, word)) {
      SCRIBE_COMMANDS[word]({ minutes, line, nick, word: m[1], arg: m[2].trim() });
      continue;
    }
    // present+ and regrets+ lines are among NOT_DISCUSSION's header lines.
    if (!scribing.has(canonicalNick(nick)) || NOT_DISCUSSION.test(text)) continue;
    const said = discussion(text, speaker);
    if (said.text === '') continue;
    speaker = said.speaker;
    minutes.items.push({ kind: 'said', text: said.text, nick: said.speaker ?? nick, time: line.time, line: line.line, topic: null });
  }
  minutes.diagnostics.push(
    diagnostic(file, 0, 'info', `no #startmeeting, but ${bot} took part: the whole log is one meeting, its minutes from W3C scribe lines (Topic:, RESOLUTION:, ACTION:…)`),
  );
  return minutes;
}

/**
 * A scribe's line of discussion: "ivan: text" gives ivan the floor, "… text"
 * goes on with whoever has it, anything else is the scribe's own note
 * (`speaker` null: attributed to the scribe, and nobody has the floor after it).
 */
function discussion(text: string, floor: string | null): { speaker: string | null; text: string } {
  const go = CONTINUED.exec(text);
  if (go) return { speaker: floor, text: go[1].trim() };
  const who = SPEAKER.exec(text);
  if (who && /[^\d.@-]/.test(who[1]) && !NOT_SPEAKERS.has(who[1].toLowerCase())) return { speaker: who[1], text: who[2].trim() };
  return { speaker: null, text: text.trim() };
}

/** scribejs's nick key: lower case, no leading "@", no "_" at either end (pauld_gs1_ is pauld_gs1). */
export function canonicalNick(nick: string): string {
  return nick.toLowerCase().replace(/^@/, '').replace(/^_+|_+$/g, '');
}

/**
 * "scribe: a, b" and "scribe= a" name the scribes anew, "scribe+ a" adds,
 * "scribe- a" removes (scribejs's keys); `names` defaults to the speaker.
 * Everyone who scribed at some point goes on `named`, once.
 */
function setScribes(scribing: Set<string>, named: string[], op: string, names: string): void {
  if (op === ':' || op === '=') scribing.clear();
  for (const part of names.split(',')) {
    const name = part.trim();
    const key = canonicalNick(name);
    if (key === '') continue;
    if (op === '-') {
      scribing.delete(key);
      continue;
    }
    scribing.add(key);
    if (!named.some((n) => canonicalNick(n) === key)) named.push(name);
  }
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
