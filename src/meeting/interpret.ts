// lines → meetings. Walks a file's lines the way the live MeetBot sees a
// channel: a meeting opens at a line that begins with exactly "#startmeeting",
// every message and /me inside it is counted, commands are run from the one
// table, and "#endmeeting" closes it. Lines outside meetings stay in the log.
import type { Diagnostic, LogLine, Meeting } from '../types.js';
import type { FrontMatter } from '../frontmatter.js';
import { diagnostic } from '../errors.js';
import { forkOf, isRefusal, isReply } from './bot.js';
import { commandOf } from './commands/index.js';
import { autoLink } from './commands/link.js';
import { sanitizeName } from './commands/meetingname.js';
import { meetingTopicOf } from './commands/topic.js';
import { isChair, notAChair, type MeetingState } from './state.js';
import { finishMeeting, logOnlyMeeting, type MeetingContext } from './finish.js';
import { scribeBotOf, scribeMinutes } from './scribe.js';

const START = '#startmeeting';
/** How many lines said after #startmeeting the bot's first reply may come within (joins, parts and the like not counted). */
const BOT_REPLY_WINDOW = 15;

export interface InterpretInput extends MeetingContext {
  lines: LogLine[];
  meta: FrontMatter;
}

export function interpret(input: InterpretInput): Meeting[] {
  const { lines, file } = input;
  const states: { state: MeetingState; startIndex: number; endIndex: number | null }[] = [];
  const fileDiagnostics: Diagnostic[] = [];
  let open: MeetingState | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const nick = line.nick;
    const said = line.kind === 'message' || line.kind === 'action';
    if (!open) {
      // From anyone, as MeetBot obeys it. Deviation: "#startmeetingfoo" opens a meeting titled "foo", as meant;
      // MeetBot opens one too but never sets its start time, so it saves no minutes.
      if (line.kind === 'message' && nick && line.via === undefined && line.text.startsWith(START)) {
        open = startMeeting(input, lines, i, fileDiagnostics);
        if (open) states.push({ state: open, startIndex: i, endIndex: null });
      }
      continue;
    }
    if (said && nick !== null) {
      if (line.kind === 'message' && nick !== open.bot && line.via === undefined && line.text.startsWith(START)) {
        // The live bot refuses it before logging: not counted, no effect. A differently-cased
        // "#StartMeeting" gets past that check and resets MeetBot's meeting; deviation: the
        // table has no "startmeeting", so for us it is ordinary talk.
        open.diagnostics.push(diagnostic(file, line.line, 'info', '#startmeeting while a meeting is running; ignored'));
        continue;
      }
      open.attendees.set(nick, (open.attendees.get(nick) ?? 0) + 1);
      // A relayed line (relays.ts) is the relay bot's to MeetBot, and its text starts with the name: no command.
      if (line.kind === 'message' && nick !== open.bot && line.via === undefined) runCommand(open, line, nick);
    } else if (line.kind === 'nick' && nick && line.newNick && isChair(open, nick) && !open.chairs.includes(line.newNick)) {
      // Deviation: MeetBot forgets a chair who changes nick; people expect the chair to stay one.
      open.chairs.push(line.newNick);
    }
    if (open.endLine) {
      states[states.length - 1].endIndex = i;
      open = null;
    }
  }

  if (states.length === 0) {
    const scribeBot = scribeBotOf(lines);
    return [logOnlyMeeting(input, fileDiagnostics, scribeBot === null ? null : scribeMinutes(lines, file, scribeBot))];
  }
  return states.map(({ state, startIndex, endIndex }, k) => {
    const from = k === 0 ? 0 : startIndex;
    const to = k + 1 < states.length ? states[k + 1].startIndex : lines.length;
    const meeting = finishMeeting(input, state, { from, startIndex, endIndex, to });
    // concat, not unshift(...): the list can hold a diagnostic per line of a big file.
    if (k === 0 && fileDiagnostics.length) meeting.diagnostics = fileDiagnostics.concat(meeting.diagnostics);
    return meeting;
  });
}

function startMeeting(
  input: InterpretInput,
  lines: LogLine[],
  i: number,
  diagnostics: Diagnostic[],
): MeetingState | null {
  const line = lines[i];
  const owner = line.nick as string;
  // The window: the lines up to the 15th said after #startmeeting (a busy channel's joins do not close it).
  let end = i + 1;
  for (let said = 0; end < lines.length && said < BOT_REPLY_WINDOW - 1; end++) {
    const kind = lines[end].kind;
    if (kind === 'message' || kind === 'action' || kind === 'notice') said++;
  }
  // The bot is the first in the window to reply as MeetBot does; never the one who started the meeting.
  // If its first answer is a refusal ("A meeting name is required"), this start did not happen, whatever
  // the fork is taken to be: the meeting opens at a later #startmeeting the bot accepts. A refusal after
  // another #startmeeting answers that one.
  let bot: string | null = null;
  let restarted = false;
  for (let j = i + 1; j < end; j++) {
    const l = lines[j];
    if (l.kind === 'message' && l.text.startsWith(START)) restarted = true;
    if (l.nick === owner) continue;
    if (!restarted && isRefusal(l)) {
      diagnostics.push(diagnostic(input.file, line.line, 'info', `#startmeeting refused by ${l.nick} (line ${l.line}); no meeting started`));
      return null;
    }
    if (isReply(l)) {
      bot = l.nick;
      break;
    }
  }
  const fork = input.fork ?? forkOf(lines, i, end, bot);
  const name = line.text.slice(START.length).trim();
  if (fork === 'openstack' && name === '') {
    diagnostics.push(diagnostic(input.file, line.line, 'info', '#startmeeting without a name: OpenStack\'s MeetBot starts no meeting'));
    return null;
  }
  return {
    file: input.file,
    fork,
    bot,
    owner,
    chairs: [owner],
    items: [],
    startLine: line,
    endLine: null,
    // MeetBot runs the start text through #meetingtopic: "#startmeeting none" leaves the meeting untitled.
    meetingTopic: meetingTopicOf(name),
    meetingName: fork === 'openstack' && name ? sanitizeName(name, fork) : null,
    attendees: new Map([[owner, 1]]),
    vote: null,
    motion: null,
    aliases: new Map(),
    diagnostics: [],
  };
}

function runCommand(state: MeetingState, line: LogLine, nick: string): void {
  const command = commandOf(state.fork, line.text);
  if (!command) {
    autoLink(state, line, nick);
    return;
  }
  const { word, arg, handler } = command;
  if (!handler) return; // "#1", "#openstack-nova": ordinary talk
  if (handler.chairOnly && !isChair(state, nick)) {
    state.diagnostics.push(diagnostic(state.file, line.line, 'info', notAChair(state, word, nick)));
    return;
  }
  handler.run({ state, line, nick, word, arg });
}
