// Debian's irclog2html over the same logs, when it is installed (apt-get
// install irclog2html): logs2html, the way its manual has it for a folder of
// one channel's logs, once per series folder of the synthetic archive. It
// writes a colourised page per log and an index per folder: log pages only,
// no minutes. Timed as one figure over all the series.
import fs from 'node:fs';
import path from 'node:path';
import { bytesUnder, onPath, runCommand } from './measure.js';

export const IRCLOG2HTML = 'logs2html';

export function irclog2htmlInstalled() {
  return onPath(IRCLOG2HTML) && onPath('irclog2html');
}

export async function irclog2htmlBench(logsDir, outDir) {
  if (!irclog2htmlInstalled()) return null;
  fs.rmSync(outDir, { recursive: true, force: true });
  let seconds = 0;
  let cpuSeconds = 0;
  let peakRssMB = 0;
  const folders = fs.readdirSync(logsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const series of folders) {
    const out = path.join(outDir, series);
    fs.mkdirSync(out, { recursive: true });
    const r = await runCommand(IRCLOG2HTML, ['--force', '--glob-pattern', '*.log.txt', '--output-dir', out, path.join(logsDir, series)]);
    if (r.code !== 0) throw new Error(`${IRCLOG2HTML} ${series} exited with ${r.code}: ${r.stderr.slice(-500)}`);
    seconds += r.seconds;
    cpuSeconds = r.cpuSeconds === null ? null : cpuSeconds + r.cpuSeconds;
    peakRssMB = r.peakRssMB === null ? null : Math.max(peakRssMB, r.peakRssMB);
  }
  const bytes = bytesUnder(outDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  return { seconds, cpuSeconds, peakRssMB, bytes, processes: folders.length };
}
