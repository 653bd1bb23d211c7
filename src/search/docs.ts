// What the search finds: a meeting's minutes items and its log lines, one
// "document" each. A line that made an item is found as the item (its text
// without the #command); lines that only say someone joined, left or changed
// nick, and lines with no word worth indexing, are left out. Within a meeting
// documents go topics, actions, decisions, other items, then lines, so the
// browser tells a document's kind from its number and the meeting's counts.
import type { Item, ItemKind, LineKind, Meeting } from '../types.js';
import { words } from './tokenize.js';

/** The kinds the search filters on, in the order a meeting's documents take. */
export const DOC_KINDS = ['topic', 'action', 'decision', 'item', 'line'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface SearchDoc {
  kind: DocKind;
  /** The item's own kind (agreed, link…) for items; "line" for log lines. */
  label: ItemKind | 'line';
  line: number;
  nick: string | null;
  text: string;
  words: string[];
}

const STATUS_LINES: ReadonlySet<LineKind> = new Set(['join', 'part', 'quit', 'nick']);

export function docKindOf(kind: ItemKind): DocKind {
  if (kind === 'topic' || kind === 'action') return kind;
  if (kind === 'agreed' || kind === 'accepted' || kind === 'rejected' || kind === 'vote') return 'decision';
  return 'item';
}

/** The meeting's documents in index order. */
export function meetingDocs(m: Meeting): SearchDoc[] {
  const byKind = new Map<DocKind, SearchDoc[]>(DOC_KINDS.map((k) => [k, []]));
  const itemLines = new Set<number>();
  const items = [...m.items].sort((a, b) => a.line - b.line);
  for (const item of items) {
    itemLines.add(item.line);
    const doc = itemDoc(item);
    if (doc.words.length > 0) byKind.get(doc.kind)!.push(doc);
  }
  for (const l of m.lines) {
    if (itemLines.has(l.line) || STATUS_LINES.has(l.kind)) continue;
    const w = words(l.text);
    if (w.length > 0) byKind.get('line')!.push({ kind: 'line', label: 'line', line: l.line, nick: l.nick, text: l.text, words: w });
  }
  return DOC_KINDS.flatMap((k) => byKind.get(k)!);
}

function itemDoc(item: Item): SearchDoc {
  return { kind: docKindOf(item.kind), label: item.kind, line: item.line, nick: item.nick, text: item.text, words: words(item.text) };
}

export function countKinds(docs: readonly SearchDoc[]): number[] {
  return DOC_KINDS.map((k) => docs.reduce((n, d) => n + (d.kind === k ? 1 : 0), 0));
}
