// Declared aliases that cannot all hold: the settings file refuses them, a
// log's front matter leaves them out with a warning.

export interface AliasConflict {
  /** The person the alias is listed under. */
  canonical: string;
  alias: string;
  message: string;
}

/**
 * Declared aliases (canonical nick → its other nicks) that cannot all hold, compared without case as
 * nicks are: a nick that is one person's alias and a person with aliases of its own (bob in
 * alice: [bob], bob: [alice] swapped their pages; in alice: [bob], bob: [carol], carol's lines went to
 * a page named bob), or one listed under two people. Each such (canonical, alias) pair is returned.
 */
export function aliasConflicts(aliases: Readonly<Record<string, readonly string[]>>): AliasConflict[] {
  const people = new Map<string, string>(); // lower-case canonical → as written
  for (const canonical of Object.keys(aliases)) people.set(canonical.toLowerCase(), canonical);
  const owners = new Map<string, { spelling: string; canonicals: string[] }>(); // lower-case alias → where it is listed
  for (const [canonical, others] of Object.entries(aliases)) {
    for (const alias of others) {
      const lower = alias.toLowerCase();
      if (lower === canonical.toLowerCase()) continue; // a person's own nick: harmless
      let owner = owners.get(lower);
      if (!owner) owners.set(lower, (owner = { spelling: alias, canonicals: [] }));
      if (!owner.canonicals.some((c) => c.toLowerCase() === canonical.toLowerCase())) owner.canonicals.push(canonical);
    }
  }
  const conflicts: AliasConflict[] = [];
  for (const [canonical, others] of Object.entries(aliases)) {
    for (const alias of new Set(others)) {
      const lower = alias.toLowerCase();
      if (lower === canonical.toLowerCase()) continue;
      const person = people.get(lower);
      const owner = owners.get(lower)!;
      if (person !== undefined) {
        conflicts.push({ canonical, alias, message: `"${alias}" is listed under "${canonical}" and has aliases of its own: give each person's nicks under one name` });
      } else if (owner.canonicals.length > 1) {
        const listed = owner.canonicals.map((c) => `"${c}"`).join(' and ');
        conflicts.push({ canonical, alias, message: `"${owner.spelling}" is listed under both ${listed}: a nick can be one person's only` });
      }
    }
  }
  return conflicts;
}
