// Turns an interpreter state (or a file with no meeting) into the Meeting
// data: topics, items under their topics, assignees, people, times, id.
import type { Diagnostic, Item, ItemKind, LogLine, Meeting, Topic } from '../types.js';
import type { FrontMatter } from '../frontmatter.js';
import { diagnostic } from '../errors.js';
import type { Fork, MeetingState } from './state.js';
import { aliasNames, assign, peopleOf } from './people.js';
import { meetingId, safeSeries, seriesFromPath } from './naming.js';
import { canonicalNick, type ScribeMinutes } from './scribe.js';
import { commandOf, isCommand } from './commands/index.js';

export interface MeetingContext {
  /** Path as given, for diagnostics and `source.file`. */
  file: string;
  /** Path relative to the logs folder, for the default series. */
  relPath: string;
  format: string;
  /** ISO start to use when no line of the meeting has a time. */
  fallbackStart: string;
  /** The log gives no date: its times are on 1970-01-01 (Meeting.undated). */
  undated?: boolean;
  meta: FrontMatter;
  /** The settings' `aliases` (canonical → its other nicks): an action naming one is its person's attendee's (aliasNames). */
  settingsAliases?: Readonly<Record<string, readonly string[]>>;
  /** The MeetBot the file says wrote it (HCoop Meetbot's log page), where no bot reply in it tells. */
  fork?: Fork;
}

interface Span {
  /** Index of the meeting's first line in the file's lines (preamble included). */
  from: number;
  startIndex: number;
  endIndex: number | null;
  /** One past the last line. */
  to: number;
}

export function finishMeeting(ctx: MeetingContext & { lines: LogLine[] }, state: MeetingState, span: Span): Meeting {
  const last = span.endIndex ?? span.to - 1;
  const lines = new Array<LogLine>(span.to - span.from);
  for (let index = span.from; index < span.to; index++) {
    const l = ctx.lines[index];
    lines[index - span.from] = index < span.startIndex || index > last ? outsideLine(l) : l;
  }
  const diagnostics: Diagnostic[] = [...state.diagnostics];
  const timed = state.startLine.time ?? firstTime(ctx.lines, span.startIndex, last + 1);
  const start = timed ?? ctx.fallbackStart;
  let end: string;
  if (state.endLine) end = state.endLine.time ?? lastTime(ctx.lines, span.startIndex, last + 1) ?? start;
  else {
    end = lastTime(ctx.lines, span.startIndex, last + 1) ?? start;
    diagnostics.push(
      diagnostic(ctx.file, state.startLine.line, 'warning', 'meeting never ended (no #endmeeting); it ends at its last line'),
    );
  }
  if (end < start) {
    // Clocks that run backwards (a reordered line, a date line earlier than the file name's date).
    diagnostics.push(diagnostic(ctx.file, state.endLine?.line ?? state.startLine.line, 'warning', `meeting would end (${end}) before it starts (${start}); its end is set to its start`));
    end = start;
  }
  if (state.vote) {
    diagnostics.push(diagnostic(ctx.file, state.startLine.line, 'info', `vote "${state.vote.question}" was never ended with #endvote`));
  }
  if (state.motion) {
    diagnostics.push(diagnostic(ctx.file, state.startLine.line, 'info', `motion "${state.motion.text}" was never closed (#close, #accepted, #failed or #inconclusive)`));
  }
  withTheirMessages(state.items, ctx.lines, state.fork);
  const { topics, items } = underTopics(state.items);
  // A nick changed to in the meeting is its person's, as #here's aliases name a nick's person; front matter's win.
  const aliases = withAliases(nickChanges(ctx.lines, span.startIndex, last), ownAliases(state, diagnostics, ctx.file), ctx.meta.aliases);
  assign(items, state.attendees, state.fork, aliasNames(state.attendees.keys(), withSettings(aliases, ctx.settingsAliases)));
  const series = safeSeries(ctx.meta.series ?? state.meetingName ?? seriesFromPath(ctx.relPath));
  return {
    id: meetingId(series, start, ctx.undated),
    series,
    title: ctx.meta.title ?? state.meetingTopic ?? series,
    start,
    end,
    ended: state.endLine !== null,
    ...(ctx.undated ? { undated: true as const } : {}),
    ...(timed === null ? { untimed: true as const } : {}),
    owner: state.owner,
    bot: state.bot,
    source: sourceOf(ctx, lines),
    chairs: [state.owner, ...state.chairs.filter((c) => c !== state.owner).sort()],
    people: peopleOf(state.attendees),
    topics,
    items,
    lines,
    tags: ctx.meta.tags,
    aliases,
    diagnostics,
  };
}

/** The meeting's aliases: nick changes, then #here's, then front matter's, each later one winning; the front matter's own object when there are no others. */
function withAliases(changes: Map<string, string>, here: Map<string, string>, declared: Record<string, string>): Record<string, string> {
  if (changes.size === 0 && here.size === 0) return declared;
  return { ...Object.fromEntries(changes), ...Object.fromEntries(here), ...declared };
}

/** The settings' aliases (canonical → its other nicks) as alias → canonical, under the meeting's own, which win. */
function withSettings(aliases: Readonly<Record<string, string>>, settings: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string> {
  if (!settings) return aliases;
  const all: Record<string, string> = {};
  for (const [canonical, others] of Object.entries(settings)) for (const alias of others) all[alias] = canonical;
  return Object.assign(all, aliases);
}

/**
 * The nicks people changed to during the meeting ("alice is now known as alice_work"), each to the nick they
 * came in with: one person, one page. Not a nick someone else said something under before the change (two
 * people, one nick after the other), nor a change back.
 */
function nickChanges(lines: readonly LogLine[], from: number, last: number): Map<string, string> {
  const changes = new Map<string, string>();
  const spoke = new Set<string>();
  for (let i = from; i <= last && i < lines.length; i++) {
    const l = lines[i];
    if (l.nick === null) continue;
    if (l.kind !== 'nick') {
      if (l.kind === 'message' || l.kind === 'action') spoke.add(l.nick.toLowerCase());
      continue;
    }
    if (!l.newNick) continue;
    const first = changes.get(l.nick) ?? l.nick;
    if (l.newNick.toLowerCase() === first.toLowerCase() || spoke.has(l.newNick.toLowerCase())) continue;
    changes.set(l.newNick, first);
  }
  return changes;
}

/**
 * #here's aliases, less those that are another attendee's nick ("#here bob" said by alice): an alias
 * names a person across meetings (Meeting.aliases), and two people must not become one. Said in an info.
 */
function ownAliases(state: MeetingState, diagnostics: Diagnostic[], file: string): Map<string, string> {
  if (state.aliases.size === 0) return state.aliases;
  const others = new Map([...state.attendees.keys()].map((n) => [n.toLowerCase(), n]));
  const own = new Map<string, string>();
  for (const [nick, alias] of state.aliases) {
    const other = others.get(alias.toLowerCase());
    if (other === undefined || other === nick) own.set(nick, alias);
    else diagnostics.push(diagnostic(file, state.startLine.line, 'info', `#here ${alias} from ${nick}: ${other} is another attendee's nick; not taken as ${nick}'s alias`));
  }
  return own;
}

/** A copy marked as outside the meeting. Written out, not spread: a spread object keeps some fields in a separate array. */
export function outsideLine(l: LogLine): LogLine {
  if (l.newNick !== undefined) return { line: l.line, time: l.time, nick: l.nick, kind: l.kind, text: l.text, newNick: l.newNick, outside: true };
  if (l.via !== undefined) return l.continues ? { line: l.line, time: l.time, nick: l.nick, kind: l.kind, text: l.text, continues: true, via: l.via, outside: true } : { line: l.line, time: l.time, nick: l.nick, kind: l.kind, text: l.text, via: l.via, outside: true };
  if (l.continues) return { line: l.line, time: l.time, nick: l.nick, kind: l.kind, text: l.text, continues: true, outside: true };
  return { line: l.line, time: l.time, nick: l.nick, kind: l.kind, text: l.text, outside: true };
}

/** Items whose text a chat message's further lines go on (a topic's title stays one line; a vote is its own). */
const GOES_ON: ReadonlySet<ItemKind> = new Set<ItemKind>(['action', 'info', 'idea', 'help', 'link', 'agreed', 'accepted', 'rejected']);

/**
 * A chat export's message of several lines ("#agreed we will:" then "- do X", "- do Y") is one
 * item: the lines after its command that go on with the same message, and are no command of
 * their own (of the fork's table: "#2 do Y" goes on), join its text, each on a line. In an IRC
 * log every line is its own, as MeetBot has it.
 */
function withTheirMessages(items: Item[], lines: readonly LogLine[], fork: Fork): void {
  const first = lines[0]?.line ?? 0;
  for (const item of items) {
    if (!GOES_ON.has(item.kind)) continue;
    const at = item.line - first;
    const from = lines[at];
    if (!from || from.line !== item.line) continue;
    let text = item.text;
    for (let k = at + 1; k < lines.length && lines[k].continues && lines[k].nick === from.nick && !isCommand(fork, lines[k].text); k++) text += `\n${lines[k].text}`;
    item.text = text;
  }
}

/**
 * A log with no #startmeeting: kept whole, with its people; no minutes, or
 * those a W3C scribe wrote into it (scribe.ts).
 */
export function logOnlyMeeting(ctx: MeetingContext & { lines: LogLine[] }, fileDiagnostics: Diagnostic[], scribed: ScribeMinutes | null = null): Meeting {
  const { lines } = ctx;
  const attendees = new Map<string, number>();
  for (const l of lines) {
    if ((l.kind === 'message' || l.kind === 'action') && l.nick !== null) attendees.set(l.nick, (attendees.get(l.nick) ?? 0) + 1);
  }
  // Exports are not always in time order (botbot pages run backwards): take the extremes.
  let first: string | null = null;
  let last: string | null = null;
  for (const { time } of lines) {
    if (time === null) continue;
    if (first === null || time < first) first = time;
    if (last === null || time > last) last = time;
  }
  if (scribed) {
    // Those present who said nothing: 0 lines, as MeetBot's #chair and #nick add them; a name that is a nick in
    // another case, or with its spaces ("Wendy Reid", nick wendyreid), is that nick.
    const key = (name: string) => name.toLowerCase().replace(/\s+/g, '');
    const known = new Set([...attendees.keys()].map(key));
    for (const name of scribed.present) {
      if (known.has(key(name))) continue;
      known.add(key(name));
      attendees.set(name, 0);
    }
  }
  const start = first ?? ctx.fallbackStart;
  const series = safeSeries(ctx.meta.series ?? seriesFromPath(ctx.relPath));
  const { topics, items } = underTopics(scribed?.items ?? []);
  assign(items, attendees, 'upstream', aliasNames(attendees.keys(), withSettings(ctx.meta.aliases, ctx.settingsAliases)));
  const asNick = attendeeNicks(attendees.keys());
  if (scribed) for (const item of items) if (item.kind === 'said') item.nick = asNick(item.nick);
  return {
    id: meetingId(series, start, ctx.undated),
    series,
    title: ctx.meta.title ?? scribed?.title ?? series,
    start,
    end: last ?? start,
    ended: true,
    ...(ctx.undated ? { undated: true as const } : {}),
    ...(first === null ? { untimed: true as const } : {}),
    owner: null,
    bot: scribed?.bot ?? null,
    source: sourceOf(ctx, lines),
    chairs: scribed?.chairs.map(asNick) ?? [],
    people: peopleOf(attendees),
    topics,
    items,
    lines,
    ...(scribed?.scribes.length ? { scribes: scribed.scribes.map(asNick) } : {}),
    ...(scribed?.regrets.length ? { regrets: scribed.regrets } : {}),
    tags: ctx.meta.tags,
    aliases: ctx.meta.aliases,
    diagnostics: fileDiagnostics.concat(scribed?.diagnostics ?? withoutStart(ctx, lines)),
  };
}

/**
 * What a log with no #startmeeting is told: an info, as most channel logs
 * have none; a warning at the first command if it has some (an #endmeeting,
 * a #topic: the start was lost, or is in another file), since none of them
 * is obeyed.
 */
function withoutStart(ctx: MeetingContext, lines: readonly LogLine[]): Diagnostic[] {
  const fork = ctx.fork ?? 'upstream';
  const commands = lines.filter((l) => l.kind === 'message' && l.via === undefined && isCommand(fork, l.text));
  if (!commands.length) return [diagnostic(ctx.file, 0, 'info', 'no #startmeeting: the whole log is kept as one meeting without minutes')];
  const first = commands[0];
  const word = `#${commandOf(fork, first.text)!.word}`;
  const more = commands.length > 1 ? ` and ${commands.length - 1} more command${commands.length > 2 ? 's' : ''}` : '';
  return [diagnostic(ctx.file, first.line, 'warning', `${word}${more} with no #startmeeting before: not obeyed; the whole log is kept as one meeting without minutes (was its start cut off, or is it in another file?)`)];
}

/**
 * A name a scribe typed ("Ivan: …", "scribenick: pauld_gs1", "Chair: Wendy Reid") that is an attendee's under
 * scribejs's nick key, or is one without its spaces (nick wendyreid), is that attendee's nick.
 */
function attendeeNicks(attendees: Iterable<string>): (name: string) => string {
  const exact = new Set(attendees);
  const nickOf = new Map<string, string>();
  for (const nick of exact) if (!nickOf.has(canonicalNick(nick))) nickOf.set(canonicalNick(nick), nick);
  return (name) => (exact.has(name) ? name : (nickOf.get(canonicalNick(name)) ?? nickOf.get(canonicalNick(name).replace(/\s+/g, '')) ?? name));
}

/** Topics are items too (so #undo can pop them); here each other item learns its topic. */
function underTopics(all: Item[]): { topics: Topic[]; items: Item[] } {
  const topics: Topic[] = [];
  const items = all.map((item) => {
    if (item.kind === 'topic') {
      topics.push({ title: item.text, nick: item.nick, time: item.time, line: item.line });
      return { ...item, topic: topics.length - 1 };
    }
    return { ...item, topic: topics.length ? topics.length - 1 : null };
  });
  return { topics, items };
}

function sourceOf(ctx: MeetingContext, lines: LogLine[]) {
  return {
    file: ctx.file,
    firstLine: lines.length ? lines[0].line : 0,
    lastLine: lines.length ? lines[lines.length - 1].line : 0,
    format: ctx.format,
  };
}

function firstTime(lines: LogLine[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (lines[i].time) return lines[i].time;
  return null;
}

function lastTime(lines: LogLine[], from: number, to: number): string | null {
  for (let i = to - 1; i >= from; i--) if (lines[i].time) return lines[i].time;
  return null;
}
