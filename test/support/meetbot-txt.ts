// Reads the plain-text minutes MeetBot 0.1.4 and its forks write (NAME.txt)
// back into the few facts the agreement test compares: topics, action items,
// action items by person, and people. Test-only: minutebook never reads
// minutes, it writes them.
//
// The summary is a bullet list wrapped at 72 columns by Python's textwrap:
//   * TOPIC  (nick, HH:MM:SS)            a topic, or an item before the first topic
//     continued with 2 spaces
//     * ACTION: text  (nick, HH:MM:SS)   an item under the current topic
//       continued with 4 spaces
// A blank line goes before every topic but the first. Forks differ in the
// section headings' case, a blank line after headings, and extra sections
// ("Action Items", "**UNASSIGNED**"), none of which matter here.

export interface MeetBotMinutes {
  topics: string[];
  /** Every non-topic item of the summary as printed ("ACTION: …", "LINK: …", or bare #info text). */
  items: string[];
  /** Texts of the ACTION items of the meeting summary, in order. */
  actions: string[];
  /** "Action items, by person": nick → texts of the actions listed under it (UNASSIGNED left out). */
  byPerson: Map<string, string[]>;
  /** People present: nick → lines said. */
  people: Map<string, number>;
  /**
   * The summary is one run of top-level bullets, the last one unlabelled: it
   * is read as a topic, but it may as well be an #info said before any topic
   * (the text cannot tell them apart; the HTML minutes can).
   */
  lastTopicMayBeInfo: boolean;
}

interface Entry {
  level: 0 | 1;
  text: string;
  /** A blank line came just before it. */
  afterBlank: boolean;
}

const LABEL = /^(ACTION|AGREED|IDEA|HELP|ACCEPTED|REJECTED|VOTE|LINK|INFO):(?: |$)/;
const DETAILS = /\s*\(\S+, \d\d:\d\d:\d\d\)$/;

/** Collapse runs of whitespace and trim: wrapping keeps no record of the spaces it broke at. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function readMeetBotTxt(text: string): MeetBotMinutes {
  const lines = text.split(/\r?\n/);
  const summary = sectionLines(lines, /^Meeting summary$/i, /^Meeting (?:ended at|never ended)/);
  const entries = bulletEntries(summary);
  const { topics, items, lastTopicMayBeInfo } = classify(entries);
  const actions = items.filter((t) => t.startsWith('ACTION:')).map((t) => normalizeSpace(t.slice('ACTION:'.length)));
  return { topics, items, actions, byPerson: readByPerson(lines), people: readPeople(lines), lastTopicMayBeInfo };
}

/** Lines after a heading (and its underline) up to the line matching `until`, or the next heading. */
function sectionLines(lines: string[], heading: RegExp, until?: RegExp): string[] {
  const at = lines.findIndex((l, i) => heading.test(l) && /^-+$/.test(lines[i + 1] ?? ''));
  if (at < 0) return [];
  const out: string[] = [];
  for (let i = at + 2; i < lines.length; i++) {
    const l = lines[i];
    if (until?.test(l)) break;
    if (/^-+$/.test(lines[i + 1] ?? '') && l.trim() !== '') break;
    out.push(l);
  }
  return out;
}

/** Bullets with their continuation lines joined; blank lines mark topics. */
function bulletEntries(lines: string[]): Entry[] {
  const entries: Entry[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.trim() === '') {
      blank = entries.length > 0;
      continue;
    }
    // A bullet can stand alone on its line when a long URL follows it.
    const top = /^\*(?: (.*))?$/.exec(line);
    const sub = /^ {2}\*(?: (.*))?$/.exec(line);
    if (top || sub) {
      entries.push({ level: top ? 0 : 1, text: (top ?? sub)![1] ?? '', afterBlank: blank });
    } else if (entries.length) {
      entries[entries.length - 1].text += ' ' + line.trim();
    }
    blank = false;
  }
  return entries;
}

/**
 * Top-level bullets are topics, except items said before the first topic,
 * which MeetBot prints at top level too. Those can only come first, in the
 * leading run of top-level bullets, whose last bullet is then the first topic:
 * items after a topic are indented. When that run is the whole summary the
 * text alone cannot tell a lone topic from a lone #info; a labelled last
 * bullet ("LINK: …") is an item, an unlabelled one is taken for a topic and
 * flagged.
 */
function classify(entries: Entry[]): { topics: string[]; items: string[]; lastTopicMayBeInfo: boolean } {
  const texts = entries.map((e) => normalizeSpace(e.text.replace(DETAILS, '')));
  let run = 0;
  while (run < entries.length && entries[run].level === 0 && (run === 0 || !entries[run].afterBlank)) run++;
  const firstTopic = run > 0 && (run < entries.length || !LABEL.test(texts[run - 1])) ? run - 1 : -1;
  const topics: string[] = [];
  const items: string[] = [];
  entries.forEach((e, i) => {
    const isTopic = e.level === 0 && (i >= run || i === firstTopic);
    (isTopic ? topics : items).push(texts[i]);
  });
  return { topics, items, lastTopicMayBeInfo: firstTopic >= 0 && run === entries.length };
}

function readByPerson(lines: string[]): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const entry of bulletEntries(sectionLines(lines, /^Action items, by person$/i))) {
    if (entry.level === 0) {
      current = entry.text === '**UNASSIGNED**' ? null : [];
      if (current) byPerson.set(entry.text, current);
    } else if (current) {
      current.push(normalizeSpace(entry.text));
    }
  }
  return byPerson;
}

function readPeople(lines: string[]): Map<string, number> {
  const people = new Map<string, number>();
  for (const line of sectionLines(lines, /^People present \(lines said\)$/i)) {
    const m = /^\* (\S+) \((\d+)\)$/.exec(line);
    if (m) people.set(m[1], Number(m[2]));
  }
  return people;
}
