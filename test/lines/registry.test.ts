import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect, detectFormat, FORMATS, formatByName } from '../../src/lines/registry.js';
import { konversation } from '../../src/lines/konversation.js';

// Real logs, copied byte for byte (see test/fixtures/formats/SOURCES.tsv), and the format each must get.
const EXPECTED: Record<string, string> = {
  'jenkins-jenkins-meeting.2016-08-03-18.01.log.txt': 'meetbot',
  'w3c-did-issue-title.txt': 'meetbot',
  'i2p-008.log': 'irssi',
  'i2p-226.log': 'irssi',
  'i2p-057.log': 'bracketed',
  'i2p-073.log': 'bracketed',
  'znc-qtox-_qtox_20160611.log.txt': 'bracketed',
  'w3c-irccloud.txt': 'bracketed',
  'i2p-316.log': 'pidgin',
  'i2p-276.log': 'untimed',
  'fluid-channel-fluid-work-2016-09-21.log': 'botbot',
  'monero-md-2016-06-05-logs-for-the-kovri-dev-meeting-held-on-2016-06-05.md': 'markdown',
  // Made up, in the shapes of Konversation's source (see SOURCES.tsv).
  'konversation-libera_proj.log': 'konversation',
};

const fixtures = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** What the decode and front-matter stages hand the line formats: no BOM, no line ends, no front matter. */
function linesOf(path: string): string[] {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (path.endsWith('.md') && /^---\s*$/.test(lines[0])) {
    const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
    return lines.slice(end + 1);
  }
  return lines;
}

test('every fixture has an expected format, and every expected format exists', () => {
  const files = readdirSync(fixtures).filter((f) => f !== 'SOURCES.tsv');
  assert.equal(files.sort(), Object.keys(EXPECTED).sort());
  for (const name of Object.values(EXPECTED)) assert.ok(formatByName(name), name);
});

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`${file}: detected as ${expected}, ≥90% of its lines recognized`, () => {
    const lines = linesOf(fixtures + file);
    const format = detectFormat(lines);
    assert.is(format?.name, expected);
    const nonEmpty = lines.filter((line) => line.trim() !== '');
    const recognized = nonEmpty.filter((line) => format?.parse(line)).length;
    assert.ok(recognized >= 0.9 * nonEmpty.length, `${recognized}/${nonEmpty.length} lines recognized`);
  });
}

const logs = fileURLToPath(new URL('../fixtures/logs/', import.meta.url));

test('every whole-log fixture is detected as its expected .json says, with Konversation in the registry or not', () => {
  const files = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => existsSync(`${logs}${f}.json`));
  assert.ok(files.length > 10);
  const without = FORMATS.filter((f) => f !== konversation);
  for (const file of files) {
    const expected = JSON.parse(readFileSync(`${logs}${file}.json`, 'utf8')).format;
    const lines = linesOf(logs + file);
    assert.is(detectFormat(lines)?.name ?? null, expected, file);
    assert.is(detectFormat(lines, without)?.name ?? null, expected, file);
  }
});

test('no format is picked when none recognizes a line', () => {
  assert.is(detectFormat(['<!DOCTYPE html>', '<title>Wayback Machine</title>', 'plain prose']), null);
  assert.is(detectFormat([]), null);
});

test('format names are unique', () => {
  const names = FORMATS.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
});

// The shared corpus sits beside this repository in the workspace only; the repository's
// tests must pass without it.
const manifest = corpus + 'MANIFEST.tsv';
if (existsSync(manifest)) {
  test('detectFormat and every parse never throw on any raw log of the corpus', () => {
    const rows = readFileSync(manifest, 'utf8').trim().split('\n').slice(1);
    let files = 0;
    for (const row of rows) {
      const [, localPath, , , , , , kind] = row.split('\t');
      if (kind !== 'raw-log') continue;
      const lines = linesOf(corpus + localPath);
      detectFormat(lines);
      for (const line of lines) for (const format of FORMATS) format.parse(line);
      files++;
    }
    assert.ok(files > 0);
  });
} else {
  console.log(`skipped the corpus smoke test: ${corpus} does not exist`);
  test.skip('detectFormat and every parse never throw on any raw log of the corpus', () => {});
}

test('ties go to the earlier format, whichever is tried first', () => {
  // MeetBot and irssi both read every line; MeetBot is earlier in the registry.
  const lines = ['12:00:00 <alice> hi', '12:00:01 <bob> hello', '12:00:02 <alice> bye'];
  assert.is(detectFormat(lines), FORMATS.find((f) => f.name === 'meetbot'));
  assert.is(detectFormat(lines, FORMATS.filter((f) => f.name !== 'meetbot'))?.name, 'irssi');
  // The first lines suggest untimed lines, tried first; MeetBot and irssi each read more, as many as each other.
  const mixed = ['<alice> hi', '<bob> hi', '<carol> hi', ...Array.from({ length: 20 }, (_, k) => `12:03:${String(k).padStart(2, '0')} <dave> ${k}`)];
  assert.is(detectFormat(mixed)?.name, 'meetbot');
});

test('irssi with seconds: status lines after the sampled plain messages make the file irssi\'s', () => {
  const plain = Array.from({ length: 200 }, (_, k) => `14:${String(Math.floor(k / 60)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')} <bob> line ${k}`);
  const irssiLines = [...plain, '14:04:00 -!- carol [~c@h] has quit [Quit: Leaving]', '--- Day changed Wed Mar 06 2024', '00:01:00 <bob> late'];
  const found = detect(irssiLines);
  assert.is(found?.format.name, 'irssi');
  // The sampled lines come parsed by the format that won.
  assert.equal(found?.parsed[0], { kind: 'message', nick: 'bob', text: 'line 0', clock: { h: 14, m: 0, s: 0 } });
  // MeetBot's own log has no such line: it stays MeetBot's.
  assert.is(detectFormat([...plain, '14:04:00  * bob waves'])?.name, 'meetbot');
  // Without irssi in the list, MeetBot still reads it.
  assert.is(detectFormat(irssiLines, FORMATS.filter((f) => f.name !== 'irssi'))?.name, 'meetbot');
});

test('HexChat with a clock-only stamp: its star and arrow lines make the file HexChat\'s, not MeetBot\'s', () => {
  const lines = ['14:00:00 <alice>\t#startmeeting Weekly', '14:00:01 <bob>\thi', '14:00:02 *\tcarol waves', '14:01:30 -->\tdave (~d@h) has joined #proj'];
  assert.is(detectFormat(lines)?.name, 'hexchat');
});

test.run();
