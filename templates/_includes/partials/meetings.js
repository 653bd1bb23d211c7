// Meetings in lists: title, date and time, what the minutes hold.
import { esc, plural, when, escTitle } from '../format.js';

export function meetingSummary(ref) {
  const bits = [plural(ref.topics, 'topic'), plural(ref.actions, 'action'), plural(ref.people, 'person', 'people')];
  if (!ref.ended) bits.push('never ended');
  return bits.join(' · ');
}

/** In a series' own list (`dated`) the date is the link; elsewhere the title is. */
export function meetingRow(ref, root, { series = false, dated = false } = {}) {
  const href = esc(root + ref.path);
  const head = dated
    ? `<a href="${href}">${when(ref)}</a>${ref.named ? ` ${escTitle(ref.title)}` : ''}`
    : `<a href="${href}">${escTitle(ref.title)}</a> ${when(ref)}${series && ref.named ? ` <span class="series-name">${esc(ref.series)}</span>` : ''}`;
  return `<li class="meeting">${head} <span class="meta">${meetingSummary(ref)}</span></li>`;
}

export function meetingList(refs, root, options) {
  return `<ul class="meetings">\n${refs.map((r) => meetingRow(r, root, options)).join('\n')}\n</ul>`;
}
