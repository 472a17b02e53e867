/** The `openmaturity` command line: one module per command, thin over the library. */
import { isOpenMaturityError } from '../errors.js';
import { badgeCommand, badgeHelp } from './badge.js';
import { importCommand, importHelp } from './import.js';
import { keysCommand, keysHelp } from './keys.js';
import { publishCommand, publishHelp } from './publish.js';
import { processIo, UsageError, type ExitCode, type Io } from './io.js';
import { schemaCommand, schemaHelp } from './schema.js';
import { signCommand, signHelp, verifyCommand, verifyHelp } from './sign.js';
import { validateCommand, validateHelp } from './validate.js';

const commands: Record<string, { run: (args: string[], io: Io) => ExitCode | Promise<ExitCode>; help: string }> = {
  validate: { run: validateCommand, help: validateHelp },
  schema: { run: schemaCommand, help: schemaHelp },
  import: { run: importCommand, help: importHelp },
  publish: { run: publishCommand, help: publishHelp },
  keys: { run: keysCommand, help: keysHelp },
  sign: { run: signCommand, help: signHelp },
  verify: { run: verifyCommand, help: verifyHelp },
  badge: { run: badgeCommand, help: badgeHelp },
};

const help = `Usage: openmaturity <command> [options]

Commands:
  validate <file|dir|url>...   check documents against the open maturity-data format
  schema <kind>                print the JSON Schema of a document kind
  import dspt|ods <csv>        turn a DSPT status export or ODS trust file into documents
  publish <src-dir>... --out <dir>  write documents into the publishing layout, with index files
  keys generate|jwks           make an issuer's signing keys, or a JWKS for key rotation
  sign --key <jwk> <file>      sign a conformance statement
  verify <file> --trust <id>   check a signed statement against the issuers you trust
  badge <file> [--lang cy]     print a conformance statement as a static SVG badge

Run "openmaturity <command> --help" for a command's options.`;

/** Runs the command line with the given arguments and returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(`${help}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`openmaturity: unknown command "${name}"\n\n${help}\n`);
    return 2;
  }
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
