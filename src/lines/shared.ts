// Small helpers shared by the line formats: clocks, dates and nick prefixes.
import type { CalendarDate, Clock } from '../types.js';

/** "16:00:59" or "16:00" → Clock; null if out of range. */
export function clockOf(h: string, m: string, s?: string): Clock | null {
  const clock = { h: Number(h), m: Number(m), s: s === undefined ? 0 : Number(s) };
  return clock.h < 24 && clock.m < 60 && clock.s < 61 ? clock : null;
}

/** 12-hour clock with AM/PM → Clock. */
export function clock12(h: string, m: string, s: string | undefined, ampm: string): Clock | null {
  let hour = Number(h) % 12;
  if (/p/i.test(ampm)) hour += 12;
  return clockOf(String(hour), m, s);
}

export function dateOf(y: string, m: string, d: string): CalendarDate | undefined {
  const date = { y: Number(y), m: Number(m), d: Number(d) };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= 31 ? date : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Aug" → 8; 0 when not a month name. */
export function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Drop the channel-mode prefix clients put before a nick ("@op", "+voice", " plain"). */
export function bareNick(nick: string): string {
  return nick.trim().replace(/^[@+%~&]+/, '');
}
