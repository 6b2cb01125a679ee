/**
 * Builds the real site into a temporary folder, in a child process as `npm run build` does
 * (Eleventy imports the TypeScript config and templates through tsx), and reads the pages.
 */
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { checklistItems } from "../schema/vendor.ts";
import { loadVendors } from "../src/lib/load-vendors.ts";
import { escapeHtml } from "../src/lib/html.ts";

const run = promisify(execFile);

async function build(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["--import", "tsx", "scripts/build.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run build", () => {
  const out = join(mkdtempSync(join(tmpdir(), "guidebook-site-")), "site");
  let result: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    result = await build("--out", out);
  }, 60_000);

  it("writes the index, the field reference and one page per vendor", async () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { vendors } = await loadVendors("vendors");
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "fields/index.html"))).toBe(true);
    expect(readdirSync(join(out, "vendors")).sort()).toEqual(vendors.map((v) => v.id).sort());
  });

  it("puts every checklist item, with its status, and every source on the Epic guide", async () => {
    const page = readFileSync(join(out, "vendors/epic/index.html"), "utf8");
    const { vendors } = await loadVendors("vendors");
    const epic = vendors.find((vendor) => vendor.id === "epic")!;
    for (const item of checklistItems) {
      expect(page).toContain(`>${escapeHtml(item.title)}</h3>`);
    }
    for (const [key, source] of Object.entries(epic.sources)) {
      expect(page).toContain(`id="source-${key}"`);
      expect(page).toContain(escapeHtml(source.url));
    }
    expect(page).toContain(`datetime="${epic.last_verified}"`);
  });

  it("links every citation to a source on the same page", () => {
    for (const id of readdirSync(join(out, "vendors"))) {
      const page = readFileSync(join(out, "vendors", id, "index.html"), "utf8");
      const targets = [...page.matchAll(/href="#(source-[^"]+)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(page).toContain(`id="${target}"`);
    }
  });

  it("describes every checklist item on the field reference", () => {
    const page = readFileSync(join(out, "fields/index.html"), "utf8");
    for (const item of checklistItems) expect(page).toContain(`<code>${item.path}</code>`);
  });

  it("writes nothing and leaves the previous site alone on an invalid vendor file", async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), "guidebook-site-")), "site");
    const failed = await build("--vendors", "tests/fixtures/invalid", "--out", fresh);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      "tests/fixtures/invalid/enum-status.yaml:48:27 error [schema/enum]",
    );
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(fresh)).toBe(false);

    const existing = join(mkdtempSync(join(tmpdir(), "guidebook-site-")), "site");
    mkdirSync(existing);
    writeFileSync(join(existing, "index.html"), "previous build");
    expect((await build("--vendors", "tests/fixtures/invalid", "--out", existing)).code).toBe(1);
    expect(readdirSync(existing)).toEqual(["index.html"]);
    expect(readFileSync(join(existing, "index.html"), "utf8")).toBe("previous build");
  }, 60_000);
});
