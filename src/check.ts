// `minutebook check`: lints a logs folder for the CI of a log repository.
// Everything the parser says (of the logs and of the series notes), plus
// what only matters to the people who keep the logs (an action nobody owns;
// one only a variant of a nick gives an owner, which MeetBot does not see; a
// series title or notes for a series no meeting is in; an alias no one goes by). checkLogs reads the
// folder; the lints are pure over parsed meetings.
import type { Diagnostic, Meeting } from './types.js';
import { distance } from 'fastest-levenshtein';
import { clipped, diagnostic } from './errors.js';
import { closest } from './closest.js';
import type { Config } from './config.js';
import { listLogs, readAndParse, readNotes } from './read-logs.js';

export interface CheckResult {
  /** Log files read. */
  files: number;
  meetings: Meeting[];
  /** Every diagnostic, of every level, unsorted: reportable() picks and orders them. */
  diagnostics: Diagnostic[];
}

/** Reads the logs folder as a build does (the settings' `ignore` and `relays` too) and lints it; `settingsFile` names the settings in diagnostics. */
export async function checkLogs(logsDir: string, config: Config = {}, settingsFile?: string): Promise<CheckResult> {
  const list = await listLogs(logsDir, { ignore: config.ignore });
  const { meetings, diagnostics } = await readAndParse(logsDir, list.files, undefined, undefined, { relays: config.relays, aliases: config.aliases, listed: list.listed });
  const notes = await readNotes(logsDir, { listed: list.listed });
  return {
    files: list.files.length,
    meetings,
    diagnostics: [...list.diagnostics, ...diagnostics, ...notes.flatMap((n) => n.diagnostics), ...lintMeetings(meetings), ...unknownSeries(meetings, notes, config.series, settingsFile), ...unknownAliases(meetings, config.aliases, settingsFile)],
  };
}

/** Series names shown when none is close to a misspelt one, at most. */
const SERIES_SHOWN = 8;

/**
 * A series the settings give a title, or a notes file (SERIES.series.md) is
 * for, that no meeting is in: a name spelt otherwise than the logs spell it
 * (MeetBot's file names make "jenkins" "jenkins-meeting"), so the title or
 * the notes would be used nowhere. None when there is no meeting at all
 * (listLogs says why).
 */
export function unknownSeries(meetings: readonly Meeting[], notes: readonly { file: string; series: string }[], settings: Config['series'], settingsFile = 'settings'): Diagnostic[] {
  if (meetings.length === 0) return [];
  const known = [...new Set(meetings.map((m) => m.series))].sort();
  const has = new Set(known);
  const hint = (series: string) => {
    const near = closest(series, known);
    if (near) return `did you mean "${near}"?`;
    const shown = known.slice(0, SERIES_SHOWN).map((s) => `"${s}"`).join(', ');
    return `the series are ${shown}${known.length > SERIES_SHOWN ? ` and ${known.length - SERIES_SHOWN} more` : ''}`;
  };
  const found: Diagnostic[] = [];
  for (const series of Object.keys(settings ?? {})) {
    if (!has.has(series)) found.push(diagnostic(settingsFile, 0, 'warning', `"series" names "${clipped(series, 41)}", a series no meeting is in (${hint(series)}); its settings are not used`));
  }
  for (const n of notes) {
    if (!has.has(n.series)) found.push(diagnostic(n.file, 0, 'warning', `notes for series "${clipped(n.series, 41)}", which no meeting is in (${hint(n.series)}); not shown: name the file SERIES.series.md after its series`));
  }
  return found;
}

/**
 * A nick the settings' `aliases` list that no one in any meeting goes by: a warning when someone goes
 * by a nick close to it and is not that person already (a misspelling leaves the two pages it was to
 * merge), else an info (a nick not seen yet). None when there is no meeting at all.
 */
export function unknownAliases(meetings: readonly Meeting[], aliases: Config['aliases'], settingsFile = 'settings'): Diagnostic[] {
  if (!aliases || meetings.length === 0) return [];
  const seen = new Map<string, string>(); // lower case → as first written
  for (const m of meetings) {
    for (const p of m.people) {
      const lower = p.nick.toLowerCase();
      if (!seen.has(lower)) seen.set(lower, p.nick);
    }
  }
  const nicks = [...seen.values()];
  const found: Diagnostic[] = [];
  for (const [canonical, others] of Object.entries(aliases)) {
    const own = new Set([canonical, ...others].map((n) => n.toLowerCase()));
    for (const alias of others) {
      if (seen.has(alias.toLowerCase())) continue;
      const near = closest(alias, nicks.filter((n) => !own.has(n.toLowerCase())));
      const said = `"aliases" lists "${clipped(alias, 41)}" under "${clipped(canonical, 41)}", a nick no one in any meeting goes by`;
      found.push(near ? diagnostic(settingsFile, 0, 'warning', `${said} (did you mean "${near}"?)`) : diagnostic(settingsFile, 0, 'info', `${said} yet`));
    }
  }
  return found;
}

/** Problems worth fixing in the logs beyond what parsing reports. */
export function lintMeetings(meetings: Meeting[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  // Everyone who spoke in any meeting, as they spelled it: an action that opens with one of them names someone who
  // was not at this meeting (MeetBot assigns actions to attendees only).
  let spoke: Set<string> | null = null;
  const spokeSomewhere = (word: string) => (spoke ??= new Set(meetings.flatMap((o) => o.people.filter((p) => p.lines > 0).map((p) => p.nick)))).has(word);
  for (const m of meetings) {
    for (const item of m.items) {
      if (item.kind !== 'action') continue;
      const text = clipped(item.text, 60);
      const variants = item.variantAssignees ?? [];
      if (variants.length > 0 && variants.length === item.assignees?.length) {
        // Ours, not MeetBot's: the bot that wrote the channel's minutes left it unassigned.
        const who = variants.join(' and ');
        found.push(diagnostic(m.source.file, item.line, 'info', `action "${text}" goes to ${who}, named by a variant of the nick; MeetBot's minutes (and the .txt) leave it unassigned: "#action ${variants[0]} …" names them for both`));
      }
      if ((item.assignees?.length ?? 0) > 0) continue;
      if (item.text.trim() === '') {
        found.push(diagnostic(m.source.file, item.line, 'warning', 'action with no text, and so no owner: "#action NICK what they will do" says who does what'));
        continue;
      }
      found.push(diagnostic(m.source.file, item.line, 'warning', `action "${text}" has no owner: ${ownerAdvice(item.text, m, spokeSomewhere)}`));
    }
  }
  return found;
}

/** A nick as people misspell it: case, and the separators IRC nicks use, aside ("Oleg_Nenashev" is "oleg-nenashev"). */
const looseNick = (nick: string) => nick.toLowerCase().replace(/[-_|`^\[\]{}\\]/g, '');

/**
 * How to give an unowned action its owner: the attendee its first word
 * misspells ("oleg_nenashev" for oleg-nenashev), "#nick" for someone who spoke
 * at other meetings but not this one, else the nick to start it with.
 */
function ownerAdvice(text: string, m: Meeting, spokeSomewhere: (word: string) => boolean): string {
  const first = /^[\s:@,]*([^\s:,]+)/.exec(text)?.[1];
  if (first !== undefined && first.length >= 3) {
    const loose = looseNick(first);
    // One slip in a nick of 4 or 5 letters, two (a swap: "rtlyer") from 6.
    const slips = loose.length >= 6 ? 2 : loose.length >= 4 ? 1 : 0;
    let near: string | undefined;
    let best = slips + 1;
    for (const p of m.people) {
      const d = p.lines > 0 ? distance(looseNick(p.nick), loose) : best;
      if (d < best) [near, best] = [p.nick, d];
    }
    if (near) return `"${first}" is not an attendee's nick; did you mean ${near}? ("#action ${near} …")`;
    if (spokeSomewhere(first)) return `${first} did not speak in this meeting, and MeetBot assigns actions to attendees only: "#nick ${first}" before the action adds them`;
  }
  return `no attendee is named in it; start it with the nick of whoever does it: "#action NICK ${clipped(text, 21)}"`;
}

export type Level = Diagnostic['level'];
const RANK: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** Diagnostics at `level` or worse, in file and line order, each once. */
export function reportable(diagnostics: Diagnostic[], level: Level): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => RANK[d.level] <= RANK[level])
    .filter((d) => {
      const key = `${d.file}\0${d.line}\0${d.level}\0${d.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
