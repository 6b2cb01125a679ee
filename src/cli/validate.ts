/**
 * `npm run validate [-- FILE|DIR ...]`: checks vendor files and prints every problem with its
 * file:line:col. Exit codes: 0 clean, 1 problems found, 2 the command was called wrongly.
 */
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { listVendorFiles, loadVendorFiles } from "../lib/load-vendors.ts";
import { completeness } from "../lib/guide.ts";
import { formatProblem, formatSummary } from "../lib/problems.ts";
import type { Vendor } from "../../schema/vendor.ts";
import { runCli, UsageError, type Io } from "./run.ts";

const HELP = `Usage: npm run validate [-- [options] [FILE|DIR ...]]

Checks vendor guides against the checklist schema and prints each problem as
FILE:LINE:COL error [RULE] PATH: MESSAGE. When every file is valid, prints how
complete each guide is: checklist items known, unknown, and known items cited.

Arguments:
  FILE|DIR      vendor files or folders of them (default: vendors/)

Options:
  -q, --quiet   print only problems and the summary line, no completeness table
                (default: off)
  -h, --help    show this help

Exit codes: 0 no problems, 1 problems found, 2 wrong usage.`;

export async function validate(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) {
    io.out(HELP);
    return 0;
  }

  const targets = parsed.positionals.length > 0 ? parsed.positionals : ["vendors"];
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${target}`);
    if (info.isDirectory()) files.push(...(await listVendorFiles(target)));
    else if (target.endsWith(".yaml")) files.push(target);
    else throw new UsageError(`not a .yaml file: ${target}`);
  }

  const result = await loadVendorFiles(files);
  for (const problem of result.problems) io.err(formatProblem(problem));
  if (!parsed.values.quiet && result.problems.length === 0 && result.vendors.length > 0) {
    io.out(completenessTable(result.vendors));
  }
  const summary = formatSummary(result.problems.length, result.files.length);
  if (result.problems.length > 0) {
    io.err(summary);
    return 1;
  }
  io.out(summary);
  return 0;
}

/** One line per vendor: how many checklist items are known, unknown, and cited. */
export function completenessTable(vendors: Vendor[]): string {
  const width = Math.max(6, ...vendors.map((vendor) => vendor.id.length));
  const header = `${"vendor".padEnd(width)}  known  unknown  cited  share`;
  const rows = vendors.map((vendor) => {
    const done = completeness(vendor);
    const percent = Math.round((done.known / done.total) * 100);
    return (
      `${vendor.id.padEnd(width)}  ${`${done.known}/${done.total}`.padStart(5)}` +
      `  ${String(done.unknown).padStart(7)}  ${String(done.cited).padStart(5)}  ${percent}%`
    );
  });
  return [header, ...rows].join("\n");
}

await runCli(import.meta.url, "validate", validate);
