// The one table of commands: word (lowercased) → handler. Adding a command is
// adding one entry here and its fixtures. Only the aliases MeetBot has exist.
import type { CommandHandler, Fork } from '../state.js';
import { itemCommand } from './items.js';
import { meetingtopic, topic } from './topic.js';
import { link } from './link.js';
import { chair, here, nick, unchair } from './chair.js';
import { undo } from './undo.js';
import { meetingname } from './meetingname.js';
import { endmeeting } from './endmeeting.js';
import { endvote, startvote, vote } from './vote.js';
import { close, motion, motionVote, outcome } from './motion.js';

/** Commands that change nothing in the minutes (#save, #lurk…): recognized, no effect. */
const noEffect = (chairOnly: boolean): CommandHandler => ({ chairOnly, run: () => {} });

const COMMON: Record<string, CommandHandler> = {
  topic,
  meetingtopic,
  meetingname,
  chair,
  unchair,
  undo,
  endmeeting,
  nick,
  link,
  action: itemCommand('action', false),
  info: itemCommand('info', false),
  idea: itemCommand('idea', false),
  help: itemCommand('help', false),
  halp: itemCommand('help', false),
  agreed: itemCommand('agreed', true),
  agree: itemCommand('agreed', true),
  accepted: itemCommand('accepted', true),
  accept: itemCommand('accepted', true),
  rejected: itemCommand('rejected', true),
  reject: itemCommand('rejected', true),
  save: noEffect(true),
  lurk: noEffect(true),
  unlurk: noEffect(true),
  restrictlogs: noEffect(true),
  commands: noEffect(false),
};

const OPENSTACK: Record<string, CommandHandler> = {
  ...COMMON,
  startvote,
  vote,
  showvote: noEffect(false),
  endvote,
};

/** The commands HCoop Meetbot shares with MeetBot (its command.py), as MeetBot's table has them. */
const HCOOP_SHARED = ['topic', 'meetingname', 'chair', 'unchair', 'undo', 'endmeeting', 'nick', 'link', 'action', 'info', 'idea', 'help', 'save'];

/** HCoop Meetbot's commands: motions instead of #agreed, #here, none of MeetBot's other aliases. */
const HCOOP: Record<string, CommandHandler> = {
  ...Object.fromEntries(HCOOP_SHARED.map((word) => [word, COMMON[word]])),
  // HCoop checks for a chair (do_meetingname), where MeetBot lets anyone rename.
  meetingname: { ...meetingname, chairOnly: true },
  here,
  motion,
  vote: motionVote,
  close,
  accepted: outcome('accepted'),
  failed: outcome('rejected'),
  inconclusive: outcome('vote'),
};

export function commandsFor(fork: Fork): Readonly<Record<string, CommandHandler>> {
  return fork === 'openstack' ? OPENSTACK : fork === 'hcoop' ? HCOOP : COMMON;
}

const COMMAND = /^#(\w+)[ \t]*([\s\S]*)$/;
/**
 * HCoop Meetbot's (command.py _OPERATION_REGEX): spaces may come first, the word is letters and "_", and
 * whitespace or the end must follow it, so "#topic: x" is talk there, where MeetBot makes it a topic.
 */
const HCOOP_COMMAND = /^\s*#([A-Za-z_]+)(?:\s+|$)([\s\S]*)$/;

export interface CommandLine {
  /** The command's word, lowercased. */
  word: string;
  /** What follows it. */
  arg: string;
  /** The fork's handler for the word; null for a word the table does not have ("#1", "#openstack-nova": talk). */
  handler: CommandHandler | null;
}

/**
 * A message line read as the interpreter reads it: "#word …" with the fork's handler for the word
 * (to run, or to refuse a non-chair), or null for a line that is no "#word" at all. HCoop Meetbot
 * takes a command after spaces too, and only with a space or the line's end after the word.
 */
export function commandOf(fork: Fork, text: string): CommandLine | null {
  const m = fork === 'hcoop' ? HCOOP_COMMAND.exec(text) : text.charCodeAt(0) === 35 /* # */ ? COMMAND.exec(text) : null;
  if (!m) return null;
  const word = m[1].toLowerCase();
  const table = commandsFor(fork);
  return { word, arg: m[2], handler: Object.hasOwn(table, word) ? table[word] : null };
}

/** Whether a message line is a command of the fork's table: "#info x" is, "#2 do Y" and "#openstack-nova" are talk. */
export function isCommand(fork: Fork, text: string): boolean {
  return (commandOf(fork, text)?.handler ?? null) !== null;
}

/** Every command word, for docs and the log page's highlighting. */
export const COMMAND_WORDS: readonly string[] = [...new Set([...Object.keys(OPENSTACK), ...Object.keys(HCOOP)])].sort();
