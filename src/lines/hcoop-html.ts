// HCoop Meetbot's log page (NAME.log.html; hcoop-meetbot, the Limnoria
// plugin), read back as the lines it shows. HCoop Meetbot keeps no text log:
// its page is the raw log, one line of a <pre> per message, anchored id-N:
//   <a name="id-3"></a><span class="tm">21:08:15</span> <span class="nk">&lt;pronovic&gt;</span> <span><span class="cmd">#link </span>…</span>
//   <a name="id-9"></a><span class="tm">21:09:02</span> <span class="nka">&lt;bob&gt;</span> <span class="ac">waves</span>
// Without its tags and entities a message is MeetBot's raw line again
// ("21:08:15 <pronovic> #link …"); a /me (class "nka") is written as MeetBot
// writes one ("21:09:02  * bob waves"). The meetbot line format reads both.
// The page holds what people said only (the bot's replies are not in it), so
// the reader says which MeetBot it is: the hcoop fork (meeting/bot.ts). One of
// the page readers of pages.ts.
import { preLines, shownText } from './html-text.js';
import type { Page } from './pages.js';

const ANCHORED = /^<a name="id-\d+"><\/a><span class="tm">/;
/** A /me's nick: "<nick>" in a span of class "nka". */
const ACTION_NICK = /^(.*?<span class="tm">[^<]*<\/span>) <span class="nka">&lt;(.*?)&gt;<\/span>/;

/** The lines of an HCoop Meetbot log page, or null when `body` (a file's lines) is not one. */
export function hcoopHtmlLines(body: readonly string[]): Page | null {
  const first = body.findIndex((l) => ANCHORED.test(l));
  if (first < 0) return null;
  // A message is one line; the blank line before </pre> is none.
  return { ...preLines(body, first, (html) => shownText(html.replace(ACTION_NICK, '$1  * $2')), false), fork: 'hcoop' };
}
