// MeetBot's own log page (NAME.log.html) read back as the raw log it was
// written from. MeetBot writes each line of its log as one line of a <pre>,
// anchored #l-N (N the line's number in NAME.log.txt), its parts in spans:
//   <a name="l-9"></a><span class="tm">14:10:12</span><span class="nk"> &lt;alice&gt;</span> <span class="topic">#topic </span><span class="topicline">roll call</span>
//   <a name="l-15"></a><span class="tm">14:14:13 </span><span class="nka">* bob</span> <span class="ac">waves</span>
// Without its tags and entities each is the raw line again ("14:10:12 <alice>
// #topic roll call", "14:14:13 * bob waves"), which the line formats read as
// they read the .log.txt: the 9 pages of the corpus give their .log.txt's
// lines exactly (test/lines/meetbot-html.test.ts). For an archive that kept
// only MeetBot's pages; where the .log.txt is beside it, that is read instead
// (read-logs.ts). One of the page readers of pages.ts.
import { preLines, shownText } from './html-text.js';
import type { Page } from './pages.js';

/**
 * A line MeetBot anchored. Upstream MeetBot writes `<a name="l-N"></a><span class="tm">`, OpenStack's
 * `<a href="#l-N" name="l-N"><span class="tm">…</span></a>`, its older writer (pygments) `<a name="l-N"></a>`
 * before spans of its own: each is the anchor and the raw line's text in spans.
 */
const ANCHORED = /<a\b[^>]*\bname="l-\d+"/;

/**
 * The raw log lines of a MeetBot log page, or null when `body` (a file's lines) is not one:
 * an HTML page with lines MeetBot anchored. The lines are those from the first anchored line
 * to the end of its <pre>, each without its markup; line K of them is the page's #l-K.
 */
export function meetbotHtmlLines(body: readonly string[]): Page | null {
  const first = body.findIndex((l) => ANCHORED.test(l));
  // The first line also holds the <pre> that opens the log; MeetBot closes it on the last line, others on a line of its own.
  return first < 0 ? null : preLines(body, first, shownText);
}
