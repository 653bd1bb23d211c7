// The plain-text minutes (ID.txt), laid out as MeetBot 0.1.4's Text writer
// lays them out in the minutes of robobutler (Jenkins), brokerbot and zodbot
// (Fedora), 129 of the 130 real minutes in our corpus: a title block, the
// summary by topic, "Action Items", "Action Items, by person" with its
// "**UNASSIGNED**" group, "People Present (lines said)", sections four blank
// lines apart, lines wrapped at 72 columns by Python's textwrap. (Later
// upstream and OpenStack code drops "Action Items" and lowercases headings.)
//
// On purpose, not as MeetBot:
// - the trailer says minutebook wrote the file, in MeetBot's layout;
// - the full log is linked as ID.log.html, relative to the site root (bots
//   print their own URL prefix there);
// - a meeting with no #endmeeting says so instead of "Meeting ended at";
// - an item from a log without times shows its log line instead of a time,
//   and the meeting's start and end no time (its date, when the log has one).
// Its "by person" is MeetBot's, though: an action whose owner the text names
// by a variant of their nick (Item.variantAssignees) stays UNASSIGNED here.
import type { Item, ItemKind, Meeting } from '../types.js';
import { actionsByPerson } from './by-person.js';
import { fill, strip } from './textwrap.js';
import { clockOf, dateOf, textLines } from './text.js';

/** How each kind is introduced in the summary; #info (and #topic) get no label, as in MeetBot; nor does a scribe's record of what was said (W3C). */
const LABELS: Record<ItemKind, string> = {
  topic: '',
  info: '',
  action: 'ACTION: ',
  agreed: 'AGREED: ',
  idea: 'IDEA: ',
  help: 'HELP: ',
  accepted: 'ACCEPTED: ',
  rejected: 'REJECTED: ',
  link: 'LINK: ',
  vote: 'VOTE: ',
  said: '',
};

const MEETBOT_INFO_URL = 'http://wiki.debian.org/MeetBot';

/** MeetBot's page title: "#channel: topic", or "#channel Meeting" when the meeting has no topic of its own. */
export function meetbotTitle(m: Pick<Meeting, 'series' | 'title'>): string {
  return m.title === m.series ? `#${m.series} Meeting` : `#${m.series}: ${m.title}`;
}

/**
 * A #link as MeetBot 0.1.4 prints it (items.py, class Link): the text up to
 * the first space is taken for the URL and the rest is stripped, so a URL
 * alone gains a trailing space ("LINK: http://x   (nick, …)"). OpenStack's
 * fork later looked for the URL anywhere; the bots in our corpus do not.
 */
export function linkText(text: string): string {
  const padded = `${text} `;
  const space = padded.indexOf(' ');
  return `${padded.slice(0, space)} ${strip(padded.slice(space + 1))}`;
}

/**
 * An item as MeetBot's text writer prints it, before wrapping: "ACTION: text
 * (nick, 10:00:01)". The text of a chat message of several lines keeps
 * them (textLines), joined by newlines: bullet() wraps each.
 */
export function itemLine(item: Item): string {
  const text = item.kind === 'link' ? linkText(item.text) : textLines(item.text).join('\n');
  const when = item.time ? clockOf(item.time) : `line ${item.line}`;
  return `${LABELS[item.kind]}${text}  (${item.nick}, ${when})`;
}

/**
 * MeetBot's wrapList: a bullet wrapped at 72 columns, continued 2 columns
 * further in. Text of several lines (an item from a chat message of several
 * lines; MeetBot's items are one IRC line) has each line (textLines) wrapped
 * on its own, the later ones where the bullet's text goes on.
 */
function bullet(text: string, indent: number): string {
  const first = ' '.repeat(indent);
  const later = ' '.repeat(indent + 2);
  const [head, ...rest] = textLines(text);
  return [fill(`* ${head}`, { initialIndent: first, subsequentIndent: later }), ...rest.map((l) => fill(l, { initialIndent: later, subsequentIndent: later }))].join('\n');
}

function heading(name: string): string {
  return `${name}\n${'-'.repeat(name.length)}`;
}

function codePoints(s: string): number {
  return [...s].length;
}

function opening(m: Meeting, url: string): string {
  // With the site's address, the log's own, as MeetBot gives it with its logUrlPrefix set; without, the path from
  // the site's top, as MeetBot writes it with none (brokerbot's minutes, byte for byte).
  const logs = `The full logs are available at ${url}${m.id}.log.html .`;
  // A log without times gives no time to start at (its start is 00:00 of its date, or of no date).
  const at = !m.untimed ? ` at ${clockOf(m.start)} UTC` : m.undated ? '' : ` on ${dateOf(m.start)}`;
  return fill(m.owner === null ? `Log starting${at}, with no #startmeeting. ${logs}` : `Meeting started by ${m.owner}${at}. ${logs}`);
}

/** Topics at the left, a blank line before each but the first; items under a topic indented. */
function summary(m: Meeting): string {
  const out: string[] = [];
  let haveTopic = false;
  for (const item of m.items) {
    if (item.kind === 'topic') {
      if (haveTopic) out.push('');
      haveTopic = true;
      out.push(bullet(itemLine(item), 0));
    } else {
      out.push(bullet(itemLine(item), haveTopic ? 2 : 0));
    }
  }
  return out.join('\n');
}

function ending(m: Meeting): string {
  if (m.untimed) return m.ended ? 'Meeting ended.' : 'Meeting never ended (no #endmeeting).';
  return m.ended
    ? `Meeting ended at ${clockOf(m.end)} UTC.`
    : `Meeting never ended (no #endmeeting); the log stops at ${clockOf(m.end)} UTC.`;
}

function actionItems(m: Meeting): string {
  return m.items
    .filter((i) => i.kind === 'action')
    .map((i) => bullet(i.text, 0))
    .join('\n');
}

/** Every person named in an action, then UNASSIGNED, always printed ("(none)" when empty) as in this layout. */
function actionItemsByPerson(m: Meeting): string {
  const out: string[] = [];
  let unassigned: Item[] = [];
  for (const group of actionsByPerson(m, { meetbot: true })) {
    if (group.nick === null) {
      unassigned = group.items;
      continue;
    }
    out.push(`* ${group.nick}`, ...group.items.map((i) => bullet(i.text, 2)));
  }
  out.push('* **UNASSIGNED**', ...(unassigned.length ? unassigned.map((i) => bullet(i.text, 2)) : ['  * (none)']));
  return out.join('\n');
}

function peoplePresent(m: Meeting): string {
  return m.people.map((p) => `* ${p.nick} (${p.lines})`).join('\n');
}

/** `url`: the site's address (ending in "/"), which the log's address starts with, as MeetBot's does; "" for none. */
export function meetbotText(m: Meeting, url = ''): string {
  const title = meetbotTitle(m);
  const rule = '='.repeat(codePoints(title));
  const sections = [
    `${rule}\n${title}\n${rule}\n\n\n${opening(m, url)}\n\n\n\n${heading('Meeting summary')}\n${summary(m)}\n\n${ending(m)}`,
    `${heading('Action Items')}\n${actionItems(m)}`,
    `${heading('Action Items, by person')}\n${actionItemsByPerson(m)}`,
    `${heading('People Present (lines said)')}\n${peoplePresent(m)}`,
    `Generated by minutebook in the layout of \`MeetBot\`_ 0.1.4\n\n.. _\`MeetBot\`: ${MEETBOT_INFO_URL}\n`,
  ];
  return sections.join('\n\n\n\n\n');
}
