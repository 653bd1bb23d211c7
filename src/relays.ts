// Relay bots: a bridge that posts into the channel what people say on another
// network or service, each line headed by their name: "<meeting-bot> [anonimal]
// hi" (Monero's bridge from I2P IRC), "<iRelay> <str4d@freenode> hi", "<Slack>
// <nanoakron> hi", "<i2pr> [Slack/str4d] hi", and their /me as "* anonimal
// checks". Read as written, every such line is the bot's: the people page of
// anonimal holds nothing of what anonimal said, and the bot is the meeting's
// busiest attendee. This stage gives each relayed line to the person it names
// (`via` keeps the bot's nick) and says so once per bot. Pure: lines in,
// lines out. Found by shape, per file: half or more of a nick's messages
// headed by a name, in several runs between other people's lines (a person
// pasting a bit of log is one run), and either several names, a bridge's
// name or network, or a relayed /me of the one name (a single "[minutebook]
// alice pushed 2 commits", GitHub's, is not a relay). The settings' `relays`
// name a relay the shape misses, or refuse one it takes.
import type { Diagnostic, LogLine } from './types.js';
import { diagnostic } from './errors.js';
import { bareNick, namesNoOne } from './lines/shared.js';

/** "<name> text" or "[name] text": the name a relay heads a line with. */
const HEADED = /^(?:<([^\s<>]{1,64})>|\[([^\s[\]]{1,64})\]) (.*)$/s;
/** "* name text": a relayed /me, taken when the name is one the bot relays. */
const HEADED_ACTION = /^\* ([^\s*]{1,64}) (.*)$/s;
/** A name that is a tag ("[REDDIT] …" from a feed bot), not a person: letters, all capitals. */
const TAG = /^[A-Z]{3,}$/;
/** A bot whose nick says it bridges, or whose names carry a network ("str4d@freenode", "Slack/str4d"): one name is enough. */
const BRIDGE_NICK = /bridge|relay|slack|discord|matrix|telegram|gitter|xmpp|jabber|irc/i;
const NETWORK = /^[^/]+\/.|.@[^@]+$/;
/** Runs of headed messages (between other people's messages) a nick needs, and the share of its messages they must be, to be a relay. */
const MIN_RUNS = 3;
const MIN_SHARE = 0.5;

/** The person a headed line names: null for a tag or a name with nothing to show (then the line stays the bot's). */
function headedPerson(name: string): string | null {
  if (TAG.test(name)) return null;
  const person = relayedSpeaker(name);
  return namesNoOne(person) ? null : person;
}

/** The person a relay names: without a mode prefix, the network before "/" or after "@". */
export function relayedSpeaker(name: string): string {
  const bare = bareNick(name);
  const person = bare.replace(/^[^/]+\/(?=.)/, '').replace(/(?<=.)@[^@]+$/, '');
  return person || bare || name;
}

interface Candidate {
  messages: number;
  headed: number;
  runs: number;
  names: Set<string>;
  /** Names of its "* name text" lines. */
  actors: Set<string>;
  networked: boolean;
}

/**
 * Lines with each relayed line given to the person it names; the bots found, with an info each.
 * `declared` (the settings' `relays`, nicks in any case): true makes a nick a relay whatever the
 * shape of its lines, false never one.
 */
export function attributeRelays(lines: LogLine[], file: string, declared?: Readonly<Record<string, boolean>>): { lines: LogLine[]; diagnostics: Diagnostic[] } {
  const relays = findRelays(lines, declared && Object.keys(declared).length ? new Map(Object.entries(declared).map(([n, r]) => [n.toLowerCase(), r])) : null);
  if (relays.size === 0) return { lines, diagnostics: [] };
  const said = new Map<string, { lines: number; first: number; people: Set<string> }>();
  const out = lines.map((l) => {
    const names = l.kind === 'message' && l.nick !== null && l.via === undefined ? relays.get(l.nick) : undefined;
    if (!names) return l;
    const relayed = relay(l, names);
    if (relayed !== l) {
      let s = said.get(l.nick!);
      if (!s) said.set(l.nick!, (s = { lines: 0, first: l.line, people: new Set() }));
      s.lines++;
      s.people.add(relayed.nick!);
    }
    return relayed;
  });
  const diagnostics = [...said].map(([bot, { lines: n, first, people }]) => {
    const shown = [...people].slice(0, 3).map((p) => JSON.stringify(p));
    const whom = people.size > 3 ? `${shown.join(', ')} and ${people.size - 3} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
    return diagnostic(file, first, 'info', `${bot} relays what people say elsewhere: its ${n} relayed line${n === 1 ? ' is' : 's are'} given to ${whom}, who said ${n === 1 ? 'it' : 'them'}`);
  });
  return { lines: out, diagnostics };
}

/** The line as its speaker's, or the line itself when it is the bot's own. */
function relay(l: LogLine, names: ReadonlySet<string>): LogLine {
  const m = HEADED.exec(l.text);
  const person = m ? headedPerson(m[1] ?? m[2]) : null;
  if (m && person !== null) return relayed(l, person, 'message', m[3]);
  const a = HEADED_ACTION.exec(l.text);
  const actor = a ? relayedSpeaker(a[1]) : null;
  if (a && actor !== null && names.has(actor)) return relayed(l, actor, 'action', a[2]);
  return l;
}

function relayed(l: LogLine, nick: string, kind: 'message' | 'action', text: string): LogLine {
  return l.continues
    ? { line: l.line, time: l.time, nick, kind, text, continues: true, via: l.nick! }
    : { line: l.line, time: l.time, nick, kind, text, via: l.nick! };
}

/** A message that opens as a headed one does ("<", "["): the one look most lines get. */
function mayBeHeaded(l: LogLine): boolean {
  const c = l.text.charCodeAt(0);
  return (c === 60 /* < */ || c === 91) /* [ */ && l.kind === 'message';
}

/** Relay bot → the people it names. `declared`: lowercased nick → relay or not, from the settings. */
function findRelays(lines: readonly LogLine[], declared: ReadonlyMap<string, boolean> | null): Map<string, Set<string>> {
  // Most logs have no line that opens as a relayed one does: one look at each line's first character.
  let opening = declared ? MIN_RUNS : 0;
  for (let i = 0; i < lines.length && opening < MIN_RUNS; i++) if (mayBeHeaded(lines[i])) opening++;
  if (opening < MIN_RUNS) return new Map();
  const by = new Map<string, Candidate>();
  /** The nick of the last message, when it was a headed one. */
  let lastHeaded: string | null = null;
  for (const l of lines) {
    if ((l.kind !== 'message' && l.kind !== 'action') || l.nick === null) continue;
    let c = by.get(l.nick);
    if (!c) by.set(l.nick, (c = { messages: 0, headed: 0, runs: 0, names: new Set(), actors: new Set(), networked: false }));
    c.messages++;
    const m = mayBeHeaded(l) ? HEADED.exec(l.text) : null;
    const name = m ? (m[1] ?? m[2]) : null;
    const headed = name !== null && !TAG.test(name);
    const run = lastHeaded === l.nick;
    lastHeaded = headed ? l.nick : null;
    if (!headed) {
      const a = l.kind === 'message' && l.text.charCodeAt(0) === 42 /* * */ ? HEADED_ACTION.exec(l.text) : null;
      if (a) c.actors.add(relayedSpeaker(a[1]));
      continue;
    }
    c.headed++;
    if (!run) c.runs++;
    // A name that shows nothing still heads the line as a relay does; its lines stay the bot's (relay()).
    const person = headedPerson(name);
    if (person !== null) c.names.add(person);
    c.networked ||= NETWORK.test(name);
  }
  const relays = new Map<string, Set<string>>();
  for (const [nick, c] of by) {
    const said = declared?.get(nick.toLowerCase());
    if (said === false || c.headed === 0) continue;
    if (said === true) {
      relays.set(nick, c.names);
      continue;
    }
    if (c.runs < MIN_RUNS || c.headed < MIN_SHARE * c.messages || c.names.has(nick)) continue;
    if (c.names.size >= 2 || c.networked || BRIDGE_NICK.test(nick) || [...c.actors].some((a) => c.names.has(a))) relays.set(nick, c.names);
  }
  return relays;
}
