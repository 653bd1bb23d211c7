// The interpreter's state for one running meeting, and the small operations
// command handlers perform on it.
import type { Diagnostic, Item, ItemKind, LogLine } from '../types.js';
import { diagnostic } from '../errors.js';
import { variantKey } from './people.js';

/**
 * Which MeetBot lineage answered: decides the few rules that differ.
 * - openstack: OpenStack's fork (votes, names from #startmeeting, 60-minute #endmeeting grace);
 * - debian: MeetBot's 2009 code (the Debian/Jenkins lineage), as Jenkins' robobutler runs it:
 *   action items go to nicks found case-sensitively anywhere in the text;
 * - hcoop: HCoop Meetbot (hcoop-meetbot, a Python 3 rewrite for Limnoria): #here with an alias,
 *   motions (#motion, #vote +1/-1, #close; #accepted, #failed, #inconclusive) instead of #agreed;
 * - upstream: everything else, Darst's 0.1.4.
 */
export type Fork = 'openstack' | 'debian' | 'hcoop' | 'upstream';

/** An HCoop Meetbot motion being voted on: every #vote counts, as HCoop Meetbot counts them. */
export interface Motion {
  text: string;
  inFavor: string[];
  opposed: string[];
}

export interface Vote {
  question: string;
  options: string[];
  /** voter → option as the chair spelled it */
  ballots: Map<string, string>;
}

export interface MeetingState {
  file: string;
  fork: Fork;
  bot: string | null;
  owner: string;
  /** Chairs in the order they were added, owner first. */
  chairs: string[];
  /** Minutes items in order; topics are items too, so #undo can pop them. */
  items: Item[];
  startLine: LogLine;
  endLine: LogLine | null;
  /** Page-title topic: #startmeeting text or #meetingtopic. */
  meetingTopic: string | null;
  /** From #meetingname (or #startmeeting on OpenStack), already sanitized. */
  meetingName: string | null;
  /** Lines said per nick, in first-seen order; #chair and #nick add 0. */
  attendees: Map<string, number>;
  vote: Vote | null;
  /** HCoop Meetbot's open motion. */
  motion: Motion | null;
  /** HCoop Meetbot's #here aliases: nick → the name they gave (actions naming it are theirs). */
  aliases: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface CommandContext {
  state: MeetingState;
  line: LogLine;
  /** Speaker of the command. */
  nick: string;
  /** The command word as typed, lowercased. */
  word: string;
  /** Everything after the word and the spaces or tabs that follow it. */
  arg: string;
}

export interface CommandHandler {
  /** Only the owner or a #chair may use it; others are ignored with an info diagnostic. */
  chairOnly: boolean;
  run(ctx: CommandContext): void;
}

export function addItem(ctx: CommandContext, kind: ItemKind, text: string, extra: Partial<Item> = {}): void {
  ctx.state.items.push({
    kind,
    text,
    nick: ctx.nick,
    time: ctx.line.time,
    line: ctx.line.line,
    topic: null,
    ...extra,
  });
}

export function addAttendee(state: MeetingState, nick: string): void {
  if (!state.attendees.has(nick)) state.attendees.set(nick, 0);
}

export function isChair(state: MeetingState, nick: string): boolean {
  return nick === state.owner || state.chairs.includes(nick);
}

/**
 * "#agreed from X, who is not a chair, ignored", and when X looks like a chair
 * under another nick (oleg-nenashev2 or kohsuke_ for the chair oleg-nenashev
 * or kohsuke: reconnected, and MeetBot's logs hold no nick change to follow),
 * the "#chair" that would have let them.
 */
export function notAChair(state: MeetingState, word: string, nick: string): string {
  const base = (n: string) => variantKey(n).replace(/\d+$/, '');
  const mine = base(nick);
  const chair = [state.owner, ...state.chairs].find((c) => c !== nick && base(c) === mine);
  const hint = chair ? ` (${chair} is a chair; under this nick they need "#chair ${nick}")` : '';
  return `#${word} from ${nick}, who is not a chair, ignored${hint}`;
}

export function note(ctx: CommandContext, level: Diagnostic['level'], message: string): void {
  ctx.state.diagnostics.push(diagnostic(ctx.state.file, ctx.line.line, level, message));
}
