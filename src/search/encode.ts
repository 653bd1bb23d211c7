// Numbers written as text that a JSON string holds without escapes: 92 of the
// printable ASCII characters ('!' to '~' but '"' and '\'). Each number is a
// run of "more" digits (46 of them) ended by one "last" digit (the other 46),
// most significant first, so small numbers take one character. The browser's
// decoder is in templates/assets/search-engine.js.

export const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const BASE = 46;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

/** Collects numbers' digits as bytes, for millions of numbers without millions of strings. */
export interface NumberWriter {
  write(n: number): void;
  /** The text so far; the writer is empty again afterwards. */
  take(): string;
}

export function numberWriter(): NumberWriter {
  let bytes = new Uint8Array(1024);
  let length = 0;
  return {
    write(n) {
      if (length + MAX_DIGITS > bytes.length) {
        const bigger = new Uint8Array(bytes.length * 2);
        bigger.set(bytes);
        bytes = bigger;
      }
      length = writeNumber(bytes, length, n);
    },
    take() {
      const text = Buffer.from(bytes.buffer, 0, length).toString('latin1');
      length = 0;
      return text;
    },
  };
}

/** Digits a number below 2^53 may take. */
export const MAX_DIGITS = 10;

/** Writes n's digits into bytes at `at` (room for MAX_DIGITS is the caller's care); returns the position after them. */
export function writeNumber(bytes: Uint8Array, at: number, n: number): number {
  if (n >= 0 && n < BASE) {
    // Most gaps: one digit.
    bytes[at] = CODES[n];
    return at + 1;
  }
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot encode ${n}`);
  let digits = 1;
  for (let rest = Math.floor(n / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits++;
  let k = at + digits - 1;
  bytes[k--] = CODES[n % BASE];
  for (n = Math.floor(n / BASE); n > 0; n = Math.floor(n / BASE)) bytes[k--] = CODES[BASE + (n % BASE)];
  return at + digits;
}

export function encodeNumbers(numbers: readonly number[]): string {
  const out = numberWriter();
  for (const n of numbers) out.write(n);
  return out.take();
}

export function decodeNumbers(text: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 33 - (text.charCodeAt(i) > 34 ? 1 : 0) - (text.charCodeAt(i) > 92 ? 1 : 0);
    if (d >= BASE) n = n * BASE + (d - BASE);
    else {
      out.push(n * BASE + d);
      n = 0;
    }
  }
  return out;
}
