// A page per person and the people index: meetings attended (lines said,
// chaired, what a W3C scribe recorded them saying), actions assigned, across
// every meeting and every nick they used.
import type { Meeting } from '../types.js';
import type { People } from './people.js';
import type { ActionThread, MeetingPage, PeopleRow, PersonPage } from './site-view.js';
import { personPath, rootOf } from './paths.js';
import { pageDescription, pageTitle } from './text.js';
import { counted } from '../counted.js';

/** pages[k] is the page of meetings[k]; both newest first. threads: person page path → their actions. */
export function personPages(meetings: Meeting[], pages: MeetingPage[], people: People, threads: Map<string, ActionThread[]>, siteTitle: string): PersonPage[] {
  const byKey = new Map<string, PersonPage>();
  const pageOf = (key: string): PersonPage => {
    let p = byKey.get(key);
    if (!p) {
      const path = personPath(key);
      const nick = people.nameOf(key);
      p = { key, nick, aliases: people.aliasesOf(key), path, root: rootOf(path), pageTitle: pageTitle(nick, siteTitle), description: '', searchPath: `search.html?person=${encodeURIComponent(nick)}`, lines: 0, chaired: 0, meetings: [], threads: threads.get(path) ?? [] };
      byKey.set(key, p);
    }
    return p;
  };
  meetings.forEach((m, k) => {
    const page = pages[k];
    const attended = new Map<string, { lines: number; chaired: boolean }>();
    for (const p of m.people) {
      const key = people.keyOf(p.nick, m);
      if (key === null) continue;
      const a = attended.get(key) ?? { lines: 0, chaired: false };
      a.lines += p.lines;
      attended.set(key, a);
    }
    for (const c of m.chairs) {
      const key = people.keyOf(c, m);
      if (key === null) continue;
      const a = attended.get(key) ?? { lines: 0, chaired: false };
      a.chaired = true;
      attended.set(key, a);
    }
    // What a W3C scribe recorded each attendee saying (a speaker the scribe named who did not attend gets no page).
    const said = new Map<string, number>();
    for (const item of m.items) {
      if (item.kind !== 'said') continue;
      const key = people.keyOf(item.nick, m);
      if (key !== null && attended.has(key)) said.set(key, (said.get(key) ?? 0) + 1);
    }
    for (const [key, a] of attended) {
      const p = pageOf(key);
      const remarks = said.get(key);
      p.meetings.push(remarks ? { ref: page.ref, lines: a.lines, chaired: a.chaired, said: remarks } : { ref: page.ref, lines: a.lines, chaired: a.chaired });
      p.lines += a.lines;
      if (a.chaired) p.chaired++;
    }
  });
  const persons = people.keys().filter((key) => byKey.has(key)).map((key) => byKey.get(key)!);
  for (const p of persons) p.description = personDescription(p);
  return persons;
}

/** A person page's <meta name="description">, for link previews: what they did, in counts. */
function personDescription(p: PersonPage): string {
  const did = [`${counted(p.lines, 'line')} said in ${counted(p.meetings.length, 'meeting')}`];
  if (p.chaired) did.push(`${counted(p.chaired, 'meeting')} chaired`);
  if (p.threads.length) did.push(counted(p.threads.length, 'action item'));
  return pageDescription(`${p.nick}: ${did.join(', ')}.`);
}

export function peopleIndex(pages: PersonPage[]): PeopleRow[] {
  return pages
    .filter((p) => p.meetings.length > 0)
    .map((p) => ({
      person: { nick: p.nick, path: p.path },
      aliases: p.aliases,
      meetings: p.meetings.length,
      lines: p.lines,
      actions: p.threads.length,
      chaired: p.chaired,
      last: p.meetings[0].ref,
    }));
}
