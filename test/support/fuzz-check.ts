// The one property every fuzz test checks: parse the bytes and list what is wrong.
// An exception, a broken invariant (test/support/invariants.ts) or a second parse
// of the same bytes that differs are all problems.
import { isDeepStrictEqual } from 'node:util';
import { parseLog, type ParseOptions, type ParseResult } from '../../src/pipeline.js';
import { invariantProblems } from './invariants.js';

export interface Checked {
  result: ParseResult | null;
  problems: string[];
}

export function checkParse(bytes: Uint8Array, file: string, options: ParseOptions = {}): Checked {
  let result: ParseResult;
  try {
    result = parseLog(bytes, file, options);
  } catch (err) {
    return { result: null, problems: [`parseLog threw: ${(err as Error).stack ?? String(err)}`] };
  }
  const problems = invariantProblems(bytes, result);
  let again: ParseResult | null = null;
  try {
    again = parseLog(bytes, file, options);
  } catch (err) {
    problems.push(`the second parse threw: ${(err as Error).message}`);
  }
  if (again && !isDeepStrictEqual(result, again)) problems.push('parsing the same bytes twice gave different results');
  return { result, problems };
}

/** For fc.property: throws with the problems (fast-check then shrinks the input). */
export function assertSound(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParseResult | null {
  const { result, problems } = checkParse(bytes, file, options);
  if (problems.length) throw new Error(problems.join('\n'));
  return result;
}
