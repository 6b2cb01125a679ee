import { describe, expect, it } from "vitest";
import { parseYaml } from "../src/lib/yaml-source.ts";

const limits = { maxDepth: 20 };

describe("parseYaml positions", () => {
  const text = [
    "id: acme", // 1
    "implementation:", // 2
    "  pkce:", // 3
    "    status: yes", // 4
    "    methods: [S256, plain]", // 5
    "  list:", // 6
    "    - a: 1", // 7
    "      b: 2", // 8
    "", //
  ].join("\n");

  it("locates values, keys and list items", () => {
    const result = parseYaml(text, "x.yaml", limits);
    if (!result.ok) throw new Error(result.reason);
    expect(result.map.locate(["id"])).toEqual({ line: 1, col: 5 });
    expect(result.map.locate(["implementation", "pkce", "status"])).toEqual({ line: 4, col: 13 });
    expect(result.map.locate(["implementation", "pkce", "status"], "key")).toEqual({
      line: 4,
      col: 5,
    });
    expect(result.map.locate(["implementation", "pkce", "methods", 1])).toEqual({
      line: 5,
      col: 21,
    });
    expect(result.map.locate(["implementation", "list", 0, "b"])).toEqual({ line: 8, col: 10 });
  });

  it("falls back to the nearest existing ancestor's key for a missing path", () => {
    const result = parseYaml(text, "x.yaml", limits);
    if (!result.ok) throw new Error(result.reason);
    expect(result.map.locate(["implementation", "pkce", "required"])).toEqual({ line: 3, col: 3 });
  });

  it("refuses aliases, with the alias's position", () => {
    const result = parseYaml("a: &x [1]\nb: *x\n", "x.yaml", limits);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.position).toEqual({ line: 2, col: 5 });
  });

  it("refuses nesting deeper than the limit", () => {
    const deep = "a: " + "[".repeat(30) + "]".repeat(30) + "\n";
    expect(parseYaml(deep, "x.yaml", limits).ok).toBe(false);
  });
});
