/**
 * The one loader behind both `npm run validate` and the site build: reads vendors/*.yaml in
 * parallel, parses, validates against the schema, then checks rules across files. Every
 * mistake in a file becomes a located Problem; only a bug in our own code throws.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { Vendor } from "../../schema/vendor.ts";
import { formatPath, problemsFromIssue, sortProblems, type Problem } from "./problems.ts";
import { parseYaml, type PathSegment, type SourceMap } from "./yaml-source.ts";

export const LIMITS = {
  /** Bytes. The largest real guide is a fraction of this. */
  maxFileSize: 256 * 1024,
  /** Nesting of mappings and lists; the schema itself goes six deep. */
  maxDepth: 20,
};

export interface LoadedVendor {
  file: string;
  vendor: Vendor;
}

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

interface FileResult {
  file: string;
  problems: Problem[];
  loaded?: LoadedVendor;
  /** The raw id and where it is, for cross-file checks; present even when the file failed. */
  id?: { value: string; line: number; col: number };
}

async function loadOne(path: string): Promise<FileResult> {
  const file = displayPath(path);
  const fileProblem = (rule: string, message: string, hint?: string, line = 1, col = 1) => ({
    file,
    problems: [{ file, line, col, path: "", rule, message, ...(hint ? { hint } : {}) }],
  });

  const bytes = await readFile(path);
  if (bytes.length > LIMITS.maxFileSize) {
    return fileProblem(
      "file/too-large",
      `the file is ${bytes.length} bytes; the limit is ${LIMITS.maxFileSize}`,
      "a guide this long is probably pasting documentation: summarise it and link the source",
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fileProblem(
      "file/bom",
      "the file starts with a byte-order mark",
      "save it as UTF-8 without a BOM",
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const line = before.split("\n").length;
    const col = before.length - before.lastIndexOf("\n");
    return fileProblem(
      "file/encoding",
      `the file is not valid UTF-8 (byte ${offset})`,
      "save it as UTF-8",
      line,
      col,
    );
  }

  const parsed = parseYaml(text, file, { maxDepth: LIMITS.maxDepth });
  if (!parsed.ok) {
    const { rule, hint } = yamlRule(parsed.reason);
    let message = parsed.reason;
    if (rule === "yaml/alias") {
      message = "an alias (*name) repeats an anchored value; vendor files may not use aliases";
    } else if (rule === "yaml/duplicate-key") {
      const line = text.split("\n")[parsed.position.line - 1] ?? "";
      const key = line
        .slice(parsed.position.col - 1)
        .split(":")[0]!
        .trim();
      message = `the key "${key}" appears twice in the same mapping`;
    }
    return fileProblem(rule, message, hint, parsed.position.line, parsed.position.col);
  }
  const { value, map } = parsed;
  if (value === undefined || value === null) {
    return fileProblem(
      "file/empty",
      "the file holds no vendor data",
      "start from an existing guide in vendors/ and fill in every item",
    );
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return fileProblem(
      "file/not-mapping",
      `the file must be a mapping of fields (id:, name:, ...), but it is ${
        Array.isArray(value) ? "a list" : "a single value"
      }`,
    );
  }

  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  const result = Vendor.safeParse(value, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(...problemsFromIssue(issue, file, map, Vendor));
    }
  }
  problems.push(...citationProblems(record, file, map));

  let id: FileResult["id"];
  if (typeof record.id === "string") {
    id = { value: record.id, ...map.locate(["id"]) };
    const expected = basename(path, ".yaml");
    if (record.id !== expected) {
      problems.push({
        file,
        ...map.locate(["id"]),
        path: "id",
        rule: "vendor/id-mismatch",
        message: `the id "${record.id}" differs from the file name "${expected}.yaml"`,
        hint: `rename the file to ${record.id}.yaml or set id: ${expected}`,
      });
    }
  }

  if (problems.length > 0 || !result.success) return { file, problems, ...(id ? { id } : {}) };
  return { file, problems, loaded: { file, vendor: result.data }, ...(id ? { id } : {}) };
}

/** Names the rule behind a js-yaml error message and says how to fix it. */
function yamlRule(reason: string): { rule: string; hint?: string } {
  if (reason.includes("duplicated mapping key")) {
    return { rule: "yaml/duplicate-key", hint: "a key may appear once per mapping; merge the two" };
  }
  if (reason.includes("maxAliases") || reason.includes("alias")) {
    return {
      rule: "yaml/alias",
      hint: "write the value out in full where it is needed, and drop the &anchor",
    };
  }
  if (reason.includes("tab characters")) {
    return { rule: "yaml/tab", hint: "indent with spaces, two per level" };
  }
  if (reason.includes("maxDepth") || reason.includes("nesting")) {
    return { rule: "yaml/too-deep", hint: `nesting is limited to ${LIMITS.maxDepth} levels` };
  }
  return {
    rule: "yaml/syntax",
    hint: "check the indentation and quoting on this line and the one before",
  };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection; a cut inside a sequence also counts as invalid,
  // so step back to the start of the sequence afterwards.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * Every `sources: [key, ...]` list inside the file must name a key declared in the top-level
 * `sources:` mapping. Run on the raw data so a citation mistake shows with the other problems,
 * not only once everything else is fixed.
 */
function citationProblems(
  record: Record<string, unknown>,
  file: string,
  map: SourceMap,
): Problem[] {
  const declared = record.sources;
  if (!declared || typeof declared !== "object" || Array.isArray(declared)) return [];
  const keys = new Set(Object.keys(declared));
  const problems: Problem[] = [];

  const walk = (node: unknown, path: PathSegment[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = [...path, key];
      if (key === "sources" && path.length > 0 && Array.isArray(child)) {
        child.forEach((cited, index) => {
          if (typeof cited === "string" && !keys.has(cited)) {
            const where = [...childPath, index];
            problems.push({
              file,
              ...map.locate(where),
              path: formatPath(where),
              rule: "source/undeclared",
              message: `cites "${cited}", which is not declared under sources:`,
              hint: `declare it at the top (sources: ${cited}: {url, title, checked}) or fix the key`,
            });
          }
        });
      } else if (!(key === "sources" && path.length === 0)) {
        walk(child, childPath);
      }
    }
  };
  walk(record, []);
  return problems;
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
