// Minute items: a visible label per kind (never colour alone), the text with
// safe links, who and when, linking to the item's line in the log.
import { esc, parts, personLink } from '../format.js';

export function badge(item) {
  return `<span class="badge b-${esc(item.kind)}">${esc(item.label)}</span>`;
}

function assignees(item, root) {
  if (item.kind !== 'action') return '';
  if (!item.assignees.length) return ' <span class="assignees">unassigned</span>';
  return ` <span class="assignees">for ${item.assignees.map((p) => personLink(p, root)).join(', ')}</span>`;
}

function who(item, root) {
  const label = item.clock ? `${esc(item.nick)}, ${esc(item.clock)}` : esc(item.nick);
  return `<a class="who" href="${esc(root + item.logHref)}" title="Line ${item.line} of the log">${label}</a>`;
}

/** An item in its meeting's minutes, with its anchor. */
export function minutesItem(item, root) {
  // What a W3C scribe recorded someone saying: the speaker is its label, as in W3C's minutes.
  if (item.kind === 'said') {
    const when = item.clock || `line ${item.line}`;
    // The same speaker going on: "…", as W3C's minutes write it; a screen reader still hears who.
    const speaker = item.continued ? `<b class="speaker"><span class="vh">${esc(item.nick)}: </span><span aria-hidden="true">…</span></b>` : `<b class="speaker">${esc(item.nick)}:</b>`;
    return `<li id="${esc(item.id)}" class="item k-said${item.continued ? ' cont' : ''}">${speaker} <span class="text">${parts(item.parts)}</span> <span class="meta">(<a class="who" href="${esc(root + item.logHref)}" title="Line ${item.line} of the log">${esc(when)}</a>)</span></li>`;
  }
  return `<li id="${esc(item.id)}" class="item k-${esc(item.kind)} g-${esc(item.group)}">${badge(item)} <span class="text">${parts(item.parts)}</span> <span class="meta">(${who(item, root)})</span>${assignees(item, root)}</li>`;
}

/** An item shown on another page: links to its place in the minutes; `after` is trusted HTML. */
export function itemElsewhere(item, ref, root, after = '') {
  return `<li class="item k-${esc(item.kind)} g-${esc(item.group)}">${badge(item)} <span class="text">${parts(item.parts)}</span> <span class="meta">(<a href="${esc(
    root + ref.path + '#' + item.id,
  )}">${esc(item.nick)}${item.clock ? `, ${esc(item.clock)}` : ''}</a>)</span>${assignees(item, root)}</li>`;
}
