// Which files a build must write. Every output file gets a signature: a hash
// of everything its bytes depend on (its view in the model, the parse key of
// its meeting's log, and a salt for the code and settings that render it).
// A file whose signature is the one it had in the previous build, and that
// is still in the site, is kept as it is; Eleventy renders only the pages of
// the rest. Pages that summarize everything (home, indexes, rollups) are
// rendered every time. Pure: build.ts reads and writes the manifests.
import { createHash } from 'node:crypto';
import type { MeetingPage, MeetingRef, RenderSet, SiteModel } from './site-view.js';
import { logPath } from './paths.js';

export interface Manifest {
  salt: string;
  /** site-relative file → signature */
  files: Record<string, string>;
  /** A hash of everything the build was made from (build-inputs.ts): a build with the same has nothing to do. */
  inputs?: string;
  /** The site the build left (output.ts siteIdentity): the next build trusts the manifest only over that site. */
  site?: string;
}

export interface Plan {
  manifest: Manifest;
  /** The paginated pages to render. */
  render: RenderSet;
  /** Meetings whose data file and downloads must be written. */
  downloads: Set<string>;
  /** false: no signatures were computed (the manifest's are empty): a build that keeps no manifest. */
  signed: boolean;
}

/** A hash of the parts, each written with its length: no two lists of parts run together alike. */
const hashOf = (...parts: string[]) => {
  const h = createHash('sha1');
  // Each part on its own: one string joined from them would be copied whole first (megabytes for a topic page).
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest('base64url');
};

/**
 * A meeting page's signature: its parse key (the meeting as parsed) and its
 * view, without the parts that are a function of the meeting and of the
 * people links the view holds anyway (the summary, the action lists, the
 * log): they are most of its bytes, and hashing every page's whole view
 * was seconds of every build at 10,000 meetings.
 */
function meetingSigOf(salt: string, page: MeetingPage, parseKey: string): string {
  const rest = { ...page, summary: undefined, actions: undefined, actionsByPerson: undefined, log: undefined };
  return hashOf(salt, parseKey, JSON.stringify(rest));
}

/** Lists up to this long are hashed as one JSON string; longer ones in runs of elements. */
const SHORT_LIST = 8;
/** Elements of a long list hashed as one JSON string, at most (a few kilobytes: flat as V8 writes it). */
const RUN = 32;

/**
 * A summary page's signature: its view fed to the hash in pieces, the JSON
 * of its long lists a run of up to RUN elements at a time (an element that
 * holds a long list walked into on its own). One JSON string of a whole
 * view, megabytes for a topic letter or a person page, is built by V8 in
 * parts and copied whole (flattened) before it can be hashed: that copy
 * cost five times the hash. An element at a time, it was a call into
 * JSON and two into the hash for each of 250,000 elements at 10,000
 * meetings; in runs, 0.2–0.3 s less of every incremental build. Each piece
 * is written with its length, lists and objects walked into with their size
 * (`[n`, `{n`) and runs with theirs (`(n`), never a JSON text on its own:
 * no two views feed the same pieces.
 */
function viewSigOf(salt: string, view: object): string {
  const h = createHash('sha1');
  const put = (piece: string) => h.update(`${piece.length}:`).update(piece);
  put(salt);
  feed(put, view);
  return h.digest('base64url');
}

function feed(put: (piece: string) => void, value: unknown): void {
  if (Array.isArray(value) && value.length > SHORT_LIST) {
    put(`[${value.length}`);
    for (let i = 0; i < value.length; ) {
      let end = i;
      while (end < value.length && end - i < RUN && !walked(value[end])) end++;
      if (end === i) {
        feed(put, value[i++]);
        continue;
      }
      put(`(${end - i}`);
      put(JSON.stringify(value.slice(i, end)));
      i = end;
    }
    return;
  }
  if (value !== null && typeof value === 'object' && walked(value)) {
    const keys = Object.keys(value);
    put(`{${keys.length}`);
    for (const k of keys) {
      put(k);
      feed(put, (value as Record<string, unknown>)[k]);
    }
    return;
  }
  put(JSON.stringify(value) ?? '\0undefined');
}

/** A value fed in pieces (a long list, or an object holding one), not as one JSON string. */
function walked(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > SHORT_LIST;
  return value !== null && typeof value === 'object' && holdsLongList(value as Record<string, unknown>);
}

function holdsLongList(value: Record<string, unknown>): boolean {
  for (const k in value) {
    const v = value[k];
    if (Array.isArray(v) && v.length > SHORT_LIST) return true;
  }
  return false;
}

/**
 * `parseKeys`: meeting id → the key of the parse it came from and its place
 * in the file. `previous`: the last build's manifest, null for a clean build.
 * `existing`: files the staging folder already has. `sign` false: a build
 * without a cache, whose manifest nothing reads: every page is rendered and
 * no signature computed (seconds at 10,000 meetings).
 */
export function planBuild(model: SiteModel, parseKeys: Map<string, string>, salt: string, previous: Manifest | null, existing: Set<string>, sign = true): Plan {
  return sign ? withRefDigests(model.meetings.map((p) => p.ref), () => plan(model, parseKeys, salt, previous, existing, sign)) : plan(model, parseKeys, salt, previous, existing, sign);
}

/**
 * Runs `f` while each meeting's ref (the same object wherever the meeting is
 * listed) turns into JSON as a hash of its own JSON, computed once: a person
 * or topic page is mostly refs, and writing them out in full for every page
 * was half of the 160 MB hashed at 10,000 meetings. A toJSON of the object's
 * own for the time of the call, not a replacer function: JSON.stringify with
 * one takes its slow path for every value (a second of every incremental
 * build). The refs are as they were when it returns or throws.
 */
function withRefDigests<T>(refs: readonly MeetingRef[], f: () => T): T {
  for (const ref of refs) {
    const digest = `\0ref ${hashOf(JSON.stringify(ref))}`;
    Object.defineProperty(ref, 'toJSON', { value: () => digest, configurable: true, enumerable: false, writable: false });
  }
  try {
    return f();
  } finally {
    for (const ref of refs) delete (ref as { toJSON?: unknown }).toJSON;
  }
}

/** The file had this signature in the last build (`previous`: its manifest's files, null for none to reuse) and the site still has it. */
const unchanged = (previous: Readonly<Record<string, string>> | null, existing: ReadonlySet<string>, rel: string, sig: string): boolean =>
  previous !== null && previous[rel] === sig && existing.has(rel);

function plan(model: SiteModel, parseKeys: Map<string, string>, salt: string, previous: Manifest | null, existing: Set<string>, sign: boolean): Plan {
  const files: Record<string, string> = {};
  const prior = sign && previous !== null && previous.salt === salt ? previous.files : null;
  const hash = sign ? hashOf : () => '';
  const meetingSig = sign ? meetingSigOf : () => '';
  const viewSig = sign ? viewSigOf : () => '';
  const keep = (rel: string, sig: string) => {
    files[rel] = sig;
    return unchanged(prior, existing, rel, sig);
  };
  const render: RenderSet = { meetings: [], seriesActions: [], topicLetters: [], topicGroups: [], decisionYears: [], calendarYears: [], series: [], people: [], feeds: [] };
  const downloads = new Set<string>();
  for (const page of model.meetings) {
    const key = parseKeys.get(page.ref.id) ?? '';
    const sig = meetingSig(salt, page, key);
    const keptPage = keep(page.ref.path, sig);
    const keptLog = keep(logPath(page.ref.id), sig);
    if (!keptPage || !keptLog) render.meetings.push(page);
    const dataSig = hash(salt, key, page.ref.id);
    let keptAll = true;
    for (const rel of Object.values(page.downloads)) keptAll = keep(rel, dataSig) && keptAll;
    if (!keptAll) downloads.add(page.ref.id);
  }
  for (const s of model.series) {
    const sig = viewSig(salt, s);
    const keptIndex = keep(s.path, sig);
    const keptLatest = keep(s.latestPath, sig);
    if (!keptIndex || !keptLatest) render.series.push(s);
  }
  const simple = <T extends { path: string }>(pages: T[], into: T[]) => {
    for (const p of pages) if (!keep(p.path, viewSig(salt, p))) into.push(p);
  };
  simple(model.seriesActions, render.seriesActions);
  simple(model.topicLetters, render.topicLetters);
  simple(model.topicGroups, render.topicGroups);
  simple(model.decisionYears, render.decisionYears);
  simple(model.calendarYears, render.calendarYears);
  simple(model.people, render.people);
  simple(model.feeds, render.feeds);
  return { manifest: { salt, files }, render, downloads, signed: sign };
}

/**
 * Summary pages made outside the model (topic-plan.ts: the topic index, on a
 * thread of its own), signed as plan() signs the model's: each list's pages
 * whose signature is not the one they had in `previous` (the last manifest's
 * files, when its salt is `salt`), or that are not in `existing`, are to be
 * rendered. `refs`: every ref the pages hold. build.ts adds the signatures
 * to its plan's manifest and the pages to its render set.
 */
export function planViews<T extends { path: string }>(lists: T[][], refs: readonly MeetingRef[], salt: string, previous: Record<string, string> | null, existing: ReadonlySet<string>): PlannedViews<T> {
  return withRefDigests(refs, () => {
    const files: Record<string, string> = {};
    const render = lists.map((pages) =>
      pages.filter((p) => {
        const sig = (files[p.path] = viewSigOf(salt, p));
        return !unchanged(previous, existing, p.path, sig);
      }),
    );
    return { files, render };
  });
}

export interface PlannedViews<T> {
  /** Every page's signature, by its path. */
  files: Record<string, string>;
  /** Of each list, the pages to render. */
  render: T[][];
}

/**
 * Files computed outside the model (the search index): their signature is
 * their content's digest, which they come with (a cached file's is known
 * without reading its content). Adds them to the plan's manifest; returns
 * those that must be written.
 */
export function planFiles<T extends { path: string; digest: string }>(plan: Plan, files: T[], previous: Manifest | null, existing: Set<string>): T[] {
  const prior = plan.signed && previous !== null && previous.salt === plan.manifest.salt ? previous.files : null;
  return files.filter((f) => {
    const sig = plan.signed ? f.digest : '';
    plan.manifest.files[f.path] = sig;
    return !unchanged(prior, existing, f.path, sig);
  });
}
