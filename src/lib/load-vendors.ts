/**
 * The one loader behind both `npm run validate` and the site build: reads vendors/*.yaml in
 * parallel, checks each file, then checks rules across files. Every mistake in a file becomes
 * a located Problem; only a bug in our own code throws.
 */
import { open, readdir } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import type { Vendor } from "../../schema/vendor.ts";
import { checkVendorBytes, LIMITS, tooLarge, type FileResult } from "./check-file.ts";
import { sortProblems, type Problem } from "./problems.ts";

export { LIMITS };

export interface LoadResult {
  /** Files that passed every check, sorted by id. Empty when any file has a problem. */
  vendors: Vendor[];
  problems: Problem[];
  files: string[];
}

/** Lists the vendor files in a folder: `*.yaml`, sorted, skipping names that start with `_`. */
export async function listVendorFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith(".yaml") && !name.startsWith("_"))
    .sort()
    .map((name) => join(dir, name));
}

export async function loadVendors(dir = "vendors"): Promise<LoadResult> {
  return loadVendorFiles(await listVendorFiles(dir));
}

export async function loadVendorFiles(paths: string[]): Promise<LoadResult> {
  const results = await Promise.all(paths.map((path) => loadOne(path)));
  const problems = dedupe(results.flatMap((result) => result.problems));
  const loaded = results.flatMap((result) => (result.loaded ? [result.loaded] : []));
  problems.push(...crossFileProblems(results));
  const vendors =
    problems.length === 0
      ? loaded.map((entry) => entry.vendor).sort((a, b) => a.id.localeCompare(b.id))
      : [];
  return { vendors, problems: sortProblems(problems), files: paths.map(displayPath) };
}

/**
 * Reads one file, never more than the size limit allows: a huge file is refused from its
 * size alone instead of being read into memory.
 */
async function loadOne(path: string): Promise<FileResult> {
  const file = displayPath(path);
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > LIMITS.maxFileSize) return tooLarge(file, size);
    const bytes = await handle.readFile();
    return checkVendorBytes(bytes, file, basename(path, ".yaml"));
  } finally {
    await handle.close();
  }
}

/** zod can report one mistake twice (a URL's scheme and host); show it once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([
      problem.file,
      problem.line,
      problem.col,
      problem.rule,
      problem.message,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith("..") ? path : shown;
}

function crossFileProblems(results: FileResult[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const result of results) {
    if (!result.id) continue;
    const first = seen.get(result.id.value);
    if (first) {
      problems.push({
        file: result.file,
        line: result.id.line,
        col: result.id.col,
        path: "id",
        rule: "vendor/duplicate-id",
        message: `the id "${result.id.value}" is already used by ${first}`,
        hint: "each vendor needs its own id; merge the two files or rename one",
      });
    } else {
      seen.set(result.id.value, result.file);
    }
  }
  return problems;
}
