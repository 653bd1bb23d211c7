// The minutes as Markdown (ID.md): the title, one line of facts, each topic
// as a section with its items, then the action items, the action items by
// person and the people present. Every item links its time to its line in
// the log page beside it (BASENAME.log.html#l-N). Dates and times are in the
// site's time zone, by the clock the pages use (clock.ts), so a time here is
// the one the log page shows on that line. Texts are kept whole and escaped,
// so nothing said in the channel can become markup.
import type { Item, Meeting } from '../types.js';
import { KIND_LABELS } from './kinds.js';
import { duration, textLines } from './text.js';
import { clockFor, clockIn, type Clock } from './clock.js';
import { actionsByPerson } from './by-person.js';
import { escapeHeading, escapeText, markdownText } from './markdown-escape.js';
import { lineAnchor, logPath } from './paths.js';

/** The last path segment of the id: the log page sits beside the .md file. */
function baseName(m: Meeting): string {
  return m.id.slice(m.id.lastIndexOf('/') + 1);
}

/** The meeting and the clock its times are shown by. */
interface Minutes {
  m: Meeting;
  clock: Clock;
}

/** "[16:05:51](oslo.2016-11-07-16.00.log.html#l-42)", the time as the log page shows that line; "line 42" for a log without times. */
function lineLink({ m, clock }: Minutes, at: { time: string | null; line: number }): string {
  const label = at.time ? clock.second(at.time) : `line ${at.line}`;
  return `[${label}](${logPath(baseName(m))}#${lineAnchor(at.line)})`;
}

/** "(alice, [16:05:51](…))": who said it and where. */
function said(mm: Minutes, at: { nick: string; time: string | null; line: number }): string {
  return `(${escapeText(at.nick)}, ${lineLink(mm, at)})`;
}

/**
 * "16:00:59–17:00:10 UTC"; the end's date too when it is another day in the
 * zone; the zone's name after each when it changes between them (summer time
 * begins or ends).
 */
function timeSpan({ m, clock }: Minutes): string {
  const [from, to] = [clock.label(m.start), clock.label(m.end)];
  const sameDay = m.undated || clock.date(m.start) === clock.date(m.end);
  const end = `${sameDay ? '' : `${clock.date(m.end)} `}${clock.second(m.end)}`;
  const named = (label: string) => (label ? ` ${label}` : '');
  return from === to ? `${clock.second(m.start)}–${end}${named(to)}` : `${clock.second(m.start)}${named(from)}–${end}${named(to)}`;
}

function facts(mm: Minutes): string {
  const { m, clock } = mm;
  // An untimed meeting's start is its date's midnight in UTC, no instant: its date as the log gives it, in any zone.
  const date = m.undated ? 'unknown' : m.untimed ? m.start.slice(0, 10) : clock.date(m.start);
  const parts = [`**Date:** ${date}`];
  if (m.untimed) {
    // A log without times: its start is 00:00 of its date, no time of day, and it has no length.
    if (!m.ended) parts.push('never ended (no #endmeeting)');
  } else {
    parts.push(`**Time:** ${timeSpan(mm)}${m.ended ? '' : ', never ended (no #endmeeting; the time is that of the last line)'}`, `**Duration:** ${duration(m.start, m.end)}`);
  }
  if (m.chairs.length) parts.push(`**Chairs:** ${m.chairs.map(escapeText).join(', ')}`);
  if (m.scribes?.length) parts.push(`**Scribes:** ${m.scribes.map(escapeText).join(', ')}`);
  if (m.regrets?.length) parts.push(`**Regrets:** ${m.regrets.map(escapeText).join(', ')}`);
  parts.push(`[Full log](${logPath(baseName(m))})`);
  return parts.join(' · ');
}

/**
 * An item's text in a list item whose text starts at column `indent`. The
 * text of a chat message of several lines (Item.text) keeps its lines: each
 * after a hard line break (a backslash at the end of the line before),
 * indented to stay in the list item, and escaped as a block's start, so
 * "- do X" is not a list of its own. Blank lines are left out (textLines):
 * one would end the item's paragraph.
 */
function itemText(text: string, indent: number, blockStart = false): string {
  const [first, ...rest] = textLines(text);
  // As the minutes page says it ("#action" alone).
  if (rest.length === 0 && first.trim() === '') return '*(no text)*';
  const pad = ' '.repeat(indent);
  return [markdownText(first, blockStart), ...rest.map((l) => pad + markdownText(l, true))].join('\\\n');
}

function itemLine(mm: Minutes, item: Item): string {
  // A scribe's record of what someone said (W3C): "- **ivan:** text ([12:00:01](…))", as W3C's minutes put it.
  if (item.kind === 'said') return `- **${escapeText(item.nick)}:** ${itemText(item.text, 2)} (${lineLink(mm, item)})`;
  return `- **${KIND_LABELS[item.kind]}:** ${itemText(item.text, 2)} ${said(mm, item)}`;
}

function summary(mm: Minutes): string[] {
  const { m } = mm;
  const blocks: string[] = [];
  const early = m.items.filter((i) => i.kind !== 'topic' && i.topic === null);
  if (early.length) blocks.push('## Before the first topic', early.map((i) => itemLine(mm, i)).join('\n'));
  m.topics.forEach((topic, index) => {
    blocks.push(`## ${topic.title.trim() ? escapeHeading(topic.title) : '*(untitled topic)*'}`, said(mm, topic));
    const items = m.items.filter((i) => i.kind !== 'topic' && i.topic === index);
    if (items.length) blocks.push(items.map((i) => itemLine(mm, i)).join('\n'));
  });
  return blocks;
}

/** An action in the lists after the summary: its text, and its time linked to the log. */
function actionLine(mm: Minutes, item: Item, indent = ''): string {
  return `${indent}- ${itemText(item.text, indent.length + 2, true)} (${lineLink(mm, item)})`;
}

function actions(mm: Minutes): string[] {
  const all = mm.m.items.filter((i) => i.kind === 'action');
  if (!all.length) return ['## Action items', '(none)'];
  const byPerson = actionsByPerson(mm.m).map((group) =>
    [
      `- **${group.nick === null ? 'UNASSIGNED' : escapeText(group.nick)}**`,
      ...group.items.map((i) => actionLine(mm, i, '  ')),
    ].join('\n'),
  );
  return ['## Action items', all.map((i) => actionLine(mm, i)).join('\n'), '## Action items, by person', byPerson.join('\n')];
}

function people(m: Meeting): string[] {
  if (!m.people.length) return [];
  return ['## People present (lines said)', m.people.map((p) => `- ${markdownText(p.nick, true)} (${p.lines})`).join('\n')];
}

/**
 * The minutes as Markdown, their dates and times by `clock` (the site's zone; UTC by default). A meeting whose
 * log gives no date keeps the clock its log gives: a zone's offset is a date's, and 1970-01-01's is none.
 */
export function markdownMinutes(m: Meeting, clock: Clock = clockIn(undefined)): string {
  // An undated meeting's times are its log's clock, with no zone named, as its pages give them.
  const mm: Minutes = { m, clock: clockFor(m, clock) };
  const blocks = [`# ${escapeHeading(m.title)}`, facts(mm)];
  // No #startmeeting and nothing a scribe recorded (a W3C meeting has no owner, and minutes all the same).
  if (m.owner === null && m.items.length === 0) blocks.push('This log has no #startmeeting, so it has no minutes.');
  else blocks.push(...summary(mm), ...actions(mm));
  blocks.push(...people(m));
  return blocks.join('\n\n') + '\n';
}
