// Files that lie among logs and are not chat logs: the minutes made from a
// log, and what a checkout leaves of a symbolic link. Read as logs, their
// lines made meetings of Markdown and people of list markers ("[1." from
// scribejs's table of contents, "Bugs/issues" from a MeetBot topic bullet
// read as a /me). The pipeline skips them with a warning that says what the
// file is and what to give instead. One entry per kind of file; the first
// that knows a file's lines (front matter aside) names it.

export interface NotALog {
  name: string;
  /** Whether the file's lines are this kind of file: a look at the first lines only. */
  test(body: readonly string[]): boolean;
  /** The warning, for the file as given. */
  says(file: string, body: readonly string[]): string;
}

/** Lines at the top of a file in which marks are looked for; a page's, past its head and style sheet. */
const HEAD = 40;
const PAGE_HEAD = 80;

/** A pattern for a line, and the characters such a line can start with: a look at one character passes over most lines. */
interface Mark {
  starts: string;
  re: RegExp;
}

/** Whether every mark is on a line among the first `head` lines. */
function near(body: readonly string[], marks: readonly Mark[], head = HEAD): boolean {
  let found = 0;
  const all = (1 << marks.length) - 1;
  for (let i = 0; i < body.length && i < head; i++) {
    const c = body[i].charAt(0);
    for (let k = 0; k < marks.length; k++) {
      if (c === '' || found & (1 << k) || !marks[k].starts.includes(c) || !marks[k].re.test(body[i])) continue;
      found |= 1 << k;
      if (found === all) return true;
    }
  }
  return false;
}

const DATE: Mark = { starts: '*', re: /^\*\*Date:\*\* / };
const ATTENDEES: Mark = { starts: '#', re: /^## Attendees\b/ };

/**
 * W3C's minutes as scribejs writes them in Markdown (w3c/scribejs, the minutes W3C groups
 * publish on GitHub Pages): a title, "**Date:** …", "See also the [Agenda] and the [IRC Log]",
 * "## Attendees" with "**Present:** …", then the discussion.
 */
const scribejs: NotALog = {
  name: 'scribejs-minutes',
  test: (body) => near(body, [DATE, ATTENDEES]),
  says: () => 'W3C minutes as scribejs writes them ("**Date:**", "## Attendees"), not a chat log: give the IRC log they were made from (linked under "See also"); skipped',
};

/** MeetBot's "Meeting started by OWNER at HH:MM:SS UTC." (MEETBOT.md §7), in its text, reST, MediaWiki and HTML minutes. */
const STARTED_LINE = /^Meeting started by \S+ at \d\d?:\d\d(:\d\d)?\b/;
const STARTED: Mark = { starts: 'M', re: STARTED_LINE };
/** "Meeting summary" as a heading: text and reST underline it, MediaWiki writes "== Meeting summary ==", the page an <h3>. */
const SUMMARY_TEXT: Mark = { starts: 'M=', re: /^(== )?Meeting summary( ==)?\s*$/ };
const SUMMARY_PAGE: Mark = { starts: '<', re: /^<h3>Meeting summary<\/h3>/ };
/** The full logs' address: "The full logs are available at URL.log.html ." (text), `(<a href="NAME.log.html">full logs</a>)` (page). */
const FULL_LOGS = /([^\s"'<>()]+)\.log\.html\b/;

/** The raw log MeetBot wrote beside minutes: NAME.log.txt for NAME.txt, NAME.rst, NAME.mw.txt or NAME.html. */
function rawLogOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, '');
  const name = base.replace(/(\.mw\.txt|\.rst\.html|\.txt|\.rst|\.html?)$/i, '');
  return name === base ? 'NAME.log.txt' : `${name}.log.txt`;
}

/**
 * Where MeetBot's minutes say the full logs are, as the raw log's address (the .log.html is the
 * page of the .log.txt beside it): on the "started by" line or the two after it (wrapped text, the page's link).
 */
function saidAddress(body: readonly string[]): string | null {
  const at = body.findIndex((l, i) => i < PAGE_HEAD && STARTED_LINE.test(l));
  for (let i = at; at >= 0 && i <= at + 2 && i < body.length; i++) {
    const m = FULL_LOGS.exec(body[i]);
    if (m) return `${m[1]}.log.txt`;
  }
  return null;
}

const meetbotSays = (what: string) => (file: string, body: readonly string[]) => {
  const raw = rawLogOf(file);
  const address = saidAddress(body);
  return `MeetBot's minutes (${what}), not a chat log: give the raw log they were made from (${raw}${address && address !== raw ? `; they name ${address}` : ''}); skipped`;
};

/** MeetBot's minutes as text, reST or MediaWiki: the "started by" line, then "Meeting summary" as a heading. */
const meetbotText: NotALog = {
  name: 'meetbot-minutes',
  test: (body) => near(body, [STARTED, SUMMARY_TEXT]),
  says: meetbotSays('text'),
};

/** MeetBot's minutes page: the "details" span's "Meeting started by", then `<h3>Meeting summary</h3>` (MEETBOT.md §7). */
const meetbotPage: NotALog = {
  name: 'meetbot-minutes-page',
  test: (body) => near(body, [STARTED, SUMMARY_PAGE], PAGE_HEAD),
  says: meetbotSays('page'),
};

/**
 * A symbolic link that a checkout wrote as a file (git does where links cannot be made, and
 * archives of a repository do): one line, the name of another file. Jenkins' meeting archive
 * links jenkins-meeting.2018-08-01.18.00.html to jenkins-meeting.2018-08-01-18.00.html.
 */
const LINK_TARGET = /^[^\s<>:|?*"]{1,255}\.(?=[A-Za-z0-9]{0,7}[A-Za-z])[A-Za-z0-9]{1,8}$/;
const symlink: NotALog = {
  name: 'symlink',
  test: (body) => body.length <= 2 && (body.length === 1 || body[1].trim() === '') && LINK_TARGET.test(body[0]),
  says: (_file, body) => `holds only the name ${JSON.stringify(body[0])}: a symbolic link checked out as a file, not a chat log; skipped (the file it names is read on its own)`,
};

export const NOT_LOGS: readonly NotALog[] = [scribejs, meetbotText, meetbotPage, symlink];

/**
 * What the marked lines of the kinds above start with (their marks' `starts`): a log none of whose
 * first lines starts so is passed over at once. A page's first line is one ("<!DOCTYPE", "<html>").
 */
const MARKED = new Uint8Array(128);
for (const { starts } of [DATE, ATTENDEES, STARTED, SUMMARY_TEXT, SUMMARY_PAGE]) for (const c of starts) MARKED[c.charCodeAt(0)] = 1;
const isMarked = (c: number) => c < 128 && MARKED[c] === 1;

/** The kind of file the lines are, when it is one that is not a log. */
export function notALog(body: readonly string[]): NotALog | null {
  if (body.length > 2) {
    let marked = false;
    for (let i = 0; i < body.length && i < HEAD && !marked; i++) marked = isMarked(body[i].charCodeAt(0));
    if (!marked) return null;
  }
  return NOT_LOGS.find((k) => k.test(body)) ?? null;
}
