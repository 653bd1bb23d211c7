// Times as pages show them: in UTC (MeetBot's habit, and the default), or in
// the time zone the settings name. <time datetime> and the data stay UTC.

export interface Clock {
  /** The IANA zone, "UTC" by default. */
  zone: string;
  /** "2016-11-07" */
  date(iso: string): string;
  /** "16:00" */
  minute(iso: string): string;
  /** "16:00:59"; "" for no time. */
  second(iso: string | null): string;
  /** The zone's short name at that moment: "UTC", "CET", "CEST"… */
  label(iso: string): string;
}

const UTC: Clock = {
  zone: 'UTC',
  date: (iso) => iso.slice(0, 10),
  minute: (iso) => iso.slice(11, 16),
  second: (iso) => (iso ? iso.slice(11, 19) : ''),
  label: () => 'UTC',
};

/**
 * The clock of a meeting whose log gives no date: a time zone's offset is a
 * date's, so none can be applied, and its times are shown as the log gives
 * them, with no zone named ("date unknown 15:48"), not as 1970-01-01's
 * offset would make them.
 */
const LOG_CLOCK: Clock = { ...UTC, label: () => '' };

/** The clock a meeting's times are shown by: the site's, or the log's own for an undated meeting. */
export const clockFor = (m: { undated?: boolean }, clock: Clock): Clock => (m.undated ? LOG_CLOCK : clock);

export function clockIn(zone: string | undefined): Clock {
  if (!zone || zone === 'UTC' || zone === 'Etc/UTC') return UTC;
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const parts = (iso: string) => {
    const p: Record<string, string> = {};
    for (const { type, value } of format.formatToParts(new Date(iso))) p[type] = value;
    return p;
  };
  return {
    zone,
    date: (iso) => {
      const p = parts(iso);
      return `${p.year}-${p.month}-${p.day}`;
    },
    minute: (iso) => {
      const p = parts(iso);
      return `${p.hour}:${p.minute}`;
    },
    second: (iso) => {
      if (!iso) return '';
      const p = parts(iso);
      return `${p.hour}:${p.minute}:${p.second}`;
    },
    label: (iso) => parts(iso).timeZoneName,
  };
}
