// "1 log", "2 logs": counts in the messages a command prints.

/** The count and its noun, the noun plural unless the count is one. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
