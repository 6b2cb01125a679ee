/**
 * Everything that can be said about one vendor file on its own. The loader adds the rules
 * across files (unique ids) and reading from disk.
 */
import { Vendor, type Vendor as VendorData } from "../../schema/vendor.ts";
import { CONTENT_CHECKS } from "./checks/index.ts";
import { problemsFromIssue, type Problem } from "./problems.ts";
import { MULTIPLE_DOCUMENTS, parseYaml } from "./yaml-source.ts";

export const LIMITS = {
  /** Bytes. The largest real guide is a fraction of this. */
  maxFileSize: 256 * 1024,
  /** Nesting of mappings and lists; the schema itself goes six deep. */
  maxDepth: 20,
};

export interface LoadedVendor {
  file: string;
  vendor: VendorData;
}

export function tooLarge(file: string, size: number): FileResult {
  return {
    file,
    problems: [
      {
        file,
        line: 1,
        col: 1,
        path: "",
        rule: "file/too-large",
        message: `the file is ${size} bytes; the limit is ${LIMITS.maxFileSize}`,
        hint:
          "a guide this long is probably pasting documentation: " +
          "summarise it and link the source",
      },
    ],
  };
}

export interface FileResult {
  file: string;
  problems: Problem[];
  loaded?: LoadedVendor;
  /** The raw id and where it is, for cross-file checks; present even when the file failed. */
  id?: { value: string; line: number; col: number };
}

/**
 * Checks one vendor file's bytes: encoding, YAML, the schema, then the content checks. Pure:
 * reads no files, so tests and the fuzzer can call it on any bytes.
 */
export function checkVendorBytes(bytes: Uint8Array, file: string, expectedId: string): FileResult {
  const fileProblem = (rule: string, message: string, hint?: string, line = 1, col = 1) => ({
    file,
    problems: [{ file, line, col, path: "", rule, message, ...(hint ? { hint } : {}) }],
  });

  if (bytes.length > LIMITS.maxFileSize) return tooLarge(file, bytes.length);
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
  for (const check of CONTENT_CHECKS) problems.push(...check(record, { file, map }));

  let id: FileResult["id"];
  if (typeof record.id === "string") {
    id = { value: record.id, ...map.locate(["id"]) };
    const expected = expectedId;
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
  if (reason === MULTIPLE_DOCUMENTS) {
    return {
      rule: "yaml/multiple-documents",
      hint:
        "one vendor per file: remove the --- line and what follows, " +
        "or split it into its own file",
    };
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
