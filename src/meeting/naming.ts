// Series names and meeting ids, after MeetBot's file naming:
// SERIES/YYYY/SERIES.YYYY-MM-DD-HH.MM (start minute, truncated, UTC).

const MEETBOT_FILE = /^(.+?)\.(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)(?:\.|$)/;

/** "oslo.2016-11-07-16.00.log.txt" → "oslo". */
export function seriesFromMeetBotName(baseName: string): string | undefined {
  return MEETBOT_FILE.exec(baseName)?.[1];
}

/** Top-level names of the site's own folders: a series named so gets "-meetings" added. */
export const RESERVED_SERIES = new Set(['assets', 'data', 'decisions', 'people', 'search', 'topics']);

/** A series name that is safe as one path segment: lowercase a-z0-9 . _ -; never empty, never dots only, never one of the site's folders. */
export function safeSeries(name: string): string {
  const safe = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^#+/, '')
    .replace(/\s+/g, '_')
    .replace(/[^a-z0-9._-]/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80);
  if (!/[a-z0-9]/.test(safe)) return 'meetings';
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
    .replace(/(\.(log|txt|md|markdown|html?))+$/i, '')
    .replace(/[-_.]?(19|20)\d\d-?\d\d-?\d\d[-_.]?/g, '')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return stem && !/^\d+$/.test(stem) ? stem : 'meetings';
}

export function meetingId(series: string, startIso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(startIso);
  const stamp = m ? `${m[1]}-${m[2]}-${m[3]}-${m[4]}.${m[5]}` : '0000-00-00-00.00';
  return `${series}/${m ? m[1] : '0000'}/${series}.${stamp}`;
}
