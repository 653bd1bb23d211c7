// Recognizing MeetBot's own replies, to tell which nick is the bot (its lines
// are counted but never read as commands) and which fork of MeetBot it is.
import type { LogLine } from '../types.js';
import type { Fork } from './state.js';

const REPLY =
  /^(?:Meeting started |Meeting ended |Useful [Cc]ommands: |Current chairs: |Removing item from minutes: |The meeting name has been set to |Let the .* meeting commence|Minutes: {2,})/;

/** Nicks that said one of MeetBot's replies anywhere in the file. */
export function botNicks(lines: readonly LogLine[]): Set<string> {
  const bots = new Set<string>();
  for (const l of lines) {
    if (l.kind === 'message' && l.nick && mayBeReply(l.text.charCodeAt(0)) && REPLY.test(l.text)) bots.add(l.nick);
  }
  return bots;
}

/** The first letters of the replies (C L M R T U): most lines are passed over without the regex. */
function mayBeReply(c: number): boolean {
  return c === 77 || c === 85 || c === 67 || c === 82 || c === 84 || c === 76;
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
