// Grouping a list by a key of each element (Map.groupBy comes with Node 21).

/** The elements by key, each group in list order, the keys in the order they first come. */
export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    let l = by.get(k);
    if (!l) by.set(k, (l = []));
    l.push(x);
  }
  return by;
}
