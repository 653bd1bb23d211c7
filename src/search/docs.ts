// What the search finds: a meeting's minutes items and its log lines, one
// "document" each. A line that made an item is found as the item (its text
// without the #command); lines that only say someone joined, left or changed
// nick, and lines with no word worth indexing, are left out. Within a meeting
// documents go topics, actions, decisions, other items, then lines, so the
// browser tells a document's kind from its number and the meeting's counts.
import type { Item, ItemKind, LineKind, Meeting } from '../types.js';
import { words } from './tokenize.js';
import { push, type IntList, type Vocabulary } from './vocabulary.js';

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

/** Person keys live in the dictionary beside words, behind a character no word has. */
export const PERSON_PREFIX = '~';

const STATUS_LINES: ReadonlySet<LineKind> = new Set(['join', 'part', 'quit', 'nick']);

export function docKindOf(kind: ItemKind): DocKind {
  if (kind === 'topic' || kind === 'action') return kind;
  if (kind === 'agreed' || kind === 'accepted' || kind === 'rejected' || kind === 'vote') return 'decision';
  return 'item';
}

/** The meeting's documents in index order, words as strings: the plain form of readMeeting (tests and the library comparison use it). */
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

/** A segment's documents as the index reads them: word ids end to end, where each document ends, who said it. */
export interface DocStream {
  ids: IntList;
  /** Per document: the end of its words in ids. */
  ends: IntList;
  /** Per document: the term id of its person ("~key"), or −1. */
  persons: IntList;
}

/** A row of a document file: [line, nick index or −1, text], and the item's kind for items. */
export type DocRow = [number, number, string] | [number, number, string, ItemKind];

export interface ReadMeeting {
  /** Documents of each kind (DOC_KINDS order). */
  counts: number[];
  rows: DocRow[];
  nicks: string[];
}

/**
 * meetingDocs without a string per word: each document's word ids go to
 * `stream` (in the same order, the same words), and its row to `rows`.
 * personOf gives the person key of a nick, or null.
 */
export function readMeeting(m: Meeting, vocabulary: Vocabulary, stream: DocStream, personOf: (nick: string) => string | null): ReadMeeting {
  const result: ReadMeeting = { counts: [0, 0, 0, 0, 0], rows: [], nicks: [] };
  const nickIndex = new Map<string, number>();
  const personIds = new Map<string, number>();
  const add = (kind: number, line: number, nick: string | null, text: string, label: ItemKind | null) => {
    let n = -1;
    let person = -1;
    if (nick !== null) {
      n = nickIndex.get(nick) ?? -1;
      if (n < 0) {
        nickIndex.set(nick, (n = result.nicks.push(nick) - 1));
        const key = personOf(nick);
        personIds.set(nick, key === null ? -1 : vocabulary.id(PERSON_PREFIX + key));
      }
      person = personIds.get(nick)!;
    }
    push(stream.ends, stream.ids.length);
    push(stream.persons, person);
    result.rows.push(label === null ? [line, n, text] : [line, n, text, label]);
    result.counts[kind]++;
  };

  // Items first, each kind in line order; their words wait in `held` until their kind's turn.
  const items = [...m.items].sort((a, b) => a.line - b.line);
  const itemLines = new Set<number>();
  const held: IntList = { items: new Int32Array(256), length: 0 };
  const byKind: { item: Item; from: number; to: number }[][] = [[], [], [], []];
  for (const item of items) {
    itemLines.add(item.line);
    const from = held.length;
    if (vocabulary.scan(item.text, held) > 0) byKind[DOC_KINDS.indexOf(docKindOf(item.kind))].push({ item, from, to: held.length });
  }
  byKind.forEach((docs, kind) => {
    for (const { item, from, to } of docs) {
      for (let i = from; i < to; i++) push(stream.ids, held.items[i]);
      add(kind, item.line, item.nick, item.text, item.kind);
    }
  });
  for (const l of m.lines) {
    if (itemLines.has(l.line) || STATUS_LINES.has(l.kind)) continue;
    if (vocabulary.scan(l.text, stream.ids) > 0) add(4, l.line, l.nick, l.text, null);
  }
  return result;
}
