// bytes → lines of text. Never fails: a line that is not UTF-8 is decoded as
// Windows-1252 (a superset of Latin-1 for printable text) with a diagnostic,
// as irclog2html does, instead of rejecting the file.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from './types.js';
import { diagnostic, perLineNotes } from './errors.js';

export interface Decoded {
  lines: string[];
  diagnostics: Diagnostic[];
  /**
   * How many of `diagnostics`, first, say how the bytes were read (UTF-16 without a byte order mark, lines not
   * UTF-8), not what they hold (NUL bytes, long lines): said of a log, beside nothing of a file that is none.
   */
  howRead: number;
  /** The file ended without a line terminator. */
  noFinalNewline: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

// Windows-1252's 0x80-0x9F, where it differs from Latin-1. Node's TextDecoder
// decodes "windows-1252" as plain Latin-1, which would leave C1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

// mIRC formatting: bold, colour (with optional fg,bg digits), hex colour,
// reset, monospace, reverse, italic, strikethrough, underline; CTCP \x01; and
// any other C0 control except tab, plus DEL; and U+FFFE and U+FFFF, which are
// no characters (XML refuses them: one in a title made every feed unreadable).
const CONTROL_TEST = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/; // \r is a line break, never left in a line
const CONTROL = /\x03(?:\d{1,2}(?:,\d{1,2})?)?|\x04(?:[0-9a-fA-F]{6}(?:,[0-9a-fA-F]{6})?)?|[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]/g;

export function stripControls(text: string): string {
  return CONTROL_TEST.test(text) ? text.replace(CONTROL, '') : text;
}

/** Far beyond IRC's 512-byte lines: such a line is kept, but said to be odd. */
const LONG_LINE = 65536;

function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);

  let lines: string[];
  let howRead = 0;
  let hasControls = true;
  // Whether the text ends with a line end: from its last byte, but for UTF-16, whose last byte of "\n" may be 0.
  let terminated: boolean | null = null;
  const bom = (body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff);
  const utf16 = bom ? (body[0] === 0xff ? 'utf-16le' : 'utf-16be') : utf16Without(body);
  if (utf16) {
    if (!bom) diagnostics.push(diagnostic(file, 1, 'info', `no byte order mark, but read as ${utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}: most characters have a zero byte`));
    howRead = diagnostics.length;
    const text = new TextDecoder(utf16).decode(bom ? body.subarray(2) : body);
    lines = splitLines(text);
    terminated = text === '' || text.endsWith('\n') || text.endsWith('\r');
  } else if (isUtf8(body)) {
    // isUtf8 is one of Node's SIMD paths: several times faster than a fatal TextDecoder.
    const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (buffer.indexOf(0x0d) < 0) {
      lines = utf8Lines(buffer, file, diagnostics);
      hasControls = false; // stripped line by line
    } else {
      const text = buffer.toString('utf8');
      // One scan of the whole text is much cheaper than one per line.
      hasControls = CONTROL_TEST.test(text);
      lines = splitLines(text);
    }
  } else {
    lines = decodeLineByLine(body, file, diagnostics);
    howRead = diagnostics.length;
  }
  const last = body.length ? body[body.length - 1] : 0x0a;
  const noFinalNewline = terminated === null ? last !== 0x0a && last !== 0x0d : !terminated;
  // A terminated last line leaves one empty string after split; it is not a line.
  if (lines.length && lines[lines.length - 1] === '' && !noFinalNewline) lines.pop();
  if (body.length === 0) lines = [];

  if (hasControls) {
    const nul = lines.findIndex((l) => l.includes('\0'));
    if (nul >= 0) diagnostics.push(nulBytes(file, nul));
    for (let i = 0; i < lines.length; i++) lines[i] = stripControls(lines[i]);
  }
  const long = perLineNotes(file, 'warning', (n) => `${n} lines in all are longer than ${LONG_LINE} characters; kept whole`);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > LONG_LINE) long.note(diagnostics, i + 1, `line is ${lines[i].length} characters long, far beyond IRC's 512 bytes; kept whole`);
  }
  long.summarize(diagnostics);
  return { lines, diagnostics, howRead, noFinalNewline };
}

/** Bytes at the start of a file looked at for UTF-16 without a byte order mark. */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a byte order mark (some Windows tools write it so): in a
 * log, most characters (times, nicks, Latin text) are below U+0100, so one
 * byte of most pairs is zero, and always the same one, and a line ends with
 * "\n" as a pair too. UTF-8 text holds no zero byte, and a stray one (a
 * binary file, a NUL in a line) is not one in every few pairs at the same
 * side. Read as UTF-8 instead, with its zero bytes stripped, such a file is
 * right for Latin-1 text only: Cyrillic or CJK comes out as garbage.
 */
function utf16Without(body: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(body.length, UTF16_SAMPLE) & ~1;
  if (n < 4 || Buffer.from(body.buffer, body.byteOffset, n).indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  let le = false;
  let be = false;
  for (let i = 0; i < n; i += 2) {
    if (body[i] === 0) {
      even++;
      if (body[i + 1] === 0x0a) be = true;
    }
    if (body[i + 1] === 0) {
      odd++;
      if (body[i] === 0x0a) le = true;
    }
  }
  const pairs = n / 2;
  if (le && odd >= pairs / 4 && even * 8 <= odd) return 'utf-16le';
  if (be && even >= pairs / 4 && odd * 8 <= even) return 'utf-16be';
  return null;
}

function nulBytes(file: string, index: number): Diagnostic {
  return diagnostic(file, index + 1, 'warning', 'NUL bytes (first on this line): the file may be binary, not a log');
}

/**
 * Valid UTF-8 with LF line ends → lines. The whole file is read as Latin-1, which is
 * right for every ASCII line and makes one-byte strings: half the memory of the two-byte
 * string a single non-ASCII character makes of a UTF-8 decode, and the parsed lines keep
 * slices of it alive. Only lines with a special byte (non-ASCII, or a control to strip)
 * are decoded again, as UTF-8, on their own.
 */
function utf8Lines(buffer: Buffer, file: string, diagnostics: Diagnostic[]): string[] {
  const text = buffer.toString('latin1');
  const { ends, specials } = scanLines(buffer);
  const lines = new Array<string>(ends.length + 1);
  let nulSeen = false;
  let s = 0;
  let start = 0;
  for (let k = 0; k <= ends.length; k++) {
    const stop = k < ends.length ? ends[k] : buffer.length;
    if (specials[s] === k) {
      s++;
      const line = buffer.toString('utf8', start, stop);
      if (!nulSeen && line.includes('\0')) {
        nulSeen = true;
        diagnostics.push(nulBytes(file, k));
      }
      lines[k] = stripControls(line);
    } else lines[k] = text.slice(start, stop);
    start = stop + 1;
  }
  return lines;
}

const PLAIN = 0;
const SPECIAL = 1;
const NEWLINE = 2;
/** Per byte: "\n"; or special, a byte a Latin-1 read gets wrong or stripControls removes (C0 controls but tab and line ends, DEL, 0x80-0xFF); or plain. */
const KIND = new Uint8Array(256);
for (let b = 0; b < 256; b++) KIND[b] = b === 0x0a ? NEWLINE : (b < 0x20 && b !== 0x09 && b !== 0x0d) || b >= 0x7f ? SPECIAL : PLAIN;

/**
 * Where each "\n" is, and which lines (by index) hold a special byte. Reads four bytes
 * at a time: a word with no byte below 0x20 or above 0x7e is passed over whole, and
 * only the others (about one in twenty: the one with the line's "\n") byte by byte.
 * Several times faster than String.split and a regular expression over the text.
 */
function scanLines(bytes: Uint8Array): { ends: number[]; specials: number[] } {
  const ends: number[] = [];
  const specials: number[] = [];
  const end = bytes.length;
  const first = Math.min(end, (4 - (bytes.byteOffset & 3)) & 3); // first index on a 4-byte boundary
  const count = (end - first) >> 2; // 0 whenever first is short of the boundary
  const words = count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + first, count) : NO_WORDS;
  scanBytes(bytes, 0, first, ends, specials);
  for (let w = 0; w < words.length; w++) {
    const x = words[w];
    if (((((x + 0x01010101) | x) | ((x - 0x20202020) & ~x)) & 0x80808080) !== 0) {
      scanBytes(bytes, first + w * 4, first + w * 4 + 4, ends, specials);
    }
  }
  scanBytes(bytes, first + words.length * 4, end, ends, specials);
  return { ends, specials };
}

const NO_WORDS = new Int32Array(0);

function scanBytes(bytes: Uint8Array, from: number, to: number, ends: number[], specials: number[]): void {
  for (let i = from; i < to; i++) {
    const kind = KIND[bytes[i]];
    if (kind === NEWLINE) ends.push(i);
    else if (kind === SPECIAL && specials[specials.length - 1] !== ends.length) specials.push(ends.length);
  }
}

/** Slow path, only for files that are not valid UTF-8 as a whole. */
function decodeLineByLine(body: Uint8Array, file: string, diagnostics: Diagnostic[]): string[] {
  const lines: string[] = [];
  const legacy = perLineNotes(file, 'warning', (n) => `${n} lines in all are not valid UTF-8; decoded as Windows-1252 (Latin-1)`);
  let from = 0;
  const push = (to: number) => {
    const chunk = body.subarray(from, to);
    // isUtf8 first: a thrown TypeError per line made Latin-1 logs decode at 2 MB/s.
    if (isUtf8(chunk)) lines.push(utf8.decode(chunk));
    else {
      lines.push(decodeCp1252(chunk));
      legacy.note(diagnostics, lines.length, 'line is not valid UTF-8; decoded as Windows-1252 (Latin-1)');
    }
  };
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b === 0x0a || b === 0x0d) {
      push(i);
      if (b === 0x0d && body[i + 1] === 0x0a) i++;
      from = i + 1;
    }
  }
  push(body.length);
  legacy.summarize(diagnostics);
  return lines;
}
