// Chat logs that come as HTML pages: a reader per kind of page turns it back
// into the plain lines it was written from, which the line formats then read
// (pipeline.ts). A page no reader knows is skipped with an error. Adding a
// kind of page is adding it here.
import { meetbotHtmlLines } from './meetbot-html.js';
import { pidginHtmlLines } from './pidgin-html.js';
import { hcoopHtmlLines } from './hcoop-html.js';
import type { Fork } from '../meeting/state.js';

/** A page's log: its plain lines, and for each the index of the page's line it came from (diagnostics of the page's lines are moved to them). */
export interface Page {
  lines: string[];
  at: number[];
  /** The MeetBot that wrote the page, when the page says it and its lines do not (no bot reply in them). */
  fork?: Fork;
}

export interface PageReader {
  name: string;
  /** One line for `--help`. */
  description: string;
  /** The page's log, or null when the page (a file's lines) is not of this kind. */
  lines(body: readonly string[]): Page | null;
}

export const PAGES: readonly PageReader[] = [
  { name: 'meetbot', description: "MeetBot's log page (NAME.log.html), unless NAME.log.txt is beside it", lines: meetbotHtmlLines },
  { name: 'hcoop', description: 'HCoop Meetbot\'s log page (NAME.log.html): "<a name="id-3"></a><span class="tm">21:08:15</span> …"', lines: hcoopHtmlLines },
  { name: 'pidgin', description: 'Pidgin\'s HTML log: "<font size="2">(14:00:02)</font> <b>nick:</b></font> text<br/>"', lines: pidginHtmlLines },
];

/** The log of a chat log that is an HTML page, or null when no reader knows the page. */
export function pageLines(body: readonly string[]): Page | null {
  for (const reader of PAGES) {
    const page = reader.lines(body);
    if (page) return page;
  }
  return null;
}
