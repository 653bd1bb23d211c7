// Pidgin's HTML log (its default), read back as its plain-text log. libpurple's
// HTML logger writes a header line, then one line per message, ending "<br/>":
//   <html><head>…<title>Conversation with #chan at DATE on me@server (irc)</title></head><body><h3>Conversation with …</h3>
//   <font color="#A82F2F"><font size="2">(14:00:02)</font> <b>alice:</b></font> hello<br/>
//   <font color="#062585"><font size="2">(14:00:09)</font> <b>***alice</b></font> waves<br/>
//   <font size="2">(14:00:05)</font><b> bob [~b@host] entered the room.</b><br/>
//   </body></html>
// Without its tags and entities each line is what the text logger writes for
// it ("(14:00:02) alice: hello", "(14:00:09) ***alice waves", and the header
// "Conversation with #chan at DATE on me@server (irc)", which dates the log),
// so the pidgin line format reads it. A message of several lines holds
// "<br/>" inside: each is a line of its own, as in the text log.
import { shownText } from './html-text.js';
import type { Page } from './pages.js';

const HEADER = /<h3>(Conversation with [^<]*)<\/h3>/;
const BREAK = /<br\s*\/?>/gi;

/** The text log's lines of a Pidgin HTML log, or null when `body` (a file's lines) is not one. */
export function pidginHtmlLines(body: readonly string[]): Page | null {
  const first = body.findIndex((l) => l.trim() !== '');
  const header = first >= 0 ? HEADER.exec(body[first]) : null;
  if (!header) return null;
  const lines = [shownText(header[1])];
  const at = [first];
  for (let i = first + 1; i < body.length; i++) {
    const end = body[i].indexOf('</body>');
    const html = (end >= 0 ? body[i].slice(0, end) : body[i]).replace(/<br\s*\/?>\s*$/i, '');
    if (end < 0 || html.trim() !== '') {
      for (const part of html.split(BREAK)) {
        lines.push(shownText(part));
        at.push(i);
      }
    }
    if (end >= 0) break;
  }
  return { lines, at };
}
