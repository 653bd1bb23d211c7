// What the service worker (templates/sw.11ty.js) precaches for offline
// reading, and the version its cache is named with. Pure: the build lists
// the assets and hands in a hash of the templates (its render salt).
import { createHash } from 'node:crypto';
import type { OfflineView, SiteModel } from './site-view.js';

/** The indexes a reader may want offline before they ever opened them; search/manifest.js is there when the search index is built. */
export const PRECACHE_PAGES = ['index.html', 'topics.html', 'actions.html', 'decisions.html', 'calendar.html', 'people/index.html', 'search.html', 'search/manifest.js'];

/** The one list of precached files: the indexes, then every asset (`assets`: the files of templates/assets/, sorted). */
export function precacheList(assets: readonly string[]): string[] {
  return [...PRECACHE_PAGES, ...assets.map((f) => `assets/${f}`)];
}

type Indexes = Pick<SiteModel, 'title' | 'pageTitles' | 'home' | 'topics' | 'actions' | 'decisions' | 'calendar' | 'peopleIndex'>;

/**
 * Changes when a precached file can: the list, the templates and assets
 * (`templates`: a hash covering their bytes), and the parts of the model the
 * indexes show. Not the model's render set, which an incremental build narrows.
 */
export function cacheVersion(site: Indexes, list: readonly string[], templates: string): string {
  const { title, pageTitles, home, topics, actions, decisions, calendar, peopleIndex } = site;
  return createHash('sha256')
    .update(JSON.stringify(list))
    .update(`\0${templates}\0`)
    .update(JSON.stringify({ title, pageTitles, home, topics, actions, decisions, calendar, peopleIndex }))
    .digest('hex')
    .slice(0, 16);
}

export function offlineView(site: Indexes, assets: readonly string[], templates: string): OfflineView {
  const precache = precacheList(assets);
  return { precache, version: cacheVersion(site, precache, templates) };
}
