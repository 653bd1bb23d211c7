// Limnoria/Supybot ChannelLogger: "2016-09-21T17:44:27  <nick> text" (ISO stamp, two spaces;
// one is accepted), "* nick action", "-nick- notice" and status lines after "*** ":
// "nick <prefix> has joined #chan", "nick <prefix> has quit IRC (reason)" (older Supybot
// leaves out the prefix), "nick was kicked by op", "old is now known as new", "op sets mode: …".
// The stamp is supybot.log.timestampFormat, which users change: a space for the "T", no
// seconds (as older suckless ii wrote too: "2024-03-05 14:00 <nick> text"), or a day, month
// name and year ("05-Mar-2024 14:00:00").
import type { CalendarDate, Clock, LineFormat, ParsedLine } from '../types.js';
import { bareNick, clockOf, dateOf, namedDate, opensNick, statusOf, withDate } from './shared.js';

const STAMP = /^(?:(\d{4})-(\d\d)-(\d\d)|(\d\d)-([A-Za-z]{3})-(\d{4}))[T ](\d\d):(\d\d)(?::(\d\d))? {1,2}(.*)$/s;
const MESSAGE = /^<([^\s>]+)> ?(.*)$/s;
const ACTION = /^\* (\S+) ?(.*)$/s;
const NOTICE = /^-(\S+?)- (.*)$/s;
const OTHER_BY = /^(\S+) (?:sets mode|changes topic|<[^>]*> invited )/;

export const limnoria: LineFormat = {
  name: 'limnoria',
  description: 'Limnoria/Supybot ChannelLogger and ii: "YYYY-MM-DDTHH:MM:SS  <nick> text" (or "YYYY-MM-DD HH:MM", "05-Mar-2024 HH:MM:SS"), "*** nick <host> has joined #chan"',
  parse(line) {
    const first = line.charCodeAt(0);
    if (first < 48 || first > 57) return null;
    const m = STAMP.exec(line);
    if (!m) return null;
    const parsed = body(m[10], clockOf(m[7], m[8], m[9]));
    return parsed && withDate(parsed, dateIn(m));
  },
};

/** "2016-09-21" or "21-Sep-2016"; undefined when the month is no month. */
function dateIn(m: RegExpExecArray): CalendarDate | undefined {
  return m[1] === undefined ? namedDate(m[5], m[4], m[6]) : dateOf(m[1], m[2], m[3]);
}

function body(b: string, clock: Clock | null): ParsedLine | null {
  let m = MESSAGE.exec(b);
  if (m) return { kind: 'message', nick: bareNick(m[1]), text: m[2], clock };
  if (b.startsWith('*** ')) {
    const s = b.slice(4);
    const status = statusOf(s, clock);
    if (status) return status;
    const who = OTHER_BY.exec(s);
    return { kind: 'other', nick: who ? bareNick(who[1]) : null, text: s, clock };
  }
  m = ACTION.exec(b);
  if (m) return { kind: 'action', nick: bareNick(m[1]), text: m[2], clock };
  // The notice comes from a nick: ii's "-!- alice(~a@host) has joined #chan" is no notice by "!".
  m = NOTICE.exec(b);
  if (m && opensNick(m[1].charCodeAt(0))) return { kind: 'notice', nick: bareNick(m[1]), text: m[2], clock };
  return null;
}
