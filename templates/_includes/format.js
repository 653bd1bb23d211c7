// Escaping and small formatting helpers shared by every template. Every piece
// of log text goes through esc() (or parts(), which escapes too): logs are
// written by anyone.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function esc(value) {
  const text = String(value ?? '');
  // Most log text has nothing to escape: a test is cheaper than a replace that finds nothing.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}

const DATE_RUN = /\b\d{4}-\d\d(?:-\d\d)?\b/g;

/** A title or date as text, escaped, its dates ("2020-06-10", "2020-06") kept whole: a phone broke them at the hyphens. */
export function escTitle(value) {
  return esc(value).replace(DATE_RUN, '<span class="nw">$&</span>');
}

/** Text parts from the data layer: strings are escaped, links (already checked safe) become <a>. */
export function parts(list) {
  return list.map((p) => (typeof p === 'string' ? esc(p) : `<a href="${esc(p.href)}" rel="nofollow">${esc(p.text)}</a>`)).join('');
}

export function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** A count as readers read it: 37,313, not 37313. */
export function count(n) {
  return n.toLocaleString('en-US');
}

/** A nick, linked to the person's page when there is one. */
export function personLink(person, root) {
  return person.path ? `<a href="${esc(root + person.path)}">${esc(person.nick)}</a>` : esc(person.nick);
}

export function list(items, render, separator = ', ') {
  return items.map(render).join(separator);
}

/** <time> for a meeting's start (ISO UTC), showing its date and minute in the site's zone (its date alone when its log gives no time). */
export function when(ref) {
  return timeOf(ref, ref.time ? `${esc(ref.date)} ${esc(ref.time)}${ref.zone ? `<span class="tz"> ${esc(ref.zone)}</span>` : ''}` : esc(ref.date));
}

/** The same as plain text in a <time>: "2020-01-02 10:00 UTC", "2020-01-02", "date unknown 22:57 UTC". */
export function whenText(ref) {
  return timeOf(ref, esc(whenPlain(ref)));
}

/** A meeting's start as text alone (not escaped). */
export function whenPlain(ref) {
  return ref.time ? `${ref.date} ${ref.time}${ref.zone ? ` ${ref.zone}` : ''}` : ref.date;
}

/** Shown in a <time> when there is an instant, a date or a clock to give it; as it is when there is none. */
function timeOf(ref, shown) {
  const at = datetime(ref);
  return at ? `<time datetime="${esc(at)}">${shown}</time>` : shown;
}

/** A meeting's start as a <time>'s datetime: the instant, its date alone when its log gives no time, its clock alone when no date; '' for neither. */
export function datetime(ref) {
  return ref.undated ? ref.time : ref.untimed ? ref.date : ref.start;
}
