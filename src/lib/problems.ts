/**
 * Problems found in vendor files, as plain data, and the one place that turns them into words.
 *
 * Checks collect problems; only the CLI and the build print them. Location (file, line,
 * column, data path) stays in separate fields so tests and later output formats (GitHub
 * annotations, JSON) need no parsing.
 */
import { z } from "zod";
import type { PathSegment, SourceMap } from "./yaml-source.ts";

export interface Problem {
  /** The file as given to the loader, such as `vendors/epic.yaml`. */
  file: string;
  line: number;
  col: number;
  /** The data path inside the file, such as `implementation.pkce.methods[1]`; "" for the file. */
  path: string;
  /** A stable id of the rule that fired, such as `schema/unknown-key`. */
  rule: string;
  /** What is wrong. */
  message: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
}

/** Formats a data path the way a reader writes it: `a.b[1].c`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return typeof value;
}

const typeWords: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value lines)",
  array: "a list (lines starting with -)",
  record: "a mapping (key: value lines)",
};

function listChoices(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/** The keys a mapping at `path` may hold, found by walking the schema. */
export function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const segment of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject) node = node.shape[String(segment)] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return [];
    if (!node) return [];
  }
  node = unwrap(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** The allowed key closest to a misspelled one, if any is close. */
function closest(word: string, choices: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const choice of choices) {
    const distance = editDistance(word.toLowerCase(), choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Turns one zod issue into problems (an issue about several unknown keys gives one each). */
export function problemsFromIssue(
  issue: z.core.$ZodIssue,
  file: string,
  map: SourceMap,
  schema: z.ZodType,
): Problem[] {
  const path = issue.path as PathSegment[];
  const at = (where: readonly PathSegment[], spot: "key" | "value" = "value") => ({
    file,
    ...map.locate(where, spot),
  });

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        return {
          ...at([...path, key], "key"),
          path: formatPath([...path, key]),
          rule: "schema/unknown-key",
          message: `unknown key "${key}"`,
          hint: guess
            ? `did you mean "${guess}"?`
            : allowed.length > 0
              ? `allowed here: ${allowed.join(", ")}`
              : "remove it",
        };
      });
    }
    case "invalid_value":
    case "invalid_type": {
      const expected =
        issue.code === "invalid_value"
          ? `one of ${listChoices(issue.values)}`
          : (typeWords[issue.expected] ?? issue.expected);
      if (issue.input === undefined) {
        return [
          {
            ...at(path, "key"),
            path: formatPath(path),
            rule: "schema/missing",
            message: `missing required field "${String(path.at(-1) ?? "")}"`,
            hint:
              path.length > 1
                ? `add "${String(path.at(-1))}:" under "${formatPath(path.slice(0, -1))}", ` +
                  `with ${expected} as its value`
                : `add "${String(path.at(-1))}:" at the top level, with ${expected} as its value`,
          },
        ];
      }
      return [
        {
          ...at(path),
          path: formatPath(path),
          rule: issue.code === "invalid_value" ? "schema/enum" : "schema/type",
          message: `expected ${expected}, found ${describeValue(issue.input)}`,
        },
      ];
    }
    case "invalid_format": {
      const rule =
        issue.format === "url"
          ? "schema/url"
          : issue.format === "date"
            ? "schema/date"
            : "schema/format";
      return [
        {
          ...at(path),
          path: formatPath(path),
          rule,
          message: `${issue.message}; found ${describeValue(issue.input)}`,
        },
      ];
    }
    case "too_small":
    case "too_big":
      return [
        {
          ...at(path),
          path: formatPath(path),
          rule: "schema/size",
          message: issue.message,
        },
      ];
    case "invalid_key":
      return issue.issues
        .flatMap((inner) =>
          problemsFromIssue({ ...inner, path: [...path, ...inner.path] }, file, map, schema),
        )
        .map((problem) => ({ ...problem, ...at(path, "key") }));
    case "custom": {
      const rule = (issue.params as { rule?: string } | undefined)?.rule ?? "schema/custom";
      return [{ ...at(path), path: formatPath(path), rule, message: issue.message }];
    }
    default:
      return [
        {
          ...at(path),
          path: formatPath(path),
          rule: `schema/${issue.code}`,
          message: issue.message,
        },
      ];
  }
}

/** Sorts problems by file, line and column, the order a reader fixes them in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

/** One problem as text: `file:line:col error [rule] path: message`, then the hint. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  const what = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
  const lines = [`${where} error [${problem.rule}] ${what}`];
  if (problem.hint) lines.push(`    fix: ${problem.hint}`);
  return lines.join("\n");
}

export function formatSummary(problemCount: number, fileCount: number): string {
  const files = `${fileCount} vendor file${fileCount === 1 ? "" : "s"}`;
  if (problemCount === 0) return `${files} checked: no problems.`;
  return `${files} checked: ${problemCount} problem${problemCount === 1 ? "" : "s"}.`;
}
