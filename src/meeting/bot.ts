// Recognizing MeetBot's own replies, to tell which nick is the bot (its lines
// are counted but never read as commands) and which fork of MeetBot it is.
// The bot is who replies to #startmeeting: a person who once pasted a reply
// ("Minutes:  http://…") is no bot.
import type { LogLine } from '../types.js';
import type { Fork } from './state.js';

// As the bot words them: "Meeting started Tue Nov  7 16:00:24 2016 UTC", not "Meeting started late, sorry";
// "Minutes:  " and two spaces before an address.
const REPLY =
  /^(?:Meeting (?:started|ended) [A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d \d{4}|Useful [Cc]ommands: #|Current chairs: |Removing item from minutes: |The meeting name has been set to '|Let the .* meeting commence|Minutes: {2,}\S)/;

/** A line of one of MeetBot's replies, as the bot says it after #startmeeting and later. */
export function isReply(l: LogLine): boolean {
  return l.kind === 'message' && l.nick !== null && mayBeReply(l.text.charCodeAt(0)) && REPLY.test(l.text);
}

/** The first letters of the replies (C L M R T U): most lines are passed over without the regex. */
function mayBeReply(c: number): boolean {
  return c === 77 || c === 85 || c === 67 || c === 82 || c === 84 || c === 76;
}

// OpenStack's bot refuses a nameless #startmeeting (plugin.py: irc.error("A meeting name is required to start a
// meeting.")), which Supybot sends as "alice: Error: A meeting name is required …": no meeting started there.
const REFUSAL = /^(?:\S+: )?(?:Error: )?A meeting name is required\b/;

/** A bot's refusal of a #startmeeting, as OpenStack's MeetBot words it. */
export function isRefusal(l: LogLine): boolean {
  return l.kind === 'message' && l.nick !== null && REFUSAL.test(l.text);
}

const OPENSTACK_GREETING = /due to finish in \d+ minutes|#startvote/;
// Jenkins' robobutler greets with "Let the Jenkins meeting commence!" instead of "Meeting started …".
const DEBIAN_GREETING = /^Let the .* meeting commence/;
// HCoop Meetbot: "Useful commands: #action #info #idea #link #topic #motion #vote #close #endmeeting".
const HCOOP_GREETING = /^Useful commands: .*#motion\b/;

/** The fork, from the bot's replies just after #startmeeting: OpenStack's announces its 60-minute slot and #startvote, HCoop's #motion. */
export function forkOf(lines: readonly LogLine[], from: number, to: number, bot: string | null): Fork {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.nick !== bot || l.kind !== 'message') continue;
    if (OPENSTACK_GREETING.test(l.text)) return 'openstack';
    if (DEBIAN_GREETING.test(l.text)) return 'debian';
    if (HCOOP_GREETING.test(l.text)) return 'hcoop';
  }
  return 'upstream';
}
