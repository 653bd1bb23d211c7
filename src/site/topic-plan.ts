// The topic index made apart from the rest of the model, with its pages'
// signatures: what an incremental build hands a thread of its own
// (topic-worker.ts) while the main thread makes the rest of the model and
// its plan. At 10,000 meetings the index and the signatures of its pages
// are about 1.5 s of a rebuild's main thread. The input is what the index
// reads of each meeting (its ref and its topics' lines and texts), small to
// hand over; the blocks are made from it as meetingPage makes them, and the
// index is topicIndex's, so the pages are the model's own (a test holds the
// two ways equal).
import type { Item, Meeting } from '../types.js';
import type { MeetingRef, TopicGroupPage, TopicLetterPage, TopicsPage } from './site-view.js';
import { newestFirst } from './summary.js';
import { topicAnchor } from './paths.js';
import { linkParts } from './text.js';
import { topicIndex, type TopicSource } from './topics.js';
import { planViews } from './incremental.js';

export interface TopicInput {
  /** Newest first: each meeting's ref and topics. */
  meetings: { ref: MeetingRef; topics: Pick<Item, 'line' | 'text'>[] }[];
  siteTitle: string;
  /** The render salt (incremental.ts). */
  salt: string;
  /** The last build's signatures of the topic pages (manifest files under topics/), or null: every page is rendered. */
  previous: Record<string, string> | null;
  /** The topic pages the site has now. */
  existing: string[];
  /** topicIndex's thresholds (tests set them low). */
  onePage?: number;
  letterPage?: number;
}

export interface TopicPlan {
  page: TopicsPage;
  /** Every topic page's signature, by its path. */
  files: Record<string, string>;
  /** The pages to render. */
  letters: TopicLetterPage[];
  groups: TopicGroupPage[];
}

/** Where the index's own pages are (topics.ts): their part of a manifest. */
export const TOPIC_PAGES = 'topics/';

/** What planTopics needs of the meetings, and of the last build. `refOf`: the model's (model.ts refMaker). */
export function topicInput(meetings: readonly Meeting[], refOf: (m: Meeting) => MeetingRef, rest: Omit<TopicInput, 'meetings'>): TopicInput {
  return {
    ...rest,
    meetings: [...meetings].sort(newestFirst).map((m) => ({
      ref: refOf(m),
      topics: m.topics.map((t) => ({ line: t.line, text: t.title })),
    })),
  };
}

/** A manifest's signatures of the topic pages. */
export function topicFiles(files: Record<string, string>): Record<string, string> {
  const topics: Record<string, string> = {};
  for (const rel in files) if (rel.startsWith(TOPIC_PAGES)) topics[rel] = files[rel];
  return topics;
}

export function planTopics(input: TopicInput): TopicPlan {
  // A topic's block as meetingPage makes it (itemView's anchor and parts): all that the index reads of it.
  const sources: TopicSource[] = input.meetings.map((m) => ({ ref: m.ref, summary: m.topics.map((t) => ({ id: topicAnchor(t.line), parts: linkParts(t.text) })) }));
  const index = topicIndex(sources, input.siteTitle, input.onePage, input.letterPage);
  const planned = planViews<TopicLetterPage | TopicGroupPage>(
    [index.letters, index.groups],
    sources.map((s) => s.ref),
    input.salt,
    input.previous,
    new Set(input.existing),
  );
  return { page: index.page, files: planned.files, letters: planned.render[0] as TopicLetterPage[], groups: planned.render[1] as TopicGroupPage[] };
}
