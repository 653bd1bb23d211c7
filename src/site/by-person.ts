// MeetBot's "Action items, by person": each person named in an action, in
// nick order, with their actions; then the actions nobody was named in.
// MeetBot drops the UNASSIGNED group when it would list a single action and
// no one has any (its bug, see docs/meetbot-compatibility.md); we always list it.
// `meetbot`: owners as MeetBot's own rule finds them, without those named by
// a variant of their nick (Item.variantAssignees), for the MeetBot-layout .txt.
import type { Item, Meeting } from '../types.js';
import { compareNicks } from '../meeting/people.js';

export interface PersonActions {
  /** null for the unassigned actions. */
  nick: string | null;
  items: Item[];
}

export function actionsByPerson(meeting: Pick<Meeting, 'items'>, { meetbot = false } = {}): PersonActions[] {
  const byNick = new Map<string, Item[]>();
  const unassigned: Item[] = [];
  for (const item of meeting.items) {
    if (item.kind !== 'action') continue;
    const variants = meetbot ? item.variantAssignees : undefined;
    const assignees = variants ? (item.assignees ?? []).filter((n) => !variants.includes(n)) : (item.assignees ?? []);
    if (assignees.length === 0) unassigned.push(item);
    for (const nick of assignees) {
      let list = byNick.get(nick);
      if (!list) byNick.set(nick, (list = []));
      list.push(item);
    }
  }
  const groups: PersonActions[] = [...byNick.keys()]
    .sort(compareNicks)
    .map((nick) => ({ nick, items: byNick.get(nick)! }));
  if (unassigned.length) groups.push({ nick: null, items: unassigned });
  return groups;
}
