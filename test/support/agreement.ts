// Compares minutebook's reading of a raw MeetBot log with MeetBot's own .txt
// minutes for the same meeting. Shared by test/meeting/agreement.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLog } from '../../src/pipeline.js';
import type { Item, Meeting } from '../../src/types.js';
import { normalizeSpace, readMeetBotTxt } from './meetbot-txt.js';

export type Field = 'topics' | 'actions' | 'assigned' | 'people';
/** topics and actions in order; assigned = "Action items, by person"; people = nick → lines said. */
export const FIELDS: readonly Field[] = ['topics', 'actions', 'assigned', 'people'];

export interface PairResult {
  minutes: string;
  log: string;
  /** Field → description of the first difference; absent when the field agrees. */
  differences: Partial<Record<Field, string>>;
  /** Actions that name an owner by a variant of their nick, whom MeetBot's minutes do not give them to. */
  variantOwned?: string[];
}

const STAMP = /\.(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.txt$/;

/** Pairs (minutes .txt, raw .log.txt) listed in SOURCES.tsv, as MANIFEST.tsv notes them. */
export function pairsIn(dir: string): { minutes: string; log: string }[] {
  const rows = readFileSync(join(dir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const base = (p: string) => p.split('/').pop() as string;
  const pairs: { minutes: string; log: string }[] = [];
  for (const row of rows) {
    const cols = row.split('\t');
    const [localPath, kind, notes] = [cols[1], cols[7], cols[10]];
    const m = /^expected output for (\S+?)(?:;|$)/.exec(notes ?? '');
    if (kind === 'expected-minutes' && localPath.endsWith('.txt') && m) pairs.push({ minutes: base(localPath), log: base(m[1]) });
  }
  return pairs.sort((a, b) => (a.minutes < b.minutes ? -1 : 1));
}

/** The meeting of the log that MeetBot's minutes file is for: same start minute. */
export function meetingFor(meetings: Meeting[], minutesName: string): Meeting | undefined {
  const m = STAMP.exec(minutesName);
  if (!m) return meetings[0];
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  return meetings.find((meeting) => meeting.start.startsWith(iso));
}

export function comparePair(dir: string, pair: { minutes: string; log: string }): PairResult {
  const expected = readMeetBotTxt(readFileSync(join(dir, pair.minutes), 'utf8'));
  const parsed = parseLog(readFileSync(join(dir, pair.log)), pair.log, { relPath: pair.log });
  const meeting = meetingFor(parsed.meetings, pair.minutes);
  const differences: PairResult['differences'] = {};
  if (!meeting) {
    const why = `no meeting starting at the minutes' time (found ${parsed.meetings.map((m) => m.start).join(', ') || 'none'})`;
    for (const f of FIELDS) differences[f] = why;
    return { ...pair, differences };
  }
  const topics = meeting.topics.map((t) => normalizeSpace(t.title));
  const actions = meeting.items.filter((i) => i.kind === 'action');
  const found: Record<Field, string | null> = {
    // When MeetBot's text cannot tell a lone topic from a lone #info, either reading agrees.
    topics:
      expected.lastTopicMayBeInfo && !listDifference(expected.topics.slice(0, -1), topics)
        ? null
        : listDifference(expected.topics, topics),
    actions: listDifference(expected.actions, actions.map((i) => normalizeSpace(i.text))),
    assigned: mapDifference(expected.byPerson, byPerson(actions), (v) => JSON.stringify(v)),
    people: mapDifference(expected.people, new Map(meeting.people.map((p) => [p.nick, p.lines])), String),
  };
  for (const f of FIELDS) if (found[f]) differences[f] = found[f] as string;
  const variantOwned = actions
    .filter((i) => i.variantAssignees?.some((nick) => !expected.byPerson.get(nick)?.includes(normalizeSpace(i.text))))
    .map((i) => `${i.variantAssignees!.join(', ')}: ${normalizeSpace(i.text)}`);
  return { ...pair, differences, variantOwned };
}

function listDifference(want: string[], got: string[]): string | null {
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== got[i]) {
      return `#${i + 1}: MeetBot ${JSON.stringify(want[i] ?? null)}, minutebook ${JSON.stringify(got[i] ?? null)} (${want.length} vs ${got.length} in all)`;
    }
  }
  return null;
}

/**
 * Our "Action items, by person" by MeetBot's own rule: every attendee named by an action, with those actions in
 * order; not those the action names by a variant of their nick (deliberate difference 15, Item.variantAssignees).
 */
function byPerson(actions: Item[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of actions) {
    for (const nick of item.assignees ?? []) {
      if (item.variantAssignees?.includes(nick)) continue;
      map.set(nick, [...(map.get(nick) ?? []), normalizeSpace(item.text)]);
    }
  }
  return map;
}

function mapDifference<V>(want: Map<string, V>, got: Map<string, V>, show: (v: V) => string): string | null {
  const diffs: string[] = [];
  for (const [nick, v] of want) {
    const mine = got.get(nick);
    if (mine === undefined || show(mine) !== show(v)) diffs.push(`${nick}: MeetBot ${show(v)}, minutebook ${mine === undefined ? 'absent' : show(mine)}`);
  }
  for (const [nick, v] of got) if (!want.has(nick)) diffs.push(`${nick}: MeetBot absent, minutebook ${show(v)}`);
  return diffs.length ? diffs.join('; ') : null;
}
