// The topic index: every topic of every meeting, grouped by its normalized
// title, so two hundred "Open discussion"s are one entry. Groups go in
// alphabetical order; the entries of a group newest first.
import type { MeetingPage, TopicGroup } from './site-view.js';
import { linkParts, normalizeTitle } from './text.js';

export function topicIndex(pages: MeetingPage[]): TopicGroup[] {
  const groups = new Map<string, { titles: Map<string, number>; entries: TopicGroup['entries'] }>();
  for (const page of pages) {
    for (const block of page.summary) {
      if (block.id === null) continue;
      const title = block.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
      const key = normalizeTitle(title);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { titles: new Map(), entries: [] }));
      g.titles.set(title, (g.titles.get(title) ?? 0) + 1);
      g.entries.push({ ref: page.ref, href: `${page.ref.path}#${block.id}`, title });
    }
  }
  const ids = new Set<string>();
  return [...groups.keys()].sort(compareKeys).map((key) => {
    const g = groups.get(key)!;
    const title = commonest(g.titles);
    g.entries.sort((a, b) => (a.ref.start < b.ref.start ? 1 : a.ref.start > b.ref.start ? -1 : 0));
    return { id: uniqueId(key, ids), title, parts: linkParts(title), entries: g.entries };
  });
}

/** Letters before the rest; within them, as a reader expects an index to be ordered. */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
function compareKeys(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function commonest(titles: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [t, c] of titles) if (c > n || (c === n && t < best)) [best, n] = [t, c];
  return best;
}

/** A readable, unique anchor from the normalized title: "topic-open-discussion". */
function uniqueId(key: string, taken: Set<string>): string {
  const base = `topic-${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'untitled'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
