// Recognizing MeetBot's own replies, to tell which nick is the bot (its lines
// are counted but never read as commands) and which fork of MeetBot it is.
import type { LogLine } from '../types.js';
import type { Fork } from './state.js';

const REPLY =
  /^(?:Meeting started |Meeting ended |Useful Commands: |Current chairs: |Removing item from minutes: |The meeting name has been set to |Let the .* meeting commence|Minutes: {2,})/;

/** Nicks that said one of MeetBot's replies anywhere in the file. */
export function botNicks(lines: readonly LogLine[]): Set<string> {
  const bots = new Set<string>();
  for (const l of lines) if (l.kind === 'message' && l.nick && REPLY.test(l.text)) bots.add(l.nick);
  return bots;
}

/** OpenStack's fork announces its 60-minute slot and #startvote. */
export function forkOf(lines: readonly LogLine[], from: number, to: number, bot: string | null): Fork {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.nick === bot && l.kind === 'message' && /due to finish in \d+ minutes|#startvote/.test(l.text)) return 'openstack';
  }
  return 'upstream';
}
