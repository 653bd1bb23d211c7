// The summary pages of a build that renders few, made by calling the
// templates as Eleventy calls them, without Eleventy. A one-log rebuild at
// 10,000 meetings renders forty-odd pages, and Eleventy took 0.55–0.65 s of
// the main thread for them, half of it importing its own modules; the page
// workers already make each meeting's two pages this way (page-worker.ts).
// Clean builds, and builds that render many pages, go through Eleventy.
//
// What it relies on, which test/direct-render.test.ts holds for every
// template: each page is either one of many (`pagination` over a list of the
// model's render set, one item a page, under an alias) or a page of its own
// (`once`), its `permalink` a path or a function of the page's data, and its
// `render` a function of `minutebook` (the model) and the alias alone. The
// bytes are Eleventy's: the same test renders a model both ways.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteModel } from './site/site-view.js';
import { MinutebookError } from './errors.js';

type PageData = Record<string, unknown>;

export interface Template {
  /** Its file name under templates/. */
  name: string;
  data: { pagination?: { data: string; size: number; alias: string }; permalink: string | false | ((data: PageData) => string | false) };
  render(data: PageData): string;
}

/** Every page template (templates/*.11ty.js), in name order. */
export async function pageTemplates(templatesDir: string): Promise<Template[]> {
  const names = fs
    .readdirSync(templatesDir)
    .filter((f) => f.endsWith('.11ty.js'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const t = (await import(pathToFileURL(path.join(templatesDir, name)).href)) as Omit<Template, 'name'>;
      return { name, data: t.data, render: t.render };
    }),
  );
}

/** Why a template is not one the direct renderer makes as Eleventy would; null when it is. */
export function unlike(t: Template): string | null {
  if (typeof t.render !== 'function') return 'no render function';
  if (!t.data || (typeof t.data.permalink !== 'string' && typeof t.data.permalink !== 'function' && t.data.permalink !== false)) return 'no permalink';
  const p = t.data.pagination;
  if (p === undefined) return null;
  if (p.size !== 1) return `pagination of size ${p.size}`;
  if (typeof p.alias !== 'string' || p.alias === '') return 'pagination without an alias';
  if (!/^minutebook\.render\.\w+$/.test(p.data)) return `pagination over ${p.data}`;
  return null;
}

/** A page to write: where (relative to the site), and how to make it. */
export interface DirectPage {
  path: string;
  template: string;
  render: () => string;
}

/** The pages the templates make of the model, as Eleventy paginates them; those whose permalink is false are not written. */
export function directPages(templates: readonly Template[], site: SiteModel): DirectPage[] {
  const pages: DirectPage[] = [];
  // As Eleventy does: two pages for one file is an error, not the later one winning.
  const templateOf = new Map<string, string>();
  for (const t of templates) {
    const why = unlike(t);
    if (why) throw new MinutebookError(`templates/${t.name}: ${why}: only Eleventy renders it`);
    const p = t.data.pagination;
    const list = p ? (site.render as unknown as Record<string, unknown[]>)[p.data.slice('minutebook.render.'.length)] : [null];
    if (!Array.isArray(list)) throw new MinutebookError(`templates/${t.name}: ${p!.data} is not a list`);
    for (const item of list) {
      const data: PageData = p ? { minutebook: site, [p.alias]: item } : { minutebook: site };
      const link = typeof t.data.permalink === 'function' ? t.data.permalink(data) : t.data.permalink;
      if (link === false) continue;
      const other = templateOf.get(link);
      if (other !== undefined) throw new MinutebookError(`templates/${other} and templates/${t.name} both make ${link}`);
      templateOf.set(link, t.name);
      pages.push({ path: link, template: t.name, render: () => t.render(data) });
    }
  }
  return pages;
}
