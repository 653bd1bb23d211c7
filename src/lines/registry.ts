// The one registry of line formats. A format is one file in this folder that
// recognizes its lines and nothing else; adding a format is adding it here
// (more specific formats first: detection breaks ties by this order).
import type { LineFormat, ParsedLine } from '../types.js';
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

const SAMPLE = 150;

export interface Detection {
  format: LineFormat;
  /** Indices of the sampled lines, ascending. */
  sample: number[];
  /** The winning format's parse of each sampled line, so they need not be parsed again. */
  parsed: (ParsedLine | null)[];
}

/**
 * Pick the format that recognizes most of the first non-empty lines.
 * Returns null when no format recognizes any of them.
 */
export function detect(lines: readonly string[], formats: readonly LineFormat[] = FORMATS): Detection | null {
  const sample: number[] = [];
  for (let i = 0; i < lines.length && sample.length < SAMPLE; i++) if (lines[i].trim() !== '') sample.push(i);
  let best: Detection | null = null;
  let bestScore = 0;
  for (const format of formats) {
    const parsed = new Array<ParsedLine | null>(sample.length);
    let score = 0;
    for (let k = 0; k < sample.length; k++) {
      parsed[k] = format.parse(lines[sample[k]]);
      if (parsed[k]) score++;
    }
    if (score > bestScore) {
      best = { format, sample, parsed };
      bestScore = score;
    }
    // Nothing later can beat a format that read every sampled line (ties go to the earlier).
    if (score === sample.length) break;
  }
  return best;
}

export function detectFormat(lines: readonly string[], formats: readonly LineFormat[] = FORMATS): LineFormat | null {
  return detect(lines, formats)?.format ?? null;
}

export function formatByName(name: string): LineFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
