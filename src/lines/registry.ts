// The one registry of line formats. A format is one file in this folder that
// recognizes its lines and nothing else; adding a format is adding it here
// (more specific formats first: detection breaks ties by this order).
import type { LineFormat } from '../types.js';
import { botbot } from './botbot.js';
import { bracketed } from './bracketed.js';
import { hexchat } from './hexchat.js';
import { irssi } from './irssi.js';
import { limnoria } from './limnoria.js';
import { markdown } from './markdown.js';
import { meetbot } from './meetbot.js';
import { pidgin } from './pidgin.js';
import { untimed } from './untimed.js';
import { weechat } from './weechat.js';

// MeetBot before irssi, which also reads "HH:MM:SS <nick>"; botbot before limnoria, which
// would read botbot's "* nick has quit" as a /me; untimed last, as any stamped format is surer.
export const FORMATS: readonly LineFormat[] = [
  meetbot,
  weechat,
  hexchat,
  botbot,
  limnoria,
  pidgin,
  irssi,
  bracketed,
  markdown,
  untimed,
];

const SAMPLE = 400;

/**
 * Pick the format that recognizes most of the first non-empty lines.
 * Returns null when no format recognizes any of them.
 */
export function detectFormat(lines: readonly string[], formats: readonly LineFormat[] = FORMATS): LineFormat | null {
  const sample: string[] = [];
  for (const line of lines) {
    if (line.trim() !== '') sample.push(line);
    if (sample.length >= SAMPLE) break;
  }
  let best: LineFormat | null = null;
  let bestScore = 0;
  for (const format of formats) {
    let score = 0;
    for (const line of sample) if (format.parse(line)) score++;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

export function formatByName(name: string): LineFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
