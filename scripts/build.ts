/**
 * `npm run build`: validates every vendor file, then builds the site into a fresh folder and
 * swaps it into _site/ only when everything succeeded. An invalid vendor writes nothing and
 * leaves the previous _site/ exactly as it was.
 */
import Eleventy from "@11ty/eleventy";
import { rename, rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadVendors } from "../src/lib/load-vendors.ts";
import { formatProblem, formatSummary } from "../src/lib/problems.ts";
import { runCli, UsageError, type Io } from "../src/cli/run.ts";

const HELP = `Usage: npm run build [-- options]

Validates vendors/*.yaml, then writes the site to _site/ (or --out).

Options:
  --vendors DIR   folder of vendor files (default: vendors)
  --out DIR       output folder (default: _site)
  -h, --help      show this help`;

export async function build(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        vendors: { type: "string", default: "vendors" },
        out: { type: "string", default: "_site" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const started = performance.now();
  const result = await loadVendors(values.vendors);
  if (result.problems.length > 0) {
    for (const problem of result.problems) io.err(formatProblem(problem));
    io.err(formatSummary(result.problems.length, result.files.length));
    io.err(`build: nothing written; ${values.out}/ is unchanged.`);
    return 1;
  }

  const staging = `${values.out}.building-${process.pid}`;
  const retired = `${values.out}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    process.env.GUIDEBOOK_VENDORS = values.vendors;
    const eleventy = new Eleventy("src", staging, { configPath: ".eleventy.ts", quietMode: true });
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rename(values.out, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, values.out);
  await rm(retired, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.out(
    `build: ${result.vendors.length} vendor guides written to ${values.out}/ in ${seconds} s.`,
  );
  return 0;
}

await runCli(import.meta.url, "build", build);
