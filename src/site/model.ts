// The site's data model, computed once from the parsed meetings: every
// page's view, the indexes and rollups. Pure: build.ts hands it to the
// templates through templates/_data/.
import type { Meeting } from '../types.js';
import type { People } from './people.js';
import type { HomePage, MeetingPage, MeetingRef, SiteModel } from './site-view.js';
import { decisions } from './decisions.js';
import { calendar } from './calendar.js';
import type { ReadNotes } from './notes.js';
import { people as peopleOf, type PeopleOptions } from './people.js';
import { attachLog, meetingPage, meetingRef, wholeSummary } from './meeting-page.js';
import type { Clock } from './clock.js';
import { groupSeries, seriesPage } from './series.js';
import { topicIndex, type TopicIndex } from './topics.js';
import { actionsPage, actionThreads, seriesActionPages, threadsByPerson } from './actions.js';
import { peopleIndex, personPages } from './person-pages.js';
import { feeds } from './feeds.js';
import { newestFirst } from './summary.js';
import { pageDescription, pageTitle } from './text.js';
import { clockIn } from './clock.js';
import type { DownloadKind } from './paths.js';
import { runPausing, runSteps } from '../steps.js';

export interface SiteOptions extends PeopleOptions {
  title?: string;
  /** One sentence on the site: the home page, the site's feed, the pages' descriptions. */
  description?: string;
  /** Absolute URL of the site, ending in "/", for feeds. */
  url?: string;
  /** Path the site is served under ("/repo/"): the 404 page, served for any missing path, links from it. */
  pathPrefix?: string;
  /** IANA zone pages show times in (default UTC). */
  timezone?: string;
  /** A meeting's number of lines, when its lines are not in memory (line-store.ts). */
  lineCount?: (m: Meeting) => number;
  /** Compute every log page's view (the default), or none: the build attaches them to the pages it renders (attachLogs). */
  logs?: 'all' | 'none';
  /**
   * With logs 'none': meeting pages made brief (meeting-page.ts meetingPage;
   * with topicIndex false, their topic blocks bare too), whole again by
   * attachLogs. For a build that will render few of them.
   */
  brief?: boolean;
  /** Topic groups up to which the index is one page (tests set it low). */
  onePageTopics?: number;
  /** Topic groups up to which a letter of the index is one page (tests set it low). */
  letterPageTopics?: number;
  /** Decisions up to which a year is one page (tests set it low). */
  yearPageDecisions?: number;
  /** Meetings up to which a year of the calendar is one page (tests set it low). */
  yearPageMeetings?: number;
  /**
   * false: the model's topic index is left empty (no groups, no pages) for
   * the build to fill in (topic-worker.ts makes it on a thread of its own).
   */
  topicIndex?: boolean;
  /** series → title */
  seriesTitles?: Record<string, string>;
  /** The kinds of download each meeting has (default all: settings `downloads`). */
  downloads?: readonly DownloadKind[];
}

export const DEFAULT_TITLE = 'Meeting minutes';
/** A model's topic index while it is made elsewhere (SiteOptions.topicIndex). */
const noTopics = (): TopicIndex => ({ page: { groups: 0, set: 0, all: [], letters: [], recurring: [] }, letters: [], groups: [] });
/** Open actions the home page lists before pointing to the rollup. */
const HOME_OPEN_ACTIONS = 15;
const HOME_RECENT = 10;

/** What a model's pages are made whole with (attachLogs): kept beside the model, which is the templates' plain data. */
interface Context {
  siteTitle: string;
  clock: Clock;
  people: People;
  brief: boolean;
  /** Pages of a brief model made whole. */
  whole: WeakSet<MeetingPage>;
}
const contexts = new WeakMap<SiteModel, Context>();

/** Log views for the given pages of a model built with logs: 'none', and their whole summary when it was brief. */
export function attachLogs(model: SiteModel, pages: MeetingPage[], meetings: Meeting[]): void {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const ctx = contexts.get(model)!;
  makeWhole(ctx, pages, byId);
  for (const page of pages) if (!page.log) attachLog(page, byId.get(page.ref.id)!, ctx);
}

/** The given pages of a model built brief made whole (their summary; not their log: attachLog). Once each. `byId`: the meetings by id. */
export function wholePages(model: SiteModel, pages: MeetingPage[], byId: ReadonlyMap<string, Meeting>): void {
  makeWhole(contexts.get(model)!, pages, byId);
}

function makeWhole(ctx: Context, pages: MeetingPage[], byId: ReadonlyMap<string, Meeting>): void {
  if (!ctx.brief) return;
  for (const page of pages) {
    if (ctx.whole.has(page)) continue;
    wholeSummary(page, byId.get(page.ref.id)!, ctx.people, ctx.clock);
    ctx.whole.add(page);
  }
}

export function siteModel(meetings: Meeting[], notes: ReadNotes[] = [], options: SiteOptions = {}): SiteModel {
  return runSteps(modelSteps(meetings, notes, options));
}

/**
 * The same model, made with a pause now and then (`pause()` returns a
 * promise when it is time for one: progress.ts breather), so the event loop
 * runs while it is made (a Ctrl-C is seen: 2-5 s at 10,000 meetings).
 */
export function siteModelPausing(meetings: Meeting[], notes: ReadNotes[], options: SiteOptions, pause: () => Promise<void> | null): Promise<SiteModel> {
  return runPausing(modelSteps(meetings, notes, options), pause);
}

/** Meeting pages made between two chances to pause. */
const PAGES_PER_STEP = 200;

/** The model, a step (a run of meeting pages, a page kind) at a time. */
/**
 * A meeting's previous or next one in its series. An undated meeting is in no order with the others (it sorts on
 * 1970-01-01): it has no previous or next meeting, and is no dated meeting's; its series page lists it apart.
 */
function neighbour(ref: MeetingRef, other: MeetingRef | undefined): MeetingRef | null {
  return other && !other.undated && !ref.undated ? other : null;
}

/** A series' title on the site: the settings', else its notes', else its name. */
export function seriesTitleOf(options: Pick<SiteOptions, 'seriesTitles'>, notes: readonly ReadNotes[]): (series: string) => string {
  const notesOf = new Map(notes.map((n) => [n.series, n]));
  return (series) => options.seriesTitles?.[series] ?? notesOf.get(series)?.title ?? series;
}

/** How the model makes a meeting's ref (its clock, its series' title): the topic thread's input is made so too (topic-plan.ts). */
export function refMaker(options: Pick<SiteOptions, 'seriesTitles' | 'timezone'>, notes: readonly ReadNotes[]): (m: Meeting) => MeetingRef {
  const clock = clockIn(options.timezone);
  const titleOf = seriesTitleOf(options, notes);
  return (m) => meetingRef(m, clock, titleOf(m.series));
}

function* modelSteps(meetings: Meeting[], notes: ReadNotes[], options: SiteOptions): Generator<void, SiteModel, void> {
  const title = options.title ?? DEFAULT_TITLE;
  const titleOf = seriesTitleOf(options, notes);
  const notesOf = new Map(notes.map((n) => [n.series, n]));
  const people = peopleOf(meetings, options);
  const clock = clockIn(options.timezone);
  const refOf = refMaker(options, notes);
  const refs = new Map(meetings.map((m) => [m, refOf(m)]));
  const groups = groupSeries(meetings, refs, titleOf);

  const brief = options.logs === 'none' && options.brief === true;
  // With the topic index made elsewhere, nothing in the model reads a brief page's topic titles (feeds take them
  // from the meetings): its topic blocks are made bare.
  const briefly = options.topicIndex === false ? 'bare topics' : true;
  const pagesById = new Map<string, MeetingPage>();
  yield;
  for (const g of groups) {
    for (let k = 0; k < g.meetings.length; k++) {
      const m = g.meetings[k];
      const ref = g.refs[k];
      const page = meetingPage(m, { ref, seriesTitle: g.title, siteTitle: title, prev: neighbour(ref, g.refs[k - 1]), next: neighbour(ref, g.refs[k + 1]), people, clock, downloads: options.downloads }, brief ? briefly : false);
      if (options.logs !== 'none') attachLog(page, m, { siteTitle: title, clock });
      pagesById.set(m.id, page);
      if (pagesById.size % PAGES_PER_STEP === 0) yield;
    }
  }
  yield;
  const newest = [...meetings].sort(newestFirst);
  const pages = newest.map((m) => pagesById.get(m.id)!);
  const series = groups.map((g) => seriesPage(g, notesOf.get(g.series)?.html ?? '', title));
  const threads = actionThreads(groups, pagesById);
  yield;
  const persons = personPages(newest, pages, people, threadsByPerson(threads), title);
  const seriesActions = seriesActionPages(threads, groups, title);
  const decided = decisions(pages, title, options.yearPageDecisions);
  yield;
  const dated = calendar(pages.map((p) => p.ref), title, options.yearPageMeetings);
  const topics = options.topicIndex === false ? noTopics() : topicIndex(pages, title, options.onePageTopics, options.letterPageTopics);
  yield;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const topicTitles = (id: string) => byId.get(id)!.topics.map((t) => t.title);
  const feedViews = feeds(pages, series, title, topicTitles, options.url, options.description);
  const model: SiteModel = {
    title,
    description: options.description ?? '',
    metaDescription: pageDescription(options.description ?? ''),
    url: options.url ?? '',
    timeZone: clock.zone,
    // A host shows it for a missing page at any depth: relative links would be dead below the top folder.
    notFoundRoot: options.pathPrefix ?? '/',
    nickVariants: options.nickVariants ?? true,
    pageTitles: {
      home: pageTitle(title, title),
      topics: pageTitle('Topics', title),
      actions: pageTitle('Action items', title),
      decisions: pageTitle('Decisions', title),
      calendar: pageTitle('Meetings by date', title),
      people: pageTitle('People', title),
      search: pageTitle('Search', title),
      notFound: pageTitle('Page not found', title),
    },
    home: homePage(pages, series, threads, persons.length, decided.page.total, meetings, options.lineCount ?? ((m) => m.lines.length)),
    meetings: pages,
    series,
    topics: topics.page,
    topicLetters: topics.letters,
    topicGroups: topics.groups,
    actions: actionsPage(threads, seriesActions, persons),
    seriesActions,
    decisions: decided.page,
    decisionYears: decided.years,
    calendar: dated.page,
    calendarYears: dated.years,
    peopleIndex: peopleIndex(persons),
    people: persons,
    speakers: persons.filter((p) => p.lines > 0).map((p) => p.nick),
    feeds: feedViews,
    render: { meetings: pages, seriesActions, topicLetters: topics.letters, topicGroups: topics.groups, decisionYears: decided.years, calendarYears: dated.years, series, people: persons, feeds: feedViews },
  };
  contexts.set(model, { siteTitle: title, clock, people, brief, whole: new WeakSet() });
  return model;
}

function homePage(
  pages: MeetingPage[],
  series: SiteModel['series'],
  threads: SiteModel['home']['openActions'],
  people: number,
  decisions: number,
  meetings: Meeting[],
  lineCount: (m: Meeting) => number,
): HomePage {
  const open = threads.filter((t) => t.open);
  let lines = 0;
  for (const m of meetings) lines += lineCount(m);
  const latestFirst = (a: { latest: MeetingRef }, b: { latest: MeetingRef }) => (a.latest.start < b.latest.start ? 1 : a.latest.start > b.latest.start ? -1 : 0);
  return {
    totals: {
      meetings: pages.length,
      series: series.length,
      people,
      topics: pages.reduce((n, p) => n + p.counts.topics, 0),
      actions: pages.reduce((n, p) => n + p.counts.actions, 0),
      decisions,
      lines,
    },
    series: series.map((s) => ({ path: s.path, title: s.title, count: s.count, latest: s.latest })).sort(latestFirst),
    recent: pages.slice(0, HOME_RECENT).map((p) => p.ref),
    openActions: open.slice(0, HOME_OPEN_ACTIONS),
    openTotal: open.length,
  };
}
