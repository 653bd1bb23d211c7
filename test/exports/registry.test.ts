// The registry of chat exports (src/exports/registry.ts): a file is read as
// an export only when it is JSON that one of them knows; anything else goes
// to the line formats, and a JSON file that is no export is refused as a log
// whole is (a clear error, never a throw). A Slack export's lists beside its
// channels are no logs at all.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORTS, readExport } from '../../src/exports/registry.js';
import { FORMATS } from '../../src/lines/registry.js';
import { parseLog } from '../../src/pipeline.js';
import { listLogs } from '../../src/read-logs.js';

test('every export has a name of its own, apart from the line formats\'', () => {
  const names = [...EXPORTS, ...FORMATS].map((f) => f.name);
  assert.equal(names.length, new Set(names).size);
});

test('only JSON that an export knows is read as one', () => {
  assert.is(readExport(['[{"type": "message", "ts": "1696514400.0002", "user": "U1", "text": "hi"}]'])?.format.name, 'slack');
  assert.is(readExport(['{"messages": [{"type": "m.room.message", "sender": "@a:x", "origin_server_ts": 1696514400000, "content": {"body": "hi"}}]}'])?.format.name, 'matrix');
  assert.is(readExport(['{"name": "minutebook", "version": "1"}']), null);
  assert.is(readExport(['{ not json']), null);
  assert.is(readExport(['[12:00:00] <alice> [not json]']), null, 'a ZNC line starts with "[" too');
});

test('a JSON file that is no chat export is refused with a clear error, and a ZNC log is still a ZNC log', () => {
  const other = parseLog(Buffer.from('{"name": "minutebook"}\n'), 'logs/package.json');
  assert.equal(other.meetings, []);
  assert.ok(other.diagnostics.some((d) => d.level === 'error' && d.message.startsWith('not a recognized chat log')));
  assert.is(parseLog(Buffer.from('[12:00:00] <alice> hello\n[12:00:01] <bob> [hi]\n'), 'znc.log').format, 'bracketed');
});

test("a Slack export's users.json and channels.json beside its channels are not taken for logs", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-slack-'));
  try {
    fs.mkdirSync(path.join(dir, 'general'));
    fs.writeFileSync(path.join(dir, 'users.json'), '[{"id": "U1", "name": "alice"}]');
    fs.writeFileSync(path.join(dir, 'channels.json'), '[{"id": "C1", "name": "general"}]');
    fs.writeFileSync(path.join(dir, 'general', '2023-10-05.json'), '[{"type": "message", "ts": "1696514400.0002", "user": "U1", "text": "hi"}]');
    const { files, diagnostics } = await listLogs(dir);
    assert.equal(files, ['general/2023-10-05.json']);
    assert.equal(diagnostics, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a message of very many lines is read whole, without running out of stack', () => {
  const body = Array.from({ length: 300_000 }, (_, k) => `line ${k}`).join('\n');
  const read = readExport([JSON.stringify([{ type: 'message', ts: '1696514400.0002', user: 'U1', text: body }])]);
  assert.is(read?.lines.length, 300_000);
});

test.run();
