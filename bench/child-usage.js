// Preloaded into each process the benchmark times (node --import): at exit,
// writes the process's peak RSS and CPU time to $BENCH_USAGE_FILE. This works
// on any machine with Node, without GNU time.
import fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, userSec: u.userCPUTime / 1e6, systemSec: u.systemCPUTime / 1e6 }));
});
