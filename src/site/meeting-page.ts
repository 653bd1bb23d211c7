// One meeting's minutes page (and its log page): the facts, topics with their
// items, action items (all, and by person), people present, downloads.
import type { Item, Meeting } from '../types.js';
import { isDecision, KIND_LABELS } from './kinds.js';
import type { People } from './people.js';
import type { ItemView, MeetingPage, MeetingRef, TopicBlock } from './site-view.js';
import { actionsByPerson } from './by-person.js';
import { logView, nickColour } from './log-view.js';
import { proseHtml } from './log-prose.js';
import { anchored, downloadsOf, type DownloadKind, itemAnchor, lineAnchor, logPath, minutesPath, rootOf, seriesPath, topicAnchor } from './paths.js';
import { seriesFeed } from './series.js';
import { DATE_UNKNOWN, duration, linkParts, pageDescription, pageTitle, whenOf } from './text.js';
import { counted } from '../counted.js';
import { clockFor, clockIn, type Clock } from './clock.js';

/**
 * `seriesTitle`: the title the site gives the meeting's series (the settings', its notes', else its name). A meeting
 * named only by its series (no #meetingname or front matter title: its title is the series' name) is shown by that
 * title, as its series page is.
 */
export function meetingRef(m: Meeting, siteClock: Clock = clockIn(undefined), seriesTitle: string = m.series): MeetingRef {
  const clock = clockFor(m, siteClock);
  let actions = 0;
  for (const i of m.items) if (i.kind === 'action') actions++;
  return {
    id: m.id,
    path: minutesPath(m.id),
    title: m.title === m.series ? seriesTitle : m.title,
    series: m.series,
    named: m.title !== m.series,
    // An untimed meeting's start is its date's midnight in UTC, no instant: its date as the log gives it, in any zone.
    date: m.undated ? DATE_UNKNOWN : m.untimed ? m.start.slice(0, 10) : clock.date(m.start),
    time: m.untimed ? '' : clock.minute(m.start),
    ...(m.undated ? { undated: true as const } : {}),
    ...(m.untimed ? { untimed: true as const } : {}),
    zone: m.untimed ? '' : clock.label(m.start),
    start: m.start,
    ended: m.ended,
    topics: m.topics.length,
    actions,
    people: m.people.length,
  };
}

export function itemView(item: Item, m: Meeting, people: People, clock: Clock): ItemView {
  return {
    id: item.kind === 'topic' ? topicAnchor(item.line) : itemAnchor(item.line),
    kind: item.kind,
    label: KIND_LABELS[item.kind],
    group: isDecision(item.kind) ? 'decision' : item.kind,
    text: item.text,
    parts: linkParts(item.text),
    nick: item.nick,
    clock: clock.second(item.time),
    line: item.line,
    logHref: anchored(logPath(m.id), lineAnchor(item.line)),
    assignees: (item.assignees ?? []).map((nick) => people.linkOf(nick, m)),
  };
}

export interface MeetingContext {
  ref: MeetingRef;
  seriesTitle: string;
  siteTitle: string;
  prev: MeetingRef | null;
  next: MeetingRef | null;
  people: People;
  clock: Clock;
  /** The kinds of download the site carries (default all). */
  downloads?: readonly DownloadKind[];
}

/** The log page's view and the pages' description, for a page that will be rendered. */
export function attachLog(page: MeetingPage, m: Meeting, ctx: Pick<MeetingContext, 'siteTitle' | 'clock'>): void {
  const items = page.summary.flatMap((b) => (b.id === null ? b.items : [topicItem(b), ...b.items]));
  page.log = logView(m, items, pageTitle(`Log: ${page.ref.title}`, ctx.siteTitle, titleWhen(page.ref)), clockFor(m, ctx.clock));
  page.proseHtml = proseHtml(m);
  page.description = pageDescription(meetingSummary(page.counts, page.people.length, m.topics.map((t) => t.title)));
}

/** What a meeting holds, in a sentence or two: "2 topics, 1 action item, 0 decisions, 5 people. Topics: A; B." (feeds, page descriptions). */
export function meetingSummary(counts: MeetingPage['counts'], people: number, topics: readonly string[]): string {
  const what = `${counted(counts.topics, 'topic')}, ${counted(counts.actions, 'action item')}, ${counted(counts.decisions, 'decision')}, ${counted(people, 'person', 'people')}.`;
  return topics.length ? `${what} Topics: ${topics.join('; ')}.` : what;
}

/**
 * What a meeting's page titles add to its title: its date and time, as its feed entry has them (whenOf), so two
 * meetings of a series on one day have tabs, bookmarks and history of their own; not the date again when the title
 * says it already ("Monero meeting held on 2019-06-30").
 */
function titleWhen(ref: MeetingRef): string {
  const when = whenOf(ref);
  if (!ref.title.includes(ref.date)) return `, ${when}`;
  const time = when.slice(ref.date.length).trim();
  return time ? `, ${time}` : '';
}

/** What the log needs of a topic: its anchor and label, on its line. */
function topicItem(b: TopicBlock): Pick<ItemView, 'id' | 'line' | 'label'> {
  return { id: b.id!, line: b.line, label: KIND_LABELS.topic };
}

/** Items a page other than the meeting's own shows (the topic index, the action and decision pages). */
const shownElsewhere = (item: Item) => item.kind === 'topic' || item.kind === 'action' || isDecision(item.kind);

/**
 * `brief`: the summary holds only the items shown elsewhere (`shownElsewhere`),
 * all that the summary pages and the page's signature read; wholeSummary
 * gives it the rest before the page is rendered. An incremental build renders
 * few pages of many: the info, idea and link items (close to half of them)
 * of the others are not made. 'bare topics': brief, and the topic blocks hold
 * their anchor, line and items only (no title, time or link: `bareTopic`),
 * for a model whose topic index is made elsewhere (topic-plan.ts), where
 * nothing reads them: two thirds of a brief page's items are its topics.
 */
export function meetingPage(m: Meeting, ctx: MeetingContext, brief: boolean | 'bare topics' = false): MeetingPage {
  const { ref, people } = ctx;
  const items = brief ? m.items.filter(shownElsewhere) : m.items;
  const clock = clockFor(m, ctx.clock);
  const views = items.map((item) => (brief === 'bare topics' && item.kind === 'topic' ? bareTopic(item) : itemView(item, m, people, clock)));
  const viewOf = new Map(items.map((item, k) => [item, views[k]]));
  const summary = topicBlocks(items, views);
  const actions = views.filter((v) => v.kind === 'action');
  return {
    ref,
    root: rootOf(ref.path),
    pageTitle: pageTitle(ref.title, ctx.siteTitle, titleWhen(ref)),
    seriesPath: seriesPath(m.series),
    seriesTitle: ctx.seriesTitle,
    seriesFeed: seriesFeed(m.series, ctx.seriesTitle),
    // A log without times has no length (its start and end are its date's midnight).
    duration: m.untimed ? '' : duration(m.start, m.end),
    owner: m.owner ? people.linkOf(m.owner, m) : null,
    chairs: m.chairs.map((c) => people.linkOf(c, m)),
    scribes: (m.scribes ?? []).map((c) => people.linkOf(c, m)),
    regrets: (m.regrets ?? []).map((c) => people.linkOf(c, m)),
    tags: m.tags,
    summary,
    counts: { topics: m.topics.length, actions: actions.length, decisions: views.filter((v) => v.group === 'decision').length },
    actions,
    actionsByPerson: actionsByPerson(m).map((g) => ({
      person: g.nick === null ? null : people.linkOf(g.nick, m),
      items: g.items.map((i) => viewOf.get(i)!),
    })),
    // A literal, not a spread of the link: V8 gives each object made by spreading and then adding to it a hidden
    // class of its own (an attendee list of 10,000 meetings, 95,000 classes the collector copied).
    people: m.people.map((p) => {
      const link = people.linkOf(p.nick, m);
      return { nick: link.nick, path: link.path, lines: p.lines, colour: nickColour(p.nick) };
    }),
    prev: ctx.prev,
    next: ctx.next,
    downloads: downloadsOf(m.id, ctx.downloads),
    logPath: logPath(m.id),
  };
}

/** A topic's view with its anchor and line alone: what topicBlocks reads of it. */
function bareTopic(item: Item): ItemView {
  return { id: topicAnchor(item.line), kind: 'topic', label: '', group: 'topic', text: '', parts: [], nick: '', clock: '', line: item.line, logHref: '', assignees: [] };
}

/** The summary of a page made brief (meetingPage): every item, as a page made whole has it. */
export function wholeSummary(page: MeetingPage, m: Meeting, people: People, clock: Clock): void {
  page.summary = topicBlocks(m.items, m.items.map((item) => itemView(item, m, people, clockFor(m, clock))));
}

/** Items under their topics; items before the first topic form a block of their own. */
function topicBlocks(items: Item[], views: ItemView[]): TopicBlock[] {
  const blocks: TopicBlock[] = [];
  const byTopic = new Map<number, TopicBlock>();
  items.forEach((item, k) => {
    const v = views[k];
    if (item.kind === 'topic') {
      const block: TopicBlock = { id: v.id, line: v.line, parts: v.parts, nick: v.nick, clock: v.clock, logHref: v.logHref, items: [] };
      blocks.push(block);
      if (item.topic !== null) byTopic.set(item.topic, block);
      return;
    }
    let block = item.topic === null ? undefined : byTopic.get(item.topic);
    if (!block) {
      block = blocks.find((b) => b.id === null);
      if (!block) blocks.unshift((block = { id: null, line: 0, parts: [], nick: '', clock: '', logHref: '', items: [] }));
    }
    const before = block.items[block.items.length - 1];
    if (v.kind === 'said' && before?.kind === 'said' && before.nick === v.nick) v.continued = true;
    block.items.push(v);
  });
  return blocks;
}
