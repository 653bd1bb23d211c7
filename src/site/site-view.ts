// What the templates read: exactly what each page shows, computed once by
// the data layer (model.ts). Templates only escape and join; every path here
// is relative to the site root, and each page carries `root`, its relative
// prefix to the root, so links work from file://, at a domain root and under
// a path prefix alike.
import type { ItemKind, LogLine } from '../types.js';
import type { Downloads } from './paths.js';

/** Log text cut into plain strings and links whose scheme is known to be safe. */
export type Part = string | { href: string; text: string };

/** A nick, with its person page when it has one (bots have none). */
export interface PersonLink {
  nick: string;
  path: string | null;
}

/** A meeting as lists and links show it. */
export interface MeetingRef {
  id: string;
  /** The minutes page. */
  path: string;
  title: string;
  series: string;
  /** The title says more than the series name. */
  named: boolean;
  /** YYYY-MM-DD and HH:MM in the site's zone; "date unknown" for an undated meeting (its clock is the log's); no time for an untimed one. */
  date: string;
  time: string;
  /** The log gives no date (Meeting.undated): `date` says so, `start` is on 1970-01-01. */
  undated?: true;
  /** No line gives a time (Meeting.untimed): `time` and `zone` are empty, `date` is the log's. */
  untimed?: true;
  /** The time zone's short name ("UTC", "CEST"); empty for an untimed meeting, and for an undated one (its times are the log's clock). */
  zone: string;
  start: string;
  ended: boolean;
  topics: number;
  actions: number;
  people: number;
}

export interface ItemView {
  /** Anchor in the minutes. */
  id: string;
  kind: ItemKind;
  /** Visible label of the kind ("Action", "Agreed"…). */
  label: string;
  /** decision (agreed, accepted, rejected, vote) or the kind itself. */
  group: string;
  text: string;
  parts: Part[];
  nick: string;
  /** HH:MM:SS, or "" when the log has no time. */
  clock: string;
  line: number;
  /** The item's line in the log page. */
  logHref: string;
  assignees: PersonLink[];
  /** A 'said' item whose speaker spoke the item before it too (W3C minutes go on with "…"). */
  continued?: true;
}

export interface TopicBlock {
  /** Anchor of the topic; null for the items before the first topic. */
  id: string | null;
  /** The topic's line; 0 for the items before the first topic. */
  line: number;
  parts: Part[];
  nick: string;
  clock: string;
  logHref: string;
  items: ItemView[];
}

/** What a log line needs beyond the LogLine itself; only lines that need it have one. */
export interface LineNote {
  parts?: Part[];
  /** The line is a MeetBot command. */
  command?: true;
  /** Anchor of the item it made in the minutes, and that item's label. */
  item?: string;
  label?: string;
  /** The line set a topic, this title: a heading a screen reader can go from topic to topic by (not shown). */
  topic?: string;
}

export interface LogView {
  path: string;
  pageTitle: string;
  /** The meeting's lines (the data file's, not a copy). */
  lines: LogLine[];
  notes: Record<number, LineNote>;
  /** Nick → colour number (0-11), stable across meetings. */
  colours: Record<string, number>;
  /** Each line's time (HH:MM:SS) when pages show another zone than UTC. */
  stamps?: string[];
  /** First and last line of the meeting proper (lines around it are outside). */
  firstInside: number;
  lastInside: number;
}

export interface MeetingPage {
  ref: MeetingRef;
  root: string;
  pageTitle: string;
  seriesPath: string;
  seriesTitle: string;
  /** The series' Atom feed, which the pages' heads offer besides the site's. */
  seriesFeed: FeedLink;
  duration: string;
  owner: PersonLink | null;
  chairs: PersonLink[];
  /** W3C scribe logs: who scribed, and who sent regrets. */
  scribes: PersonLink[];
  regrets: PersonLink[];
  tags: string[];
  /** Every item under its topic (in a build's brief pages, only those other pages show until it renders them: model.ts). */
  summary: TopicBlock[];
  counts: { topics: number; actions: number; decisions: number };
  actions: ItemView[];
  actionsByPerson: { person: PersonLink | null; items: ItemView[] }[];
  people: { nick: string; path: string | null; lines: number; colour: number }[];
  prev: MeetingRef | null;
  next: MeetingRef | null;
  /** The downloads the site carries (settings `downloads`). */
  downloads: Partial<Downloads>;
  /** The log page. */
  logPath: string;
  /**
   * What the log page shows. Computed only for the pages a build renders
   * (attachLogs): finding links in every line of an archive is most of the
   * model's time, and an incremental build renders few log pages.
   */
  log?: LogView;
  /** The overview a Markdown log opens with, as HTML (log-prose.ts); attached with the log, null when there is none. */
  proseHtml?: string | null;
  /** Both pages' <meta name="description">, for link previews and search engines (meetingSummary); attached with the log. */
  description?: string;
}

/** An Atom feed a page's head offers (<link rel="alternate">), by its title and its path from the site root. */
export interface FeedLink {
  title: string;
  path: string;
}

export interface SeriesPage {
  series: string;
  title: string;
  path: string;
  root: string;
  pageTitle: string;
  /** The page's <meta name="description">, for link previews: how many meetings, over what dates. */
  description: string;
  count: number;
  /** "2002-08-13 to 2022-10-04", one date, or "" (no meeting of it has a date). */
  dates: string;
  /** Meetings whose logs give no date. */
  undated: number;
  latest: MeetingRef;
  latestPath: string;
  latestTitle: string;
  /** Its Atom feed: linked on the page and offered by its head. */
  feed: FeedLink;
  /** SERIES/actions.html */
  actionsPath: string;
  notesHtml: string;
  /** Newest year first, meetings newest first. */
  years: { year: string; meetings: MeetingRef[] }[];
}

/** An action followed across the meetings of a series. */
export interface ActionThread {
  text: string;
  parts: Part[];
  assignees: PersonLink[];
  series: { path: string; title: string };
  /** Every meeting it was recorded in, newest first, each linking to the item. */
  appearances: { ref: MeetingRef; href: string }[];
  /** Recorded in more than one meeting. */
  carried: boolean;
  /** Recorded in the latest meeting of its series. */
  open: boolean;
}

export interface ActionsPage {
  /** Actions: an action carried over to later meetings is one. */
  total: number;
  /** Action items in the minutes (what the home page counts): every appearance of every action. */
  recorded: number;
  open: number;
  carried: number;
  /** Every open action, by series (its SERIES/actions.html beside it). */
  openBySeries: { series: { path: string; title: string }; path: string; threads: ActionThread[] }[];
  /** Everyone with actions: their page lists them. */
  people: { person: PersonLink; total: number; open: number }[];
  /** Every series with actions: SERIES/actions.html lists them. */
  series: { series: { path: string; title: string }; path: string; total: number; open: number; unassigned: number }[];
}

/** SERIES/actions.html: every action of a series, newest first. */
export interface SeriesActionsPage {
  path: string;
  root: string;
  pageTitle: string;
  series: { path: string; title: string };
  threads: ActionThread[];
}

export interface TopicEntry {
  ref: MeetingRef;
  /** The topic in the meeting's minutes. */
  href: string;
  /** The title as said in that meeting. */
  title: string;
}

export interface TopicGroup {
  id: string;
  title: string;
  parts: Part[];
  /** Meetings in all. */
  count: number;
  /** The newest ones (all of them unless allPath). */
  entries: TopicEntry[];
  /** The group's own page, listing every meeting, when entries are not all. */
  allPath: string | null;
}

/** topics.html */
export interface TopicsPage {
  /** Topics as the index lists them: titles grouped regardless of case and punctuation. */
  groups: number;
  /** Topics the meetings set, each #topic once (the home page's count): a title set twice in a meeting lists the meeting once. */
  set: number;
  /** Every group, when the index fits one page; null when it is split by letter. */
  all: TopicGroup[] | null;
  letters: LetterLink[];
  /** The most recurring topics (a split index only). */
  recurring: TopicGroup[];
}

/** A letter of the topic index; its count (of groups) on topics.html only. */
export interface LetterLink {
  label: string;
  path: string;
  count?: number;
}

/**
 * topics/letter-X.html, or a part of a letter of very many topics
 * (topics/letter-XY.html: the topics whose first two letters are XY; the
 * letter's own page then lists its parts, with no topics of its own). Its
 * letter links carry no counts: a page that showed every letter's count
 * would change with any new topic, and an incremental build would render
 * all 27 of them again (site/incremental.ts).
 */
export interface TopicLetterPage {
  path: string;
  root: string;
  pageTitle: string;
  label: string;
  /** The letter a part is of; null for a letter. */
  parent: { label: string; path: string } | null;
  letters: LetterLink[];
  /** A split letter's parts: on the letter's page with their counts, on each part's page without. */
  parts: LetterLink[];
  /** Topics under the letter or part. */
  count: number;
  groups: TopicGroup[];
}

/** topics/t/TITLE.html: every meeting that discussed a topic. */
export interface TopicGroupPage {
  path: string;
  root: string;
  pageTitle: string;
  title: string;
  parts: Part[];
  entries: TopicEntry[];
}

export interface DecisionGroup {
  ref: MeetingRef;
  seriesTitle: string;
  items: ItemView[];
}

/** decisions.html: the newest decisions, and a page per year for all of them. */
export interface DecisionsPage {
  total: number;
  recent: DecisionGroup[];
  years: YearLink[];
}

/** A year of decisions; its count on decisions.html only (as TopicLetterPage's letters). */
export interface YearLink {
  year: string;
  path: string;
  count?: number;
}

/** A month of a year whose decisions have a page per month; its count on the year's page only. */
export interface MonthLink {
  /** "2013-03" */
  month: string;
  /** "March 2013" */
  label: string;
  path: string;
  count?: number;
}

/**
 * A page of a year (decisions, the calendar); for a year of very many
 * entries, that page lists its months and each month has a page of the same
 * kind (with a parent).
 */
export interface YearPage {
  path: string;
  root: string;
  pageTitle: string;
  year: string;
  /** What the page is of: "2013", or "March 2013". */
  label: string;
  /** A month's page: its year's. */
  parent: { label: string; path: string } | null;
  years: YearLink[];
  /** The months with a page each (none when the year is one page): with their counts on the year's page. */
  months: MonthLink[];
  /** Its decisions, or its meetings. */
  count: number;
}

/** decisions/YYYY.html, or decisions/YYYY-MM.html for a month of a year of very many decisions. */
export interface DecisionYearPage extends YearPage {
  /** Its meetings with decisions, newest first: none on the page of a year split into months. */
  meetings: DecisionGroup[];
}

/** calendar.html: every year, newest first, with its meetings counted by month. */
export interface CalendarPage {
  total: number;
  years: {
    year: string;
    /** Its page (calendar/YYYY.html). */
    path: string;
    count: number;
    /** January to December: a month without meetings has no link. */
    months: { month: string; label: string; count: number; path: string | null }[];
  }[];
  /** Meetings whose logs give no date, oldest first: on no year's page. */
  undated: MeetingRef[];
}

/** calendar/YYYY.html, or calendar/YYYY-MM.html for a month of a year of very many meetings. */
export interface CalendarYearPage extends YearPage {
  /** Its meetings by month (`id`: the month's anchor), oldest first; none on the page of a year split into months. */
  groups: { month: string; label: string; id: string; meetings: MeetingRef[] }[];
}

export interface PersonPage {
  key: string;
  nick: string;
  aliases: string[];
  path: string;
  root: string;
  pageTitle: string;
  /** The page's <meta name="description">, for link previews: what they did, in counts. */
  description: string;
  /** The search for everything they said (search.html?person=…), from the site root. */
  searchPath: string;
  lines: number;
  chaired: number;
  /** Newest first; `said`: what a W3C scribe recorded them saying there (its 'said' items), when anything. */
  meetings: { ref: MeetingRef; lines: number; chaired: boolean; said?: number }[];
  /** Actions naming them, followed across meetings, newest first. */
  threads: ActionThread[];
}

export interface PeopleRow {
  person: PersonLink;
  aliases: string[];
  meetings: number;
  lines: number;
  actions: number;
  chaired: number;
  last: MeetingRef;
}

export interface FeedView {
  path: string;
  /** From the feed to the site root, or the site URL when one is configured. */
  root: string;
  id: string;
  title: string;
  /** The site feed's <subtitle> (the settings' description); "" for none. */
  subtitle: string;
  alternate: string;
  updated: string;
  entries: { id: string; title: string; href: string; published: string; updated: string; author: string; summary: string }[];
}

export interface HomePage {
  totals: { meetings: number; series: number; people: number; topics: number; actions: number; decisions: number; lines: number };
  series: { path: string; title: string; count: number; latest: MeetingRef }[];
  recent: MeetingRef[];
  openActions: ActionThread[];
  openTotal: number;
}

export interface SiteModel {
  title: string;
  /** The settings' description, under the title on the home page; "" when none. */
  description: string;
  /** The same shortened for <meta name="description"> (pageDescription), on every page but a meeting's own. */
  metaDescription: string;
  /** The settings' `url` (ending in "/"): each page's canonical address is it and the page's path; "" when none. */
  url: string;
  /** "UTC", or the zone the settings name, for "All times are …". */
  timeZone: string;
  /** How the 404 page reaches the root: the path prefix, "/" (the host's root) when none is set. */
  notFoundRoot: string;
  /** A nick's variants are its person's (people.ts nickBase): the people index says so. */
  nickVariants: boolean;
  pageTitles: Record<'home' | 'topics' | 'actions' | 'decisions' | 'calendar' | 'people' | 'search' | 'notFound', string>;
  home: HomePage;
  meetings: MeetingPage[];
  series: SeriesPage[];
  topics: TopicsPage;
  topicLetters: TopicLetterPage[];
  topicGroups: TopicGroupPage[];
  actions: ActionsPage;
  seriesActions: SeriesActionsPage[];
  decisions: DecisionsPage;
  decisionYears: DecisionYearPage[];
  calendar: CalendarPage;
  calendarYears: CalendarYearPage[];
  peopleIndex: PeopleRow[];
  people: PersonPage[];
  /** The search page's Person field's suggestions: the nicks of the people who said anything (a search for anyone else finds nothing). */
  speakers: string[];
  feeds: FeedView[];
  /** The paginated pages this build renders: all of them, or (incremental builds) those whose inputs changed. */
  render: RenderSet;
  /** What the service worker precaches, and its cache's version: set by the build before it renders (it lists the assets). */
  offline?: OfflineView;
}

export interface OfflineView {
  /** Site-relative files, the indexes then the assets. */
  precache: string[];
  version: string;
}

export interface RenderSet {
  meetings: MeetingPage[];
  seriesActions: SeriesActionsPage[];
  topicLetters: TopicLetterPage[];
  topicGroups: TopicGroupPage[];
  decisionYears: DecisionYearPage[];
  calendarYears: CalendarYearPage[];
  series: SeriesPage[];
  people: PersonPage[];
  feeds: FeedView[];
}
