// #meetingname: the name used in file names. Anyone may set it: MeetBot's
// manual says chairs, but its code does not check. An empty name clears it,
// so the channel (for us: the series from the file's path) names the files again.
import type { Fork } from '../state.js';
import type { CommandHandler } from '../state.js';

/** MeetBot's sanitizing: OpenStack maps everything but a-z0-9 to "_"; upstream only whitespace. */
export function sanitizeName(name: string, fork: Fork): string {
  const lower = name.toLowerCase().replace(/\s+/g, '_');
  return fork === 'openstack' ? lower.replace(/[^a-z0-9]/g, '_') : lower.replace(/\//g, '');
}

export const meetingname: CommandHandler = {
  chairOnly: false,
  run({ state, arg }) {
    state.meetingName = sanitizeName(arg.trim(), state.fork) || null;
  },
};
