/**
 * The corpus of invalid vendor files (tests/fixtures/invalid/, one file per case, named by
 * case). Each must fail with exit 1, name the expected rule at the expected line and column,
 * print no stack trace, and take well under a second.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runMain } from "../src/cli/run.ts";
import { validate } from "../src/cli/validate.ts";
import { captureIo, FIXTURES } from "./helpers.ts";

const CORPUS = `${FIXTURES}/invalid`;

/** Case file, the rule it must trigger, and where (line:col). */
const CASES: [string, string, string][] = [
  ["date-future", "date/in-future", "10:16"],
  ["date-impossible", "schema/date", "10:16"],
  ["enum-endpoint-format", "schema/enum", "29:13"],
  ["enum-fhir-version", "schema/enum", "21:48"],
  ["enum-kind", "schema/enum", "6:7"],
  ["enum-pkce-method", "schema/enum", "52:40"],
  ["enum-status", "schema/enum", "48:27"],
  ["fact-missing-detail", "fact/detail-required", "17:21"],
  ["fact-partial-without-notes", "fact/partial-needs-notes", "53:29"],
  ["fact-unknown-without-notes", "fact/unknown-needs-notes", "24:35"],
  ["fact-without-sources", "fact/sources-required", "53:29"],
  ["file-bom", "file/bom", "1:1"],
  ["file-comments-only", "file/empty", "1:1"],
  ["file-empty", "file/empty", "1:1"],
  ["file-invalid-utf8", "file/encoding", "3:12"],
  ["file-list", "file/not-mapping", "1:1"],
  ["file-scalar", "file/not-mapping", "1:1"],
  ["file-too-large", "file/too-large", "1:1"],
  ["id-mismatch", "vendor/id-mismatch", "2:5"],
  ["id-not-a-slug", "schema/format", "2:6"],
  ["missing-name", "schema/missing", "2:1"],
  ["missing-section", "schema/missing", "2:1"],
  ["missing-status", "schema/missing", "49:3"],
  ["notes-event-handler", "markdown/raw-html", "69:11"],
  ["notes-javascript-link", "markdown/link", "50:31"],
  ["notes-too-long", "schema/size", "18:41"],
  ["notes-script-tag", "markdown/raw-html", "18:41"],
  ["secret-bearer-token", "secret/bearer-token", "46:40"],
  ["secret-client-secret", "secret/client-secret", "18:41"],
  ["secret-high-entropy", "secret/high-entropy", "68:12"],
  ["secret-in-url-query", "secret/client-secret", "13:10"],
  ["secret-jwt", "secret/jwt", "69:11"],
  ["secret-private-key", "secret/private-key", "70:1"],
  ["source-undeclared", "source/undeclared", "60:49"],
  ["summary-entity-link", "markdown/link", "9:1"],
  ["type-count-string", "schema/type", "30:13"],
  ["type-date-timestamp", "schema/date", "10:16"],
  ["type-fact-scalar", "schema/type", "60:25"],
  ["type-name-number", "schema/type", "3:7"],
  ["type-products-string", "schema/type", "7:11"],
  ["type-sources-list", "schema/type", "12:3"],
  ["unknown-key-account", "schema/unknown-key", "40:36"],
  ["unknown-key-fact", "schema/unknown-key", "53:34"],
  ["unknown-key-header", "schema/unknown-key", "46:86"],
  ["unknown-key-nested-section", "schema/unknown-key", "26:5"],
  ["unknown-key-section", "schema/unknown-key", "19:3"],
  ["unknown-key-source", "schema/unknown-key", "15:5"],
  ["unknown-key-tip", "schema/unknown-key", "69:5"],
  ["unknown-key-top", "schema/unknown-key", "7:1"],
  ["url-data", "schema/url", "17:32"],
  ["url-entity-encoded", "schema/url", "5:11"],
  ["url-file", "schema/url", "28:10"],
  ["url-http-source", "schema/url", "13:10"],
  ["url-javascript-mixed-case", "schema/url", "5:10"],
  ["url-javascript", "schema/url", "5:10"],
  ["url-localhost", "schema/url", "35:19"],
  ["url-not-a-url", "schema/url", "5:10"],
  ["yaml-alias-bomb", "yaml/alias", "68:13"],
  ["yaml-alias", "yaml/alias", "8:12"],
  ["yaml-bad-escape", "yaml/syntax", "3:14"],
  ["yaml-bad-indent", "yaml/syntax", "18:4"],
  ["yaml-deep-nesting", "yaml/too-deep", "7:30"],
  ["yaml-duplicate-key-nested", "yaml/duplicate-key", "48:32"],
  ["yaml-duplicate-key", "yaml/duplicate-key", "4:1"],
  ["yaml-missing-colon", "yaml/syntax", "6:10"],
  ["yaml-tab-indent", "yaml/tab", "18:1"],
  ["yaml-two-documents", "yaml/multiple-documents", "67:1"],
  ["yaml-unclosed-flow", "yaml/syntax", "8:1"],
  ["yaml-unclosed-quote", "yaml/syntax", "4:1"],
  ["duplicate-id/beta", "vendor/duplicate-id", "2:5"],
];

async function check(files: string[]) {
  const io = captureIo();
  const started = performance.now();
  const code = await runMain("validate", validate, ["-q", ...files], io);
  return { code, io, ms: performance.now() - started, stderr: io.stderr.join("\n") };
}

describe("the corpus of invalid vendor files", () => {
  it("has at least 40 cases, and a row here for every file", () => {
    const files = readdirSync(CORPUS)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => name.slice(0, -".yaml".length));
    expect(files.length).toBeGreaterThanOrEqual(40);
    const listed = CASES.map(([name]) => name).filter((name) => !name.includes("/"));
    expect(listed.sort()).toEqual(files.sort());
  });

  it.each(CASES)("%s: [%s] at %s", async (name, rule, position) => {
    const files = name.startsWith("duplicate-id/")
      ? [`${CORPUS}/duplicate-id/alpha.yaml`, `${CORPUS}/duplicate-id/beta.yaml`]
      : [`${CORPUS}/${name}.yaml`];
    const result = await check(files);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${CORPUS}/${name}.yaml:${position} error [${rule}]`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain("internal error");
    expect(result.ms).toBeLessThan(1000);
  });

  it("words every message as the snapshot says", async () => {
    const files = readdirSync(CORPUS)
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => `${CORPUS}/${name}`);
    const result = await check(files);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchSnapshot();
  });
});
