/**
 * The `openmaturity` command line: one module per command, thin over the library.
 *
 * Start-up time is most of a short run (`validate FILE`), so this module imports nothing but
 * the table below: each command's module, and what it needs (ky and Node's fetch, exceljs,
 * the conformance code), loads only when that command runs. To add a command, add one entry
 * to `commands`; keep static imports out of this file.
 */
import { isOpenMaturityError } from '../errors.js';
import { processIo, UsageError, type ExitCode, type Io } from './io.js';

/** What a command module gives the dispatcher once loaded. */
export interface Command {
  run: (args: string[], io: Io) => ExitCode | Promise<ExitCode>;
  /** Printed for `openmaturity <command> --help` and after a usage error. */
  help: string;
}

interface CommandEntry {
  /** The line of the overview (`openmaturity --help`), so that it needs no module loaded. */
  usage: string;
  /** Imports the command's module: a dynamic import, so that other commands' modules stay unloaded. */
  load: () => Promise<Command>;
}

/** Every command, in the order of the overview. */
const commands: Record<string, CommandEntry> = {
  validate: {
    usage: 'validate <file|dir|url>...   check documents against the open maturity-data format',
    load: () => import('./validate.js').then((m) => ({ run: m.validateCommand, help: m.validateHelp })),
  },
  schema: {
    usage: 'schema <kind>                print the JSON Schema of a document kind',
    load: () => import('./schema.js').then((m) => ({ run: m.schemaCommand, help: m.schemaHelp })),
  },
  import: {
    usage:
      'import <importer> <file>     turn an NHS export (dspt, ods, standards-directory) or a filled-in assessment workbook into documents',
    load: () => import('./import.js').then((m) => ({ run: m.importCommand, help: m.importHelp })),
  },
  template: {
    usage: 'template --framework <file|url> ...  write an assessment workbook to fill in',
    load: () => import('./template.js').then((m) => ({ run: m.templateCommand, help: m.templateHelp })),
  },
  publish: {
    usage:
      'publish <src-dir>... --out <dir>  write documents into the publishing layout, with index files and summaries (--since <earlier>: and the change since)',
    load: () => import('./publish.js').then((m) => ({ run: m.publishCommand, help: m.publishHelp })),
  },
  score: {
    usage: 'score <file|dir|url>...      score each assessment against its framework',
    load: () => import('./score.js').then((m) => ({ run: m.scoreCommand, help: m.scoreHelp })),
  },
  benchmark: {
    usage: 'benchmark <file|dir|url>...  Benchmark documents per cohort (--by type|region|icb)',
    load: () => import('./benchmark.js').then((m) => ({ run: m.benchmarkCommand, help: m.benchmarkHelp })),
  },
  rank: {
    usage: "rank <file|dir|url>... --ods CODE  an organisation's rank and percentile in its cohort",
    load: () => import('./rank.js').then((m) => ({ run: m.rankCommand, help: m.rankHelp })),
  },
  summarise: {
    usage: 'summarise <file|dir|url>...  conformance statements by status, per cohort (--by region|icb|type|sector)',
    load: () => import('./summarise.js').then((m) => ({ run: m.summariseCommand, help: m.summariseHelp })),
  },
  change: {
    usage: 'change <earlier> <later>     how statuses moved between two snapshots of statements',
    load: () => import('./change.js').then((m) => ({ run: m.changeCommand, help: m.changeHelp })),
  },
  export: {
    usage: 'export <dir|url>... --table responses|scores|statements|organisations  tidy CSV or JSON Lines',
    load: () => import('./export.js').then((m) => ({ run: m.exportCommand, help: m.exportHelp })),
  },
  keys: {
    usage: "keys generate|jwks           make an issuer's signing keys, or a JWKS for key rotation",
    load: () => import('./keys.js').then((m) => ({ run: m.keysCommand, help: m.keysHelp })),
  },
  sign: {
    usage: 'sign --key <jwk> <file>      sign a conformance statement',
    load: () => import('./sign.js').then((m) => ({ run: m.signCommand, help: m.signHelp })),
  },
  verify: {
    usage: 'verify <file> --trust <id>   check a signed statement against the issuers you trust',
    load: () => import('./sign.js').then((m) => ({ run: m.verifyCommand, help: m.verifyHelp })),
  },
  snippet: {
    usage:
      'snippet <file>... [--element <name>]  documents as <script type="application/json"> markup, safe to paste in a page',
    load: () => import('./snippet.js').then((m) => ({ run: m.snippetCommand, help: m.snippetHelp })),
  },
  badge: {
    usage: 'badge <file> [--lang cy]     print a conformance statement as a static SVG badge',
    load: () => import('./badge.js').then((m) => ({ run: m.badgeCommand, help: m.badgeHelp })),
  },
};

const help = `Usage: openmaturity <command> [options]

Commands:
${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

Run "openmaturity <command> --help" for a command's options.`;

/** Runs the command line with the given arguments and returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(`${help}\n`);
    return name ? 0 : 2;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr(`openmaturity: unknown command "${name}"\n\n${help}\n`);
    return 2;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`openmaturity ${name}: ${(error as Error).message}\n\n${command.help}\n`);
      return 2;
    }
    const message = isOpenMaturityError(error) || error instanceof Error ? error.message : String(error);
    io.stderr(`openmaturity ${name}: ${message}\n`);
    return 1;
  }
}
