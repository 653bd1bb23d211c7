// The table bench/run.js prints for one archive size: each figure for
// minutebook, the plain-Node lower bound and irclog2html side by side, the
// ratios, and the issue's targets with "met" or "MISSED".

export const TARGETS = {
  fullBuildVsBaseline: 1.5,
  incrementalSec: 5,
  parseLinesPerSec: 1_000_000,
  siteBytesPerLogByte: 3,
};

const int = (n) => Math.round(n).toLocaleString('en');
const sec = (n) => (n === null || n === undefined ? '' : `${n.toFixed(1)} s`);
const mb = (n) => (n === null || n === undefined ? '' : `${int(n)} MB`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

function table(rows, say) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  for (const [k, r] of rows.entries()) {
    say(`  ${r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ')}`);
    if (k === 0) say(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  }
}

export function printRun(run, say = console.log) {
  const b = run.build;
  const base = run.baseline;
  const irc = run.irclog2html;
  const inc = b.incremental;
  const perLogByte = b.site.total / run.logBytes;
  const atTarget = run.meetings >= 10000 ? '' : ' (target at 10,000)';
  say('');
  table(
    [
      ['', 'minutebook', 'plain Node', 'irclog2html', 'mb ÷ plain', 'mb ÷ irclog2html', 'target'],
      ['parse, lines/s', int(run.parse.linesPerSec), '', '', '', '', `≥ ${int(TARGETS.parseLinesPerSec)}: ${verdict(run.parse.linesPerSec >= TARGETS.parseLinesPerSec)}`],
      ['parse, lines per CPU s', int(run.parse.linesPerCpuSec), '', '', '', '', ''],
      ['full build, wall', sec(b.fullBuildSec), sec(base?.seconds), irc ? sec(irc.seconds) : irc === null ? 'not installed' : 'skipped', ratio(b.fullBuildSec, base?.seconds), ratio(b.fullBuildSec, irc?.seconds), base ? `≤ ${TARGETS.fullBuildVsBaseline}× plain: ${verdict(b.fullBuildSec <= TARGETS.fullBuildVsBaseline * base.seconds)}${atTarget}` : ''],
      ['full build, CPU', sec(b.fullBuildCpuSec), sec(base?.cpuSeconds), sec(irc?.cpuSeconds), ratio(b.fullBuildCpuSec, base?.cpuSeconds), ratio(b.fullBuildCpuSec, irc?.cpuSeconds), ''],
      ['one-log incremental rebuild', inc ? sec(inc.seconds) : 'skipped', '', '', '', '', inc ? `≤ ${TARGETS.incrementalSec} s: ${verdict(inc.seconds <= TARGETS.incrementalSec)}${atTarget}` : ''],
      ['peak RSS', mb(b.peakRssMB), mb(base?.peakRssMB), mb(irc?.peakRssMB), ratio(b.peakRssMB, base?.peakRssMB), '', ''],
      ['site bytes per log byte', perLogByte.toFixed(2), base ? (base.bytes / run.logBytes).toFixed(2) : '', irc ? (irc.bytes / run.logBytes).toFixed(2) : '', '', '', `≤ ${TARGETS.siteBytesPerLogByte}: ${verdict(perLogByte <= TARGETS.siteBytesPerLogByte)}`],
      ['search index', mb(b.searchIndexBytes / 2 ** 20), '', '', '', '', `${(b.searchIndexBytes / run.logBytes).toFixed(3)} per log byte`],
    ],
    say,
  );
  say(`  plain Node writes the minutes and log pages only; irclog2html the log pages only (${irc ? `${irc.processes} logs2html runs, one per series` : irc === null ? 'not installed' : 'skipped'}).`);
  const phases = Object.entries(b.phases);
  const inPhases = phases.reduce((n, [, s]) => n + s, 0);
  say(`  full build by phase: ${phases.map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')}; outside the phases (start-up, loading code, exit) ${(b.fullBuildSec - inPhases).toFixed(1)} s`);
  if (inc && !(inc.changed <= 2)) say(`  WARNING: the incremental build rendered every meeting again (${inc.changed} changed): did the code or templates change during the run? Its time is not a one-log rebuild.`);
  if (inc) say(`  incremental: the median of ${inc.runsSec.map((s) => s.toFixed(1)).join(', ')} s, a new log each; the median run (${inc.added} added): ${Object.entries(inc.phases).map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')}; the cached build before it took ${inc.cachedBuildSec.toFixed(1)} s`);
  const parts = Object.entries(b.site.bytes).filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1]);
  say(`  site ${mb(b.site.total / 2 ** 20)} in ${int(b.site.files)} files, per log byte: ${parts.map(([k, n]) => `${k} ${(n / run.logBytes).toFixed(2)}`).join(', ')}`);
  if (run.search) say(`  search (bench/search-bench.js, its own archive of ${int(run.meetings)} meetings): index ${mb(run.search.indexBytes / 2 ** 20)}, worst first query loads ${int(run.search.firstQueryBytes / 1024)} KB in ${run.search.firstQueryColdMs} ms cold`);
  else if (run.search === null) say('  search: no figures from bench/search-bench.js (missing or failed); the index bytes above are those of site/search/');
}
