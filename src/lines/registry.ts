// The one registry of line formats. A format is one file in this folder that
// recognizes its lines and nothing else; adding a format is adding it here
// (more specific formats first: detection breaks ties by this order).
import type { LineFormat } from '../types.js';
import { meetbot } from './meetbot.js';

export const FORMATS: readonly LineFormat[] = [meetbot];

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
