// "Did you mean …?" for a misspelt key, in the settings file and in a log's front matter.
import { distance } from 'fastest-levenshtein';

/** The known key closest to a misspelt one, when it is close enough to be a typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
