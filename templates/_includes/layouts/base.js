// The page shell: skip link, header with the site's sections, main, footer;
// in the head, what link previews show.
// `root` is the page's relative prefix to the site root, `title` the whole
// <title> text (both from the data layer).
import { esc } from '../format.js';

/** Our own scripts and styles only: nothing inline, nothing from elsewhere, whatever the logs say. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

const SECTIONS = [
  ['home', 'index.html', 'Home'],
  ['topics', 'topics.html', 'Topics'],
  ['actions', 'actions.html', 'Actions'],
  ['decisions', 'decisions.html', 'Decisions'],
  ['calendar', 'calendar.html', 'Calendar'],
  ['people', 'people/index.html', 'People'],
];

/**
 * The start of every page: doctype, the security policy, title, stylesheet and icon (without one, a browser asks a
 * served site for /favicon.ico, a 404 in its console); the <head> stays open.
 */
export function documentHead(root, title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${esc(root)}assets/style.css">
<link rel="icon" href="${esc(root)}assets/favicon.svg" type="image/svg+xml">`;
}

/**
 * What a link preview (Slack, Matrix, Discord…) and a search engine show of
 * the page: its title, the site's name and the page's description. Slack
 * reads only the first 32 KB of a page: these come right after the title.
 */
function previewTags(site, title, description, path) {
  // With the site's URL known (the settings' `url`): the page's own address, whatever path it was reached by.
  const address = site.url && path ? esc(site.url + path) : '';
  const said = description ? esc(description) : '';
  return [
    address && `<link rel="canonical" href="${address}">`,
    said && `<meta name="description" content="${said}">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:site_name" content="${esc(site.title)}">`,
    '<meta property="og:type" content="website">',
    said && `<meta property="og:description" content="${said}">`,
    address && `<meta property="og:url" content="${address}">`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** `description`: the page's own (a meeting's), else the site's (the settings'), if any. `path`: the page's, from the site root. */
export function layout({ site, root, title, body, current = '', head = '', feed = null, bodyClass = '', description = site.metaDescription, path = '' }) {
  const nav = SECTIONS.map(
    ([key, path, label]) => `<li><a href="${root}${path}"${key === current ? ' aria-current="page"' : ''}>${label}</a></li>`,
  ).join('');
  const feeds = [`<link rel="alternate" type="application/atom+xml" title="${esc(site.title)}" href="${root}feed.xml">`];
  if (feed) feeds.push(`<link rel="alternate" type="application/atom+xml" title="${esc(feed.title)}" href="${esc(root + feed.path)}">`);
  return `${documentHead(root, title)}
${previewTags(site, title, description, path)}
<script src="${root}assets/search-key.js" defer></script>
<script src="${root}assets/offline.js" defer></script>
${feeds.join('\n')}
${head}</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${root}index.html">${esc(site.title)}</a>
<nav aria-label="Sections"><ul>${nav}</ul></nav>
<form class="site-search" action="${root}search.html" method="get" role="search"><label class="vh" for="site-q">Search the minutes and logs</label><input id="site-q" name="q" type="search" placeholder="Search (press /)" autocomplete="off"><button type="submit">Search</button></form>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<p>Minutes and logs of chat meetings. All times are ${site.timeZone === 'UTC' ? 'UTC' : `in ${esc(site.timeZone)}`}. <a href="${root}feed.xml">Atom feed</a></p>
</footer>
</body>
</html>
`;
}
