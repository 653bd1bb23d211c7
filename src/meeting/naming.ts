// Series names and meeting ids, after MeetBot's file naming:
// SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM (start minute, truncated, UTC).
import { createHash } from 'node:crypto';

const MEETBOT_FILE = /^(.+?)\.(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)(?:\.|$)/;
/** HCoop Meetbot's default naming, YYYY/NAME.YYYYMMDD.HHMM (its setting `pattern`). */
const HCOOP_FILE = /^(.+?)\.(\d{4})(\d\d)(\d\d)\.(\d\d)(\d\d)(?:\.|$)/;

/** "oslo.2016-11-07-16.00.log.txt" → "oslo"; HCoop Meetbot's "hcoop.20210412.2106.log.html" → "hcoop". */
export function seriesFromMeetBotName(baseName: string): string | undefined {
  return (MEETBOT_FILE.exec(baseName) ?? HCOOP_FILE.exec(baseName))?.[1];
}

/** Top-level names of the site's own folders and files: a series named so gets "-meetings" added. */
export const RESERVED_SERIES = new Set([
  'assets', 'calendar', 'data', 'decisions', 'people', 'search', 'topics',
  // A folder of the name would stand where the file is ("#startmeeting feed.xml").
  '404.html', 'actions.html', 'calendar.html', 'decisions.html', 'feed.xml', 'index.html', 'search.html', 'sw.js', 'topics.html',
]);

/** Windows device names, reserved in any folder and before any extension ("con", "con.2016-…"). */
export const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(?=\.|$)/;

/**
 * A series name that is safe as one path segment: lowercase a-z0-9 . _ -;
 * never empty, never dots only, never one of the site's own folders, and
 * portable to Windows (no device name, no trailing dot).
 */
export function safeSeries(name: string): string {
  const safe = name
    // Accents go ("Réunion" → "reunion"), then anything else not path-safe becomes "_".
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^#+/, '')
    .replace(/\s+/g, '_')
    .replace(/[^a-z0-9._-]/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80)
    .replace(/\.+$/, '');
  if (!/[a-z0-9]/.test(safe)) {
    // A name in a script without Latin letters ("日本") keeps a name of its own, stable: a hash of it.
    const named = name.replace(/^#+/, '').trim();
    return /[\p{L}\p{N}]/u.test(named) ? `series-${createHash('sha256').update(named.normalize('NFC')).digest('hex').slice(0, 8)}` : 'meetings';
  }
  if (WINDOWS_DEVICE.test(safe)) return safe.replace(WINDOWS_DEVICE, '$1-meetings');
  return RESERVED_SERIES.has(safe) ? `${safe}-meetings` : safe;
}

/** Series when nothing in the log names it: MeetBot-style file name, else the folder, else the file name. */
export function seriesFromPath(relPath: string): string {
  const parts = relPath.split(/[\\/]/);
  const base = parts[parts.length - 1];
  const fromMeetBot = seriesFromMeetBotName(base);
  if (fromMeetBot) return fromMeetBot;
  if (parts.length > 1) return parts[0];
  const stem = base
    .replace(/(\.(log|txt|md|markdown|html?|json))+$/i, '')
    .replace(/[-_.\s]?(19|20)\d\d-?\d\d-?\d\d[-_.\s]?/g, '')
    // "Weekly Sync 2024-01-04.log" is series "Weekly Sync", not "Weekly Sync " (weekly_sync_).
    .replace(/^[-_.\s]+|[-_.\s]+$/g, '');
  return stem && !/^\d+$/.test(stem) ? stem : 'meetings';
}

/**
 * MeetBot's name for a meeting's files: SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM from its start. A meeting whose
 * log gives no date (its times on 1970-01-01) has no date part, as MeetBot names #meetbot-test's:
 * SERIES/undated/SERIES.HH.MM, so no address claims 1970.
 */
export function meetingId(series: string, startIso: string, undated = false): string {
  if (undated) return `${series}/undated/${series}.${startIso.slice(11, 13) || '00'}.${startIso.slice(14, 16) || '00'}`;
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(startIso);
  const stamp = m ? `${m[1]}-${m[2]}-${m[3]}-${m[4]}.${m[5]}` : '0000-00-00-00.00';
  return `${series}/${m ? m[1] : '0000'}/${series}.${stamp}`;
}
