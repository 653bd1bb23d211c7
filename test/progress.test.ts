// Progress (src/progress.ts): the live bar's line, the plain lines, and the
// pauses that let a long synchronous phase hear a Ctrl-C.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { breather, createProgress } from '../src/progress.js';

/** A progress on a fake clock, and the text it wrote. */
function recorded(live: boolean) {
  let clock = 0;
  const out: string[] = [];
  const progress = createProgress({ live, write: (t) => out.push(t), now: () => clock });
  return { progress, out, advance: (ms: number) => (clock += ms), last: () => out[out.length - 1] };
}

test('the live bar: counts, then the time left once a second and a tenth have passed', () => {
  const { progress, advance, last } = recorded(true);
  progress.phase('search', 1000, 'meetings');
  assert.is(last(), '\r\x1b[2Ksearch   [........................] 0/1000 meetings');
  advance(500);
  progress.tick(200);
  assert.is(last(), '\r\x1b[2Ksearch   [#####...................] 200/1000 meetings', 'half a second in: no guess yet');
  advance(1500);
  progress.tick(50);
  // 250 done in 2 s: 750 more at that pace is 6 s.
  assert.is(last(), '\r\x1b[2Ksearch   [######..................] 250/1000 meetings · about 6 s left');
  advance(100);
  progress.tick(1);
  advance(300_000);
  progress.tick(1);
  assert.match(last(), / · about \d+ min left$/, 'long waits in minutes');
  progress.end('done');
  assert.is(last(), '\r\x1b[2Ksearch   done in 302.10 s\n');
});

test('a phase without steps shows that it runs, not "0 files"', () => {
  const { progress, last, out } = recorded(true);
  progress.phase('model');
  assert.is(last(), '\r\x1b[2Kmodel    …');
  progress.end('2 meetings');
  const plain = recorded(false);
  plain.progress.phase('model');
  assert.equal(plain.out, [], 'plain lines: nothing until it ends');
  plain.progress.end('2 meetings');
  assert.is(plain.last(), 'model    2 meetings in 0.00 s\n');
  assert.ok(out.every((t) => !t.includes('0 files')));
});

test('breather: nothing to await until its time, then a turn of the event loop', async () => {
  const breathe = breather(30);
  assert.is(breathe(), null, 'not yet');
  let ran = false;
  setImmediate(() => (ran = true));
  const started = performance.now();
  while (performance.now() - started < 40) {
    // a synchronous step
  }
  const pause = breathe();
  assert.ok(pause instanceof Promise);
  assert.not.ok(ran, 'a busy loop: the event loop has not run');
  await pause;
  assert.ok(ran, 'after the pause it has');
  assert.is(breathe(), null, 'and the clock starts again');
  const stop = new AbortController();
  const checked = breather(30, stop.signal);
  assert.is(checked(), null);
  stop.abort(new Error('interrupted'));
  assert.throws(() => checked(), /interrupted/, 'with a signal: the next call after it is aborted throws');
  // Aborted while the event loop runs (as a Ctrl-C's handler does): the pause itself throws.
  const later = new AbortController();
  const during = breather(0, later.signal);
  setImmediate(() => later.abort(new Error('stopped meanwhile')));
  let caught: unknown;
  await during()!.catch((err) => (caught = err));
  assert.match(String(caught), /stopped meanwhile/);
});

test.run();
