/**
 * What every command of ours shares: output through an `Io` (so tests call `main` directly and
 * read plain strings), wrong usage as exit 2, and a clear line between a mistake in the input
 * (a located message, no stack) and a bug in our code (said to be internal, stack kept).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The command was called wrongly: exit 2 with a pointer to --help. */
export class UsageError extends Error {}

export const EXIT_INTERNAL = 3;

/** Runs `main` when the module is the process's entry point, and sets the exit code. */
export async function runCli(
  moduleUrl: string,
  name: string,
  main: (argv: string[], io: Io) => Promise<number>,
): Promise<void> {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  process.exitCode = await runMain(name, main, process.argv.slice(2), processIo);
}

export async function runMain(
  name: string,
  main: (argv: string[], io: Io) => Promise<number>,
  argv: string[],
  io: Io,
): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${name}: ${error.message}`);
      io.err(`Run 'npm run ${name} -- --help' for usage.`);
      return 2;
    }
    io.err(`${name}: internal error: this is a bug in the guidebook, not in your files.`);
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_INTERNAL;
  }
}
