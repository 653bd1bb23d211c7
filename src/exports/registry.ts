// The one registry of chat exports: whole files of JSON that a chat service
// or its exporter writes (Slack's, Element's for Matrix, DiscordChatExporter's
// for Discord, Telegram Desktop's), read as one document each. Line formats
// (src/lines/registry.ts) read logs line by line; a file is tried as an
// export only when it is JSON. Adding an export is adding it here.
import type { LogContext, ExportFormat, ExportLine } from '../types.js';
import { discord } from './discord.js';
import { matrix } from './matrix.js';
import { slack } from './slack.js';
import { telegram } from './telegram.js';

const JSON_OPENING = /^\s*(?:\[\s*(?:\{|\]|$)|\{\s*(?:"|\}|$))/;

export const EXPORTS: readonly ExportFormat[] = [slack, matrix, discord, telegram];

/**
 * The lines of the export the text is, with its format; null when the text
 * is no JSON or no known export (the line formats are tried then).
 * `context`: what the export's other files say (read-logs.ts).
 */
export function readExport(lines: readonly string[], context?: LogContext): { format: ExportFormat; lines: ExportLine[] } | null {
  // A JSON array of objects or an object opens so; a ZNC log's "[12:00:00] <nick>" does not, and is not joined up to be tried.
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined || !JSON_OPENING.test(first)) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(lines.join('\n'));
  } catch {
    return null;
  }
  for (const format of EXPORTS) {
    const read = format.read(doc, context);
    if (read) return { format, lines: read };
  }
  return null;
}
