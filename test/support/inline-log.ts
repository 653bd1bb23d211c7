// Small inline logs for the interpreter tests: "HH:MM:SS <nick> text" lines in,
// minutebook's meetings out, through the whole pipeline.
import { parseLog, type ParseResult } from '../../src/pipeline.js';
import type { Meeting } from '../../src/types.js';

/** The file name gives the date, as MeetBot's own file names do. */
export const FILE = 'team.2020-01-02-10.00.log.txt';

export function parse(lines: string[], file = FILE): ParseResult {
  return parseLog(Buffer.from(lines.join('\n') + '\n'), file, { relPath: file });
}

/** The one meeting the log holds. */
export function meeting(lines: string[], file = FILE): Meeting {
  const { meetings } = parse(lines, file);
  if (meetings.length !== 1) throw new Error(`expected one meeting, got ${meetings.length}`);
  return meetings[0];
}

/** "HH:MM:SS <nick> text" for a list of [nick, text], one second apart from 10:00:00. */
export function log(...said: [nick: string, text: string][]): string[] {
  return said.map(([nick, text], k) => `${clock(k)} ${nick.startsWith('* ') ? ` ${nick} ${text}` : `<${nick}> ${text}`}`);
}

function clock(k: number): string {
  const s = 36000 + k;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

export const peopleOf = (m: Meeting) => Object.fromEntries(m.people.map((p) => [p.nick, p.lines]));
export const itemsOf = (m: Meeting) => m.items.map((i) => `${i.kind}: ${i.text}`);
export const infos = (m: Meeting) => m.diagnostics.filter((d) => d.level === 'info').map((d) => d.message);

/** Replies a MeetBot sends on #startmeeting, by fork. */
export const UPSTREAM_START = 'Meeting started Thu Jan  2 10:00:00 2020 UTC.  The chair is alice. Information about MeetBot at http://wiki.debian.org/MeetBot.';
export const OPENSTACK_START =
  'Meeting started Thu Jan  2 10:00:00 2020 UTC and is due to finish in 60 minutes.  The chair is alice. Information about MeetBot at http://wiki.debian.org/MeetBot.';
export const JENKINS_START = 'Let the Jenkins meeting commence!';
