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

/** Whether every pattern matches a line among the first `head` lines. */
function near(body: readonly string[], patterns: readonly RegExp[], head = HEAD): boolean {
  const found = patterns.map(() => false);
  let left = patterns.length;
  for (let i = 0; i < body.length && i < head && left > 0; i++) {
    patterns.forEach((p, k) => {
      if (!found[k] && p.test(body[i])) {
        found[k] = true;
        left--;
      }
    });
  }
  return left === 0;
}

/**
 * W3C's minutes as scribejs writes them in Markdown (w3c/scribejs, the minutes W3C groups
 * publish on GitHub Pages): a title, "**Date:** …", "See also the [Agenda] and the [IRC Log]",
 * "## Attendees" with "**Present:** …", then the discussion.
 */
const scribejs: NotALog = {
  name: 'scribejs-minutes',
  test: (body) => near(body, [/^\*\*Date:\*\* /, /^## Attendees\b/]),
  says: () => 'W3C minutes as scribejs writes them ("**Date:**", "## Attendees"), not a chat log: give the IRC log they were made from (linked under "See also"); skipped',
};

/** MeetBot's "Meeting started by OWNER at HH:MM:SS UTC." (MEETBOT.md §7), in its text, reST, MediaWiki and HTML minutes. */
const STARTED = /^Meeting started by \S+ at \d\d?:\d\d(:\d\d)?\b/;
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
  const at = body.findIndex((l, i) => i < PAGE_HEAD && STARTED.test(l));
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
  test: (body) => near(body, [STARTED, /^(== )?Meeting summary( ==)?\s*$/]),
  says: meetbotSays('text'),
};

/** MeetBot's minutes page: the "details" span's "Meeting started by", then `<h3>Meeting summary</h3>` (MEETBOT.md §7). */
const meetbotPage: NotALog = {
  name: 'meetbot-minutes-page',
  test: (body) => near(body, [STARTED, /^<h3>Meeting summary<\/h3>/], PAGE_HEAD),
  says: meetbotSays('page'),
};

/**
 * A symbolic link that a checkout wrote as a file (git does where links cannot be made, and
 * archives of a repository do): one line, the name of another file. Jenkins' meeting archive
 * links jenkins-meeting.2018-08-01.18.00.html to jenkins-meeting.2018-08-01-18.00.html.
 */
const LINK_TARGET = /^[^\s<>:|?*"]{1,255}\.[A-Za-z0-9]{1,8}$/;
const symlink: NotALog = {
  name: 'symlink',
  test: (body) => {
    const lines = body.filter((l) => l.trim() !== '');
    return lines.length === 1 && body[0] === lines[0] && LINK_TARGET.test(lines[0]);
  },
  says: (_file, body) => `holds only the name ${JSON.stringify(body[0])}: a symbolic link checked out as a file, not a chat log; skipped (the file it names is read on its own)`,
};

export const NOT_LOGS: readonly NotALog[] = [scribejs, meetbotText, meetbotPage, symlink];

/** The kind of file the lines are, when it is one that is not a log. */
export function notALog(body: readonly string[]): NotALog | null {
  return NOT_LOGS.find((k) => k.test(body)) ?? null;
}
