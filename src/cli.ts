// The command line: one table of commands, each with its usage and options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Diagnostic, Level } from './types.js';
import { formatDiagnostic, githubAnnotation, MinutebookError } from './errors.js';
import { parseLog } from './pipeline.js';
import { build, PACKAGE_ROOT, summaryLine } from './build.js';
import { CONFIG_FILE, parseConfig, type Config } from './config.js';
import { FORMATS } from './lines/registry.js';
import { EXPORTS } from './exports/registry.js';
import { PAGES } from './lines/pages.js';
import { logContextOf, withSettings } from './read-logs.js';
import { checkLogs, reportable } from './check.js';
import { abandonSync, checkFolderNames } from './output.js';
import { wantsLiveProgress } from './progress.js';
import { boundHeapGrowth } from './heap.js';
import { counted } from './counted.js';

type Options = NonNullable<ParseArgsConfig['options']>;
interface Command {
  /** What the command does, in one line of the top-level help. */
  summary: string;
  usage: string;
  options: Options;
  positionals?: boolean;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const SITE_OPTIONS: Options = {
  logs: { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
  url: { type: 'string' },
  'path-prefix': { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
};
const LOGS_USAGE = '  --logs DIR          logs folder (default: "logs" in the configuration, else logs/)';
const CONFIG_USAGE = `  --config FILE       settings (default ./${CONFIG_FILE} when it exists)`;
const SITE_USAGE = `${LOGS_USAGE}
  --out DIR           site folder (default site/); replaced whole, never half-written
${CONFIG_USAGE}
  --url URL           absolute URL the site is served at, for feeds (e.g. from GitHub Pages)
  --path-prefix PATH  path the site is served under, e.g. /repo/ (for the 404 page)
  --no-cache          parse every log and write every file again (no .cache/minutebook)
  --quiet, -q         print nothing but errors`;

const FORMAT_USAGE = `  --format github     problems in logs as GitHub Actions annotations (::warning file=…,line=…::…)
                      on stdout, shown at the line in the run and the pull request`;

/**
 * How a command prints the problems it found: "file:line: level: message" on `stream`, or
 * with --format github as GitHub Actions workflow commands, which the runner reads on stdout.
 */
function diagnosticPrinter(values: Record<string, string | boolean | undefined>, stream: (line: string) => void = console.error): (d: Diagnostic) => void {
  const format = (values.format as string | undefined) ?? 'text';
  if (format === 'github') return (d) => console.log(githubAnnotation(d));
  if (format === 'text') return (d) => stream(formatDiagnostic(d));
  throw new MinutebookError(`--format must be text or github, not "${format}"`);
}

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'Parse every log and write the site.',
    usage: `minutebook build [options] [--format text|github]\n  Parse every log and write the site.\n${SITE_USAGE}\n${FORMAT_USAGE}\nExit status: 0 built (problems in logs are printed, not fatal); 2 bad usage, settings\nor output folder (nothing written); 130 interrupted by Ctrl-C, 143 by SIGTERM (the previous\nsite is kept).`,
    options: { ...SITE_OPTIONS, format: { type: 'string' } },
    async run(values) {
      const print = diagnosticPrinter(values);
      const settings = siteSettings(values);
      boundHeapGrowth();
      const result = await interruptible(settings.outDir, (signal) =>
        build({ ...settings, quiet: !!values.quiet, live: wantsLiveProgress(process.stderr, process.env), signal }),
      );
      if (result instanceof Interrupted) return result.exitCode;
      for (const d of reportable(result.diagnostics, values.quiet ? 'error' : 'warning')) print(d);
      if (!values.quiet) console.error(summaryLine(result, settings.outDir));
      return 0;
    },
  },
  serve: {
    summary: 'Build, serve the site locally, and rebuild and reload it when anything changes.',
    usage: `minutebook serve [options] [--port N] [--host ADDRESS]\n  Build, serve the site on http://127.0.0.1:8080/ and rebuild (incrementally) and\n  reload open pages whenever a log, a template or the settings change.\n${SITE_USAGE}\n  --port N            port (default 8080; 0 picks a free one)\n  --host ADDRESS      address to listen on (default 127.0.0.1: this machine only)`,
    options: { ...SITE_OPTIONS, port: { type: 'string' }, host: { type: 'string' } },
    async run(values) {
      // Checked before the build, which takes a while: a bad --port is said at once.
      const port = portOf(values.port);
      const host = (values.host as string | undefined) ?? '127.0.0.1';
      const settings = siteSettings(values);
      boundHeapGrowth();
      // Loaded here, not with the command line: every other command starts without the server and its thread's code.
      const [{ startServer, watch }, { freshBuild }] = await Promise.all([import('./serve.js'), import('./fresh-build.js')]);
      const { logsDir, outDir } = settings;
      // With -q, as build -q: nothing but errors (the address is printed all the same, on stdout).
      const summary = values.quiet ? () => {} : (line: string) => console.error(line);
      // Each build on a thread of its own, so a template edited meanwhile is read afresh by every page
      // (fresh-build.ts), and with the settings as the file has them now; from and to the folders serve watches.
      const again = async () => {
        const now = siteSettings(values);
        if (now.logsDir !== logsDir || now.outDir !== outDir) {
          // The folders serve watches and serves are fixed at its start: say so, rather than leave the edit unheard.
          console.error(`minutebook serve: the settings now name ${now.logsDir}/ → ${now.outDir}/; still building ${logsDir}/ → ${outDir}/ until serve is restarted`);
        }
        summary(await freshBuild({ logsDir, outDir, config: now.config, configFile: now.configFile, cacheDir: now.cacheDir }));
      };
      // Listening first: a port in use is said before the build, not after it. Pages are read at each request.
      const server = await startServer(settings.outDir, { host, port, prefix: settings.config.pathPrefix });
      try {
        await again();
      } catch (err) {
        await server.close();
        throw err;
      }
      console.log(`serving ${settings.outDir}/ at ${server.url} (Ctrl-C stops)`);
      let building = Promise.resolve();
      const stop = watch([settings.logsDir, path.join(PACKAGE_ROOT, 'templates'), settings.configFile ?? CONFIG_FILE], () => {
        building = building.then(() =>
          again().then(server.reload, (err: Error) => {
            console.error(`minutebook serve: ${err.message}`);
            if (process.env.DEBUG) console.error(debugTrace(err));
          }),
        );
      });
      await new Promise<void>((resolve) => ['SIGINT', 'SIGTERM'].forEach((s) => process.once(s, () => resolve())));
      stop();
      await server.close();
      return 0;
    },
  },
  check: {
    summary: 'Lint the logs (for the CI of a log repository): problems as "file:line: level: message".',
    usage: `minutebook check [--logs DIR] [--config FILE] [--strict] [--verbose] [--format text|github]\n  Lint the logs, for the CI of a log repository: prints "file:line: level: message" for\n  each problem (unknown format, encoding fallback, meeting never ended, duplicate\n  meeting id, action without an owner…). Exit status: 1 when there are errors (with\n  --strict, warnings too), else 0; 2 bad usage.\n${LOGS_USAGE}\n${CONFIG_USAGE}\n  --strict            warnings fail the check too\n  --verbose           print infos as well\n${FORMAT_USAGE}`,
    options: { logs: { type: 'string' }, config: { type: 'string' }, strict: { type: 'boolean' }, verbose: { type: 'boolean' }, format: { type: 'string' } },
    async run(values) {
      const print = diagnosticPrinter(values, console.log);
      const { logsDir, config, configFile } = siteSettings(values);
      const { files, meetings, diagnostics } = await checkLogs(logsDir, config, configFile);
      const all = reportable(diagnostics, values.verbose ? 'info' : 'warning');
      for (const d of all) print(d);
      const count = (l: Level) => all.filter((d) => d.level === l).length;
      console.error(`checked ${counted(files, 'log')}, ${counted(meetings.length, 'meeting')}: ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}`);
      return count('error') > 0 || (values.strict && count('warning') > 0) ? 1 : 0;
    },
  },
  parse: {
    summary: 'Print the meetings found in the files as JSON.',
    usage: `minutebook parse [--config FILE] FILE...\n  Print the meetings found in the files as a JSON array on stdout, as the build's data files\n  have them (with the settings' relays and aliases); diagnostics go to stderr as\n  "file:line: level: message". Exit status 1 when a diagnostic is an error; 2 bad usage\n  or settings.\n${CONFIG_USAGE}`,
    options: { config: { type: 'string' } },
    positionals: true,
    async run(values, files) {
      if (files.length === 0) throw new MinutebookError('give one or more log files, e.g. minutebook parse logs/*.log.txt');
      const { config } = readSettings(values);
      const meetings = [];
      const diagnostics: Diagnostic[] = [];
      for (const file of files) {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(file);
        } catch (err) {
          diagnostics.push({ file, line: 0, level: 'error', message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})` });
          continue;
        }
        // The settings' relays and aliases in the log's context, as the build puts them there.
        const logContext = withSettings(() => logContextOf(file, diagnostics), config.relays, config.aliases)(file);
        const result = parseLog(bytes, file, { relPath: path.basename(file), ...(logContext ? { logContext } : {}) });
        meetings.push(...result.meetings);
        diagnostics.push(...result.diagnostics);
      }
      process.stdout.write(JSON.stringify(meetings, null, 2) + '\n');
      for (const d of diagnostics) console.error(formatDiagnostic(d));
      return diagnostics.some((d) => d.level === 'error') ? 1 : 0;
    },
  },
};

const HELP = `minutebook: IRC meeting logs → a browsable, searchable static site

Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.split('\n')[0]}\n    ${c.summary}`)
  .join('\n')}
  minutebook COMMAND --help     all of a command's options (or: minutebook help COMMAND)
  minutebook --version

Log formats, detected per file:
${listed(FORMATS)}

Logs written as HTML pages, read as the plain lines they show:
${listed(PAGES)}

Chat exports (JSON files), read whole:
${listed(EXPORTS)}

Beside a log, not read as logs:
  MeetBot's minutes (NAME.html, .txt, .rst, .mw.txt beside NAME.log.txt or NAME.log.html)
  a summary people wrote (NAME.rst beside NAME.log): its first line titles the meeting, and dates it
    when the log has no date ("I2P dev meeting, August 31, 2004")

Not logs, skipped with a warning wherever they are:
  MeetBot's minutes without their log ("Meeting started by …", "Meeting summary"), scribejs's
  Markdown minutes ("**Date:**", "## Attendees"), a symbolic link checked out as a file
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // No command is bad usage, as each command's help says of its own (exit 2): the help on stderr, not a success.
    process.stderr.write(`${HELP}\nminutebook: give a command, e.g. minutebook build\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h'))) {
    process.stdout.write(HELP);
    return 0;
  }
  if (name === 'help') return commandHelp(rest[0]);
  if (name === '--version') {
    console.log(JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const command = commandNamed(name);
  if (!command) return unknownCommand(name);
  try {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: !!command.positionals, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
    if (values.help) return commandHelp(name);
    return await command.run(values, positionals);
  } catch (err) {
    if (err instanceof MinutebookError) {
      console.error(`minutebook ${name}: ${err.message}`);
      if (process.env.DEBUG) console.error(debugTrace(err));
      return 2;
    }
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's own words ("Unknown option '--frobnicate'"), and where the right ones are.
      console.error(`minutebook ${name}: ${(err as Error).message.replace(/\. To specify a positional argument.*$/s, '')}. Run "minutebook ${name} --help" for its options.`);
      return 2;
    }
    throw err;
  }
}

/** A command not in the table: said on stderr, exit 2 (bad usage). */
function unknownCommand(name: string): number {
  console.error(`minutebook: unknown command "${name}". Run "minutebook --help" for the commands.`);
  return 2;
}

/** The command of that name; none for a name that is not one (not one of an object's own, "constructor" say). */
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** `minutebook help COMMAND`, as `minutebook COMMAND --help`: the command's usage and all its options. */
function commandHelp(name: string): number {
  const command = commandNamed(name);
  if (!command) return unknownCommand(name);
  console.log(`Usage: ${command.usage}`);
  return 0;
}

/** For DEBUG=1: the error's stack and, under it, each cause's ("caused by: TypeError: …"), which the message alone hides. */
export function debugTrace(err: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let e: unknown = err; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    parts.push(parts.length ? `caused by: ${text}` : text);
  }
  return parts.join('\n');
}

interface SiteSettings {
  logsDir: string;
  outDir: string;
  config: Config;
  configFile: string | undefined;
}

/** The settings file (--config FILE, else ./minutebook.config.json when it exists) and what it says; none: no settings. */
function readSettings(values: Record<string, string | boolean | undefined>): { config: Config; configFile: string | undefined } {
  const given = values.config as string | undefined;
  // Refused as an empty --logs or --out is: '' would read as "no --config" and take ./minutebook.config.json unasked.
  if (given === '') throw new MinutebookError(`--config is empty; give the settings file, e.g. --config ${CONFIG_FILE}, or leave --config out to use ./${CONFIG_FILE} when it exists`);
  const configFile = given ?? (fs.existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (!configFile) return { config: {}, configFile };
  let text: string;
  try {
    text = fs.readFileSync(configFile, 'utf8');
  } catch (err) {
    throw new MinutebookError(`cannot read the settings file ${configFile} (${(err as NodeJS.ErrnoException).code}); check the --config path`);
  }
  return { config: parseConfig(text, configFile), configFile };
}

/** Settings from the configuration file, overridden by the command line. */
function siteSettings(values: Record<string, string | boolean | undefined>): SiteSettings & { cacheDir?: null } {
  const { config, configFile } = readSettings(values);
  const flags = flagSettings(values);
  if (flags.url) {
    // The path prefix follows --url unless the settings name one of their own (not the one their url gave).
    const followed = config.pathPrefix === undefined || (config.url !== undefined && config.pathPrefix === prefixOf(config.url));
    config.url = flags.url;
    if (followed) config.pathPrefix = flags.pathPrefix;
  }
  if (values['path-prefix'] !== undefined) config.pathPrefix = flags.pathPrefix;
  // The settings' folders, and the default ones, are beside the settings file (the project's top); the flags', from here.
  const besideSettings = (folder: string) => (configFile === undefined || path.isAbsolute(folder) ? folder : path.join(path.dirname(configFile), folder));
  const logsDir = (values.logs as string) ?? besideSettings(config.logs ?? 'logs');
  const outDir = (values.out as string) ?? besideSettings(config.out ?? 'site');
  checkFolderNames({ logsDir, outDir });
  return { logsDir, outDir, config, configFile, ...(values['no-cache'] ? { cacheDir: null } : {}) };
}

/** --url and --path-prefix, checked as the settings file's url and pathPrefix are, a mistake named by its flag. */
function flagSettings(values: Record<string, string | boolean | undefined>): Config {
  // Neither flag: nothing to check, and no validator to make (ajv's compile is 60-70 ms of a start-up).
  if (values.url === undefined && values['path-prefix'] === undefined) return {};
  try {
    return parseConfig(JSON.stringify({ url: values.url, pathPrefix: values['path-prefix'] }), 'the command line');
  } catch (err) {
    if (!(err instanceof MinutebookError)) throw err;
    throw new MinutebookError(err.message.replace(/^the command line: /, '').replaceAll('"pathPrefix"', '--path-prefix').replaceAll('"url"', '--url'));
  }
}

/** The path prefix a url gives (https://o.github.io/repo/ → /repo/), as the settings take it when they name none. */
const prefixOf = (url: string) => parseConfig(JSON.stringify({ url }), 'the settings').pathPrefix;

/** --port: a whole number from 0 (a free one) to 65535; 8080 when not given. */
export function portOf(value: string | boolean | undefined): number {
  if (value === undefined) return 8080;
  const text = String(value);
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new MinutebookError(`--port must be a whole number from 0 to 65535 (0 picks a free one), not "${text}"`);
  return Number(text);
}

/** A build stopped by a signal, and the exit status that says which: 128 + its number (130 Ctrl-C, 143 SIGTERM). */
class Interrupted {
  constructor(readonly exitCode: number) {}
}
const exitCodeOf = (signal: NodeJS.Signals) => 128 + (os.constants.signals[signal] ?? 2);

/**
 * Runs a build; Ctrl-C (or SIGTERM) stops it at its next step and drops what
 * it wrote, leaving the previous site as it was. A second Ctrl-C quits at once.
 */
async function interruptible<T>(outDir: string, run: (signal: AbortSignal) => Promise<T>): Promise<T | Interrupted> {
  const controller = new AbortController();
  // A first build has no previous site to keep: then the message says nothing was written.
  const first = !fs.existsSync(outDir);
  let caught: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (caught) {
      abandonSync(outDir);
      process.exit(exitCodeOf(signal));
    }
    caught = signal;
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    return await run(controller.signal);
  } catch (err) {
    if (!caught) throw err;
    const kept = first && !fs.existsSync(outDir) ? `nothing was written (${outDir}/ was not created)` : `${outDir}/ is as it was before this build`;
    console.error(`\nminutebook: interrupted (${caught}); ${kept}`);
    return new Interrupted(exitCodeOf(caught));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** One line per format: its name in a column as wide as the longest name of every list, then what it reads. */
function listed(formats: readonly { name: string; description: string }[]): string {
  const width = Math.max(...[FORMATS, PAGES, EXPORTS].flat().map((f) => f.name.length));
  return formats.map((f) => `  ${f.name.padEnd(width)} ${f.description}`).join('\n');
}
