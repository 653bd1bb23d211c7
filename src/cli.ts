// Command line: `minutebook parse FILE...` and `minutebook build`.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic, Level } from './types.js';
import { formatDiagnostic, MinutebookError } from './errors.js';
import { parseLog } from './pipeline.js';
import { build } from './build.js';
import { FORMATS } from './lines/registry.js';

const HELP = `minutebook: IRC meeting logs → a browsable, searchable static site

Usage:
  minutebook build [--logs DIR] [--out DIR] [--quiet]
      Parse every log in DIR (default logs/) and write the site to --out
      (default site/): data files in site/data/, pages beside them.
  minutebook parse FILE...
      Print the meetings found in the files as a JSON array on stdout;
      diagnostics go to stderr as "file:line: level: message".
  minutebook --help | --version

Exit status: 0 on success (problems in logs are reported, not fatal),
1 when parse found errors, 2 on a usage or I/O error.

Log formats, detected per file:
${FORMATS.map((f) => `  ${f.name.padEnd(10)} ${f.description}`).join('\n')}
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === '--version') {
    const pkg = JSON.parse(await fs.readFile(new URL('../package.json', import.meta.url), 'utf8'));
    console.log(pkg.version);
    return 0;
  }
  try {
    if (command === 'parse') return await parseCommand(rest);
    if (command === 'build') return await buildCommand(rest);
  } catch (err) {
    if (err instanceof MinutebookError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`minutebook ${command}: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }
  console.error(`minutebook: unknown command "${command}". Run "minutebook --help" for the commands.`);
  return 2;
}

async function parseCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean' } } });
  if (values.help) {
    console.log('Usage: minutebook parse FILE...\nPrints the meetings found as a JSON array; diagnostics on stderr.');
    return 0;
  }
  if (positionals.length === 0) throw new MinutebookError('give one or more log files, e.g. minutebook parse logs/*.log.txt');
  const meetings = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of positionals) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      diagnostics.push({ file, line: 0, level: 'error', message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})` });
      continue;
    }
    const result = parseLog(bytes, file, { relPath: path.basename(file) });
    meetings.push(...result.meetings);
    diagnostics.push(...result.diagnostics);
  }
  process.stdout.write(JSON.stringify(meetings, null, 2) + '\n');
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  return diagnostics.some((d) => d.level === 'error') ? 1 : 0;
}

async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      logs: { type: 'string', default: 'logs' },
      out: { type: 'string', default: 'site' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log('Usage: minutebook build [--logs DIR] [--out DIR] [--quiet]');
    return 0;
  }
  const result = await build({ logsDir: values.logs, outDir: values.out, quiet: values.quiet });
  const levels: Level[] = ['error', 'warning', 'info'];
  if (!values.quiet) {
    for (const d of result.diagnostics) if (d.level !== 'info') console.error(formatDiagnostic(d));
  }
  const counts = levels.map((l) => `${result.diagnostics.filter((d) => d.level === l).length} ${l}s`).join(', ');
  console.error(
    `built ${result.meetings.length} meetings from ${result.files} files into ${values.out}/ (${result.pages} pages) in ${result.seconds.toFixed(1)} s; ${counts}`,
  );
  return 0;
}
