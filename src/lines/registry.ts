// The one registry of line formats. A format is one file in this folder that
// recognizes its lines and nothing else; adding a format is adding it here
// (more specific formats first: detection breaks ties by this order, but for MeetBot and
// irssi: see irssiAfterAll).
import type { LineFormat, ParsedLine } from '../types.js';
import { botbot } from './botbot.js';
import { bracketed } from './bracketed.js';
import { hexchat } from './hexchat.js';
import { irssi } from './irssi.js';
import { konversation } from './konversation.js';
import { limnoria } from './limnoria.js';
import { markdown } from './markdown.js';
import { meetbot } from './meetbot.js';
import { pidgin } from './pidgin.js';
import { textual } from './textual.js';
import { thelounge } from './thelounge.js';
import { untimed } from './untimed.js';
import { weechat } from './weechat.js';

// MeetBot before irssi, which also reads "HH:MM:SS <nick>"; botbot before limnoria, which
// would read botbot's "* nick has quit" as a /me; The Lounge before Textual, which reads its
// "[…Z] <nick>" lines too but not its status lines; Konversation before bracketed, which reads
// none of its "[date] [time]" lines but does read its "*** on <date>" session lines, so a tie is Konversation's;
// untimed last, as any stamped format is surer.
export const FORMATS: readonly LineFormat[] = [
  meetbot,
  weechat,
  hexchat,
  botbot,
  limnoria,
  pidgin,
  irssi,
  thelounge,
  textual,
  konversation,
  bracketed,
  markdown,
  untimed,
];

const SAMPLE = 150;
/** Sampled lines every format reads first, to try the likeliest formats first. */
const PROBE = 3;

export interface Detection {
  format: LineFormat;
  /** Indices of the sampled lines, ascending. */
  sample: number[];
  /** The winning format's parse of each sampled line, so they need not be parsed again. */
  parsed: (ParsedLine | null)[];
}

interface Trial {
  format: LineFormat;
  /** Place in the registry: ties go to the earlier format. */
  order: number;
  parsed: (ParsedLine | null)[];
  /** Sampled lines read so far, and how many of them were recognized. */
  read: number;
  score: number;
}

/**
 * Pick the format that recognizes most of the first non-empty lines (ties go to the
 * earlier in the registry). Returns null when no format recognizes any of them.
 * The formats that read most of the first few lines are tried first, and a format
 * stops as soon as it has missed too many lines to win: a file is read by about
 * one format, not by every format that comes before its own in the registry.
 */
export function detect(lines: readonly string[], formats: readonly LineFormat[] = FORMATS): Detection | null {
  const sample: number[] = [];
  for (let i = 0; i < lines.length && sample.length < SAMPLE; i++) if (lines[i].trim() !== '') sample.push(i);
  const probe = Math.min(PROBE, sample.length);
  const trials = formats.map((format, order): Trial => {
    const parsed = new Array<ParsedLine | null>(sample.length);
    let score = 0;
    for (let k = 0; k < probe; k++) if ((parsed[k] = format.parse(lines[sample[k]]))) score++;
    return { format, order, parsed, read: probe, score };
  });
  let best: Trial | null = null;
  trials.sort((a, b) => b.score - a.score || a.order - b.order);
  for (const trial of trials) {
    // To win: more lines than the best so far, or as many when earlier in the registry.
    const needed = best === null ? 1 : trial.order < best.order ? best.score : best.score + 1;
    const allowed = sample.length - needed; // misses it can afford
    let misses = trial.read - trial.score;
    for (let k = trial.read; k < sample.length && misses <= allowed; k++) {
      if ((trial.parsed[k] = trial.format.parse(lines[sample[k]]))) trial.score++;
      else misses++;
    }
    if (misses <= allowed && hasNeeded(trial)) best = trial;
  }
  if (!best) return null;
  if (best.format === meetbot) return irssiAfterAll(lines, formats, sample, best.parsed) ?? { format: meetbot, sample, parsed: best.parsed };
  return { format: best.format, sample, parsed: best.parsed };
}

/**
 * irssi with seconds reads every line MeetBot's log holds, the same way, and more: its status
 * lines ("-!- bob [host] has quit", "--- Day changed …"). A file that opens with 150 plain
 * messages ties, and goes to MeetBot, which would lose those lines further on. So the rest of the
 * file is looked over, one or two character tests a line, for a line irssi reads and MeetBot
 * does not; if there is one, and irssi reads every sampled line MeetBot reads, the file is irssi's.
 */
function irssiAfterAll(
  lines: readonly string[],
  formats: readonly LineFormat[],
  sample: number[],
  byMeetbot: (ParsedLine | null)[],
): Detection | null {
  if (!formats.includes(irssi)) return null;
  const from = sample.length === 0 ? 0 : sample[sample.length - 1] + 1;
  let found = false;
  for (let i = from; i < lines.length && !found; i++) {
    const line = lines[i];
    const first = line.charCodeAt(0);
    // "--- Day changed …" at the start, or "-!" after "HH:MM:SS ".
    const dayLine = first === 45 /* - */ && line.startsWith('--- ');
    const statusLine = first >= 48 && first <= 57 && line.charCodeAt(9) === 45 /* - */ && line.charCodeAt(10) === 33; /* ! */
    if (dayLine || statusLine) found = irssi.parse(line) !== null && meetbot.parse(line) === null;
  }
  if (!found) return null;
  const parsed = sample.map((i) => irssi.parse(lines[i]));
  return parsed.every((p, k) => p !== null || byMeetbot[k] === null) ? { format: irssi, sample, parsed } : null;
}

/** The trial read a line its format needs, or its format needs none. */
function hasNeeded({ format, parsed }: Trial): boolean {
  const { needs } = format;
  return needs === undefined || parsed.some((p) => p != null && needs(p));
}

export function detectFormat(lines: readonly string[], formats: readonly LineFormat[] = FORMATS): LineFormat | null {
  return detect(lines, formats)?.format ?? null;
}

export function formatByName(name: string): LineFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
