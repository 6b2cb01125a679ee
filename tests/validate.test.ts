import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../src/cli/validate.ts";
import { runMain } from "../src/cli/run.ts";
import { checklistItems, factAt } from "../schema/vendor.ts";
import { listVendorFiles, loadVendorFiles } from "../src/lib/load-vendors.ts";
import { captureIo, FIXTURES, tempVendors, VALID_FIXTURE, validText } from "./helpers.ts";

const invalidCases = readdirSync(`${FIXTURES}/invalid`).filter((name) => name.endsWith(".yaml"));

describe("npm run validate", () => {
  it("passes a valid file with exit 0 and prints its completeness", async () => {
    const io = captureIo();
    expect(await runMain("validate", validate, [VALID_FIXTURE], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout.join("\n")).toMatchInlineSnapshot(`
      "vendor    known  unknown  cited  share
      acme-ehr  20/24        4     20  83%
      1 vendor file checked: no problems."
    `);
  });

  it("prints completeness numbers that match the vendor files", async () => {
    const io = captureIo();
    expect(await runMain("validate", validate, ["vendors"], io)).toBe(0);
    const { vendors } = await loadVendorFiles(await listVendorFiles("vendors"));
    const rows = io.stdout.join("\n").split("\n").slice(1, -1);
    expect(rows).toHaveLength(vendors.length);
    for (const [index, vendor] of vendors.entries()) {
      const statuses = checklistItems.map((item) => factAt(vendor, item.path));
      const known = statuses.filter((fact) => fact.status !== "unknown");
      const cited = known.filter((fact) => (fact.sources ?? []).length > 0);
      const [id, knownOf, unknown, citedCount] = rows[index]!.trim().split(/\s+/);
      expect([id, knownOf, Number(unknown), Number(citedCount)]).toEqual([
        vendor.id,
        `${known.length}/${checklistItems.length}`,
        statuses.length - known.length,
        cited.length,
      ]);
    }
  });

  it("reports the problems of every file in one run, then a count", async () => {
    const io = captureIo();
    expect(await runMain("validate", validate, [`${FIXTURES}/invalid`], io)).toBe(1);
    const output = io.stderr.join("\n");
    for (const name of invalidCases) expect(output).toContain(`${FIXTURES}/invalid/${name}:`);
    expect(io.stderr.at(-1)).toMatch(
      new RegExp(`^${invalidCases.length} vendor files checked: \\d+ problems\\.$`),
    );
  });

  it("finds the same id in two files", async () => {
    const text = validText();
    const dir = tempVendors({
      "acme-ehr.yaml": text,
      "acme-two.yaml": text.replace("id: acme-ehr", "id: acme-two"),
    });
    const first = await loadVendorFiles([`${dir}/acme-ehr.yaml`, `${dir}/acme-two.yaml`]);
    expect(first.problems).toEqual([]);
    expect(first.vendors.map((vendor) => vendor.id)).toEqual(["acme-ehr", "acme-two"]);

    const copy = tempVendors({ "acme-ehr.yaml": text, "acme-two.yaml": text });
    const result = await loadVendorFiles([`${copy}/acme-ehr.yaml`, `${copy}/acme-two.yaml`]);
    expect(result.problems.map((p) => p.rule).sort()).toEqual([
      "vendor/duplicate-id",
      "vendor/id-mismatch",
    ]);
    expect(result.vendors).toEqual([]);
  });

  it("exits 2 with a pointer to --help on wrong usage", async () => {
    const io = captureIo();
    expect(await runMain("validate", validate, ["--nope"], io)).toBe(2);
    expect(io.stderr.at(-1)).toBe("Run 'npm run validate -- --help' for usage.");
    expect(await runMain("validate", validate, ["no/such/dir"], captureIo())).toBe(2);
  });

  it("prints help with exit 0", async () => {
    const io = captureIo();
    expect(await runMain("validate", validate, ["--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain(
      "Exit codes: 0 no problems, 1 problems found, 2 wrong usage.",
    );
  });

  it("says internal error, with the stack, when our own code throws", async () => {
    const io = captureIo();
    const code = await runMain("validate", () => Promise.reject(new TypeError("boom")), [], io);
    expect(code).toBe(3);
    expect(io.stderr[0]).toContain("internal error");
    expect(io.stderr[1]).toMatch(/TypeError: boom\n\s+at /);
  });
});
