// The minutes as Markdown (ID.md): the title, one line of facts, each topic
// as a section with its items, then the action items, the action items by
// person and the people present. Every item links its time to its line in
// the log page beside it (BASENAME.log.html#l-N). Texts are kept whole and
// escaped, so nothing said in the channel can become markup.
import type { Item, Meeting } from '../types.js';
import { KIND_LABELS } from './kinds.js';
import { clockOf, dateOf, duration, textLines } from './text.js';
import { actionsByPerson } from './by-person.js';
import { escapeHeading, escapeText, markdownText } from './markdown-escape.js';
import { lineAnchor, logPath } from './paths.js';

/** The last path segment of the id: the log page sits beside the .md file. */
function baseName(m: Meeting): string {
  return m.id.slice(m.id.lastIndexOf('/') + 1);
}

/** "[16:05:51](oslo.2016-11-07-16.00.log.html#l-42)", or "line 42" for a log without times. */
function lineLink(m: Meeting, at: { time: string | null; line: number }): string {
  const label = at.time ? clockOf(at.time) : `line ${at.line}`;
  return `[${label}](${logPath(baseName(m))}#${lineAnchor(at.line)})`;
}

/** "(alice, [16:05:51](…))": who said it and where. */
function said(m: Meeting, at: { nick: string; time: string | null; line: number }): string {
  return `(${escapeText(at.nick)}, ${lineLink(m, at)})`;
}

function facts(m: Meeting): string {
  const parts = [`**Date:** ${m.undated ? 'unknown' : dateOf(m.start)}`];
  if (m.untimed) {
    // A log without times: its start is 00:00 of its date, no time of day, and it has no length.
    if (!m.ended) parts.push('never ended (no #endmeeting)');
  } else {
    const sameDay = dateOf(m.start) === dateOf(m.end);
    const end = sameDay || m.undated ? clockOf(m.end) : `${dateOf(m.end)} ${clockOf(m.end)}`;
    parts.push(`**Time:** ${clockOf(m.start)}–${end} UTC${m.ended ? '' : ', never ended (no #endmeeting; the time is that of the last line)'}`, `**Duration:** ${duration(m.start, m.end)}`);
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
  const pad = ' '.repeat(indent);
  return [markdownText(first, blockStart), ...rest.map((l) => pad + markdownText(l, true))].join('\\\n');
}

function itemLine(m: Meeting, item: Item): string {
  // A scribe's record of what someone said (W3C): "- **ivan:** text ([12:00:01](…))", as W3C's minutes put it.
  if (item.kind === 'said') return `- **${escapeText(item.nick)}:** ${itemText(item.text, 2)} (${lineLink(m, item)})`;
  return `- **${KIND_LABELS[item.kind]}:** ${itemText(item.text, 2)} ${said(m, item)}`;
}

function summary(m: Meeting): string[] {
  const blocks: string[] = [];
  const early = m.items.filter((i) => i.kind !== 'topic' && i.topic === null);
  if (early.length) blocks.push('## Before the first topic', early.map((i) => itemLine(m, i)).join('\n'));
  m.topics.forEach((topic, index) => {
    blocks.push(`## ${topic.title.trim() ? escapeHeading(topic.title) : '(no title)'}`, said(m, topic));
    const items = m.items.filter((i) => i.kind !== 'topic' && i.topic === index);
    if (items.length) blocks.push(items.map((i) => itemLine(m, i)).join('\n'));
  });
  return blocks;
}

/** An action in the lists after the summary: its text, and its time linked to the log. */
function actionLine(m: Meeting, item: Item, indent = ''): string {
  return `${indent}- ${itemText(item.text, indent.length + 2, true)} (${lineLink(m, item)})`;
}

function actions(m: Meeting): string[] {
  const all = m.items.filter((i) => i.kind === 'action');
  if (!all.length) return ['## Action items', '(none)'];
  const byPerson = actionsByPerson(m).map((group) =>
    [
      `- **${group.nick === null ? 'UNASSIGNED' : escapeText(group.nick)}**`,
      ...group.items.map((i) => actionLine(m, i, '  ')),
    ].join('\n'),
  );
  return ['## Action items', all.map((i) => actionLine(m, i)).join('\n'), '## Action items, by person', byPerson.join('\n')];
}

function people(m: Meeting): string[] {
  if (!m.people.length) return [];
  return ['## People present (lines said)', m.people.map((p) => `- ${markdownText(p.nick, true)} (${p.lines})`).join('\n')];
}

export function markdownMinutes(m: Meeting): string {
  const blocks = [`# ${escapeHeading(m.title)}`, facts(m)];
  if (m.owner === null) blocks.push('This log has no #startmeeting, so it has no minutes.');
  else blocks.push(...summary(m), ...actions(m));
  blocks.push(...people(m));
  return blocks.join('\n\n') + '\n';
}
