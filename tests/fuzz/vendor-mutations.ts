/**
 * Random mutations of real vendor files, for property tests of the checker: keys deleted,
 * duplicated and retyped, values swapped, bytes flipped, text inserted, files cut short.
 * Shared by `npm test` (a few hundred cases) and `npm run fuzz` (ten thousand or more).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { dump, load } from "js-yaml";
import { checkVendorBytes } from "../../src/lib/check-file.ts";
import type { Problem } from "../../src/lib/problems.ts";

interface Seed {
  id: string;
  text: string;
  data: Record<string, unknown>;
}

function readSeeds(): Seed[] {
  const dirs = ["vendors", "tests/fixtures/valid"];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => {
        const text = readFileSync(join(dir, name), "utf8");
        return { id: name.slice(0, -5), text, data: load(text) as Record<string, unknown> };
      }),
  );
}

export const SEEDS: readonly Seed[] = readSeeds();

type Path = (string | number)[];

function allPaths(node: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(node)) {
    node.forEach((item, index) => paths.push(...allPaths(item, [...prefix, index])));
  } else if (node && typeof node === "object") {
    for (const [key, child] of Object.entries(node))
      paths.push(...allPaths(child, [...prefix, key]));
  }
  return paths;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

function setAt(root: unknown, path: Path, value: unknown) {
  parentOf(root, path)[path.at(-1)!] = value;
}

function getAt(root: unknown, path: Path): unknown {
  return parentOf(root, path)[path.at(-1)!];
}

function deleteAt(root: unknown, path: Path) {
  const parent = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else delete parent[path.at(-1)!];
}

export interface Mutant {
  how: string;
  id: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const clone = (data: unknown) => structuredClone(data) as Record<string, unknown>;
const seed = fc.constantFrom(...SEEDS);
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom("javascript:alert(1)", "<script>alert(1)</script>", "", "unknown", "yes"),
);

/** Data-level: change the parsed file, then write it back as YAML. */
const dataMutant: fc.Arbitrary<Mutant> = fc
  .tuple(seed, fc.nat(), fc.nat(), anyValue, fc.constantFrom("delete", "retype", "swap"))
  .map(([s, first, second, value, how]) => {
    const data = clone(s.data);
    const paths = allPaths(data);
    const a = paths[first % paths.length]!;
    if (how === "delete") deleteAt(data, a);
    else if (how === "retype") setAt(data, a, value);
    else {
      const b = paths[second % paths.length]!;
      const [va, vb] = [getAt(data, a), getAt(data, b)];
      // Swapping a node into its own subtree would make a cycle; retype instead.
      if (a.join(".").startsWith(b.join(".")) || b.join(".").startsWith(a.join("."))) {
        setAt(data, a, value);
      } else {
        setAt(data, a, structuredClone(vb));
        setAt(data, b, structuredClone(va));
      }
    }
    return { how: `${how} ${a.join(".")}`, id: s.id, bytes: encoder.encode(dump(data)) };
  });

/** Text-level: duplicate or drop a line, insert text, cut the file short. */
const textMutant: fc.Arbitrary<Mutant> = fc
  .tuple(
    seed,
    fc.nat(),
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(":", "- ", "\t", "&a ", "*a", "---\n", "? ", "!!binary ", "{", "]", '"', "'"),
    ),
    fc.constantFrom("duplicate-line", "drop-line", "insert", "cut"),
  )
  .map(([s, at, insert, how]) => {
    const lines = s.text.split("\n");
    const line = at % lines.length;
    let text: string;
    if (how === "duplicate-line")
      text = [...lines.slice(0, line + 1), ...lines.slice(line)].join("\n");
    else if (how === "drop-line")
      text = [...lines.slice(0, line), ...lines.slice(line + 1)].join("\n");
    else if (how === "insert") {
      const offset = at % (s.text.length + 1);
      text = s.text.slice(0, offset) + insert + s.text.slice(offset);
    } else text = s.text.slice(0, at % (s.text.length + 1));
    return { how: `${how} at ${at}`, id: s.id, bytes: encoder.encode(text) };
  });

/** Byte-level: flip bytes anywhere, including into invalid UTF-8. */
const byteMutant: fc.Arbitrary<Mutant> = fc
  .tuple(
    seed,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  )
  .map(([s, flips]) => {
    const bytes = encoder.encode(s.text);
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return { how: `flip ${flips.length} bytes`, id: s.id, bytes };
  });

export const vendorMutant: fc.Arbitrary<Mutant> = fc.oneof(dataMutant, textMutant, byteMutant);

/**
 * The property: checking a mutant never throws and never hangs, and whatever it says is a
 * well-formed, located problem. A mutant that happens to stay valid yields a vendor instead.
 */
export function checkMutant(mutant: Mutant): { ms: number; problems: Problem[] } {
  const started = performance.now();
  const result = checkVendorBytes(mutant.bytes, `${mutant.id}.yaml`, mutant.id);
  const ms = performance.now() - started;
  for (const problem of result.problems) {
    if (
      !Number.isInteger(problem.line) ||
      problem.line < 1 ||
      !Number.isInteger(problem.col) ||
      problem.col < 1 ||
      !/^[a-z]+\/[a-z-]+$/.test(problem.rule) ||
      problem.message.length === 0
    ) {
      throw new Error(`malformed problem for ${mutant.how}: ${JSON.stringify(problem)}`);
    }
  }
  if (result.problems.length === 0 && !result.loaded) {
    throw new Error(`no problems and no vendor for ${mutant.how}`);
  }
  if (ms > 1000) throw new Error(`took ${ms.toFixed(0)} ms for ${mutant.how}`);
  return { ms, problems: result.problems };
}
