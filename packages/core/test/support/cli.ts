import type { ExitCode, Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** What a command printed, and its exit code. */
export interface CliRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

type Command = (args: string[], io: Io) => ExitCode | Promise<ExitCode>;

/**
 * Runs the command line (or one command, `options.command`) in-process with an Io that records
 * what it prints, as the process would with its streams.
 */
export async function runCli(
  args: readonly string[],
  options: { command?: Command; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    ...(options.isTTY === undefined ? {} : { isTTY: options.isTTY }),
  };
  const code = await (options.command ?? main)([...args], io);
  return { code, stdout, stderr };
}
