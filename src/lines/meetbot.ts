// MeetBot's own raw log (.log.txt): "HH:MM:SS <nick> text" and "HH:MM:SS  * nick action".
// RRSAgent and many bots write the same shape.
import type { LineFormat } from '../types.js';
import { bareNick, clockOf } from './shared.js';

const MESSAGE = /^(\d\d):(\d\d):(\d\d) <([^>\s]*)> ?(.*)$/;
const ACTION = /^(\d\d):(\d\d):(\d\d) {1,2}\* (\S+) ?(.*)$/;

export const meetbot: LineFormat = {
  name: 'meetbot',
  description: 'MeetBot raw log: "HH:MM:SS <nick> text", "HH:MM:SS  * nick action"',
  parse(line) {
    let m = MESSAGE.exec(line);
    if (m) return { kind: 'message', nick: bareNick(m[4]), text: m[5], clock: clockOf(m[1], m[2], m[3]) };
    m = ACTION.exec(line);
    if (m) return { kind: 'action', nick: m[4], text: m[5], clock: clockOf(m[1], m[2], m[3]) };
    return null;
  },
};
