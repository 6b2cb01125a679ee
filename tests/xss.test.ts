/**
 * Hostile content: payloads injected into every string field of a vendor, the site built,
 * every page opened in Chromium. Twice: once through the schema (payloads it refuses are put
 * back, the rest go through the real build), once rendered straight from unvalidated data,
 * so escaping is shown to hold even where the schema would not have stopped a payload.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { dump, load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Vendor } from "../schema/vendor.ts";
import { checkVendorBytes } from "../src/lib/check-file.ts";
import { formatPath } from "../src/lib/problems.ts";
import { guidePageBody } from "../src/lib/render/guide-page.ts";
import { page as layout } from "../src/lib/render/layout.ts";
import { launchChromium, serveStatic } from "./browser.ts";
import { validText } from "./helpers.ts";

export const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "&#106;avascript:alert(1)",
  "[click me](javascript:alert(1))",
  "<javascript:alert(1)>",
  "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
  "</title><script>alert(1)</script>",
  "--><script>alert(1)</script><!--",
  "{{ 7*7 }} ${alert(1)} {% raw %}<%= 7*7 %>",
  "`; alert(1); //",
  "data:text/html,<script>alert(1)</script>",
  'https://example.com/"onmouseover="alert(1)',
];

type Path = (string | number)[];

function stringLeaves(node: unknown, path: Path = []): Path[] {
  if (typeof node === "string") return [path];
  if (Array.isArray(node)) return node.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
  }
  return [];
}

function setAt(root: unknown, path: Path, value: unknown) {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** The fixture with a payload in every string the schema lets through, and what it refused. */
function hostileButValid(): { data: Record<string, unknown>; accepted: number; refused: number } {
  const original = load(validText()) as Record<string, unknown>;
  const data = structuredClone(original);
  const leaves = stringLeaves(data);
  leaves.forEach((path, i) => setAt(data, path, PAYLOADS[i % PAYLOADS.length]));
  const refused = new Set<string>();
  for (let round = 0; round < 10; round++) {
    const result = checkVendorBytes(
      new TextEncoder().encode(dump(data)),
      "acme-ehr.yaml",
      "acme-ehr",
    );
    if (result.problems.length === 0) break;
    const blamed = new Set(result.problems.map((problem) => problem.path));
    for (const path of leaves) {
      const key = formatPath(path);
      const parent = formatPath(path.slice(0, -1));
      if (blamed.has(key) || (blamed.has(parent) && !refused.has(key))) {
        setAt(data, path, getAt(original, path));
        refused.add(key);
      }
    }
  }
  return { data, accepted: leaves.length - refused.size, refused: refused.size };
}

/** Every string field, URLs and statuses included, set to a payload; no schema in the way. */
function hostileUnvalidated(): Vendor {
  const data = load(validText()) as Record<string, unknown>;
  stringLeaves(data).forEach((path, i) => {
    const citesSource = path.includes("sources") && typeof path.at(-1) === "number";
    if (!citesSource) setAt(data, path, PAYLOADS[i % PAYLOADS.length]);
  });
  return data as unknown as Vendor;
}

const run = promisify(execFile);

describe("hostile content in vendor files", () => {
  const root = mkdtempSync(join(tmpdir(), "guidebook-xss-"));
  const site = join(root, "site");
  let accepted = 0;
  let base = "";
  let stop = () => {};

  beforeAll(async () => {
    const vendors = join(root, "vendors");
    mkdirSync(vendors);
    const hostile = hostileButValid();
    accepted = hostile.accepted;
    writeFileSync(join(vendors, "acme-ehr.yaml"), dump(hostile.data));
    await run("node", ["--import", "tsx", "scripts/build.ts", "--vendors", vendors, "--out", site]);
    mkdirSync(join(site, "unvalidated"));
    const body = guidePageBody(hostileUnvalidated());
    writeFileSync(
      join(site, "unvalidated", "index.html"),
      layout({ title: PAYLOADS[0]!, description: PAYLOADS[1]!, body }),
    );
    const served = await serveStatic(site);
    base = served.url;
    stop = () => served.server.close();
  }, 60_000);

  afterAll(() => stop());

  it("lets payloads into the build wherever the schema allows text", () => {
    expect(accepted).toBeGreaterThan(10);
    const html = readFileSync(join(site, "vendors/acme-ehr/index.html"), "utf8");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&#39; onmouseover=&#39;alert(1)&#39;");
  });

  it("puts a Content-Security-Policy without inline script on every page", () => {
    const pages = ["index.html", "fields/index.html", "vendors/acme-ehr/index.html"];
    for (const file of pages) {
      const html = readFileSync(join(site, file), "utf8");
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replaceAll("&#39;", "'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
    }
  });

  it.each([false, true])(
    "runs no script and leaves no dangerous link or handler (CSP bypassed: %s)",
    async (bypassCSP) => {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({ bypassCSP });
        const tab = await context.newPage();
        const dialogs: string[] = [];
        tab.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const paths = ["/", "/fields/", "/vendors/acme-ehr/", "/unvalidated/"];
        expect(readdirSync(join(site, "vendors"))).toEqual(["acme-ehr"]);
        for (const path of paths) {
          await tab.goto(base + path);
          // Hover and click every link and heading so event-handler payloads get their chance.
          await tab.evaluate(`(() => {
            for (const el of document.querySelectorAll("body *")) {
              el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
            }
          })()`);
          const found = await tab.evaluate<string[]>(`(() => {
            const bad = [];
            for (const el of document.querySelectorAll("*")) {
              for (const attr of el.attributes) {
                const value = attr.value.trim().toLowerCase();
                if (attr.name.startsWith("on")) bad.push(el.tagName + " " + attr.name);
                if ((attr.name === "href" || attr.name === "src" || attr.name === "action") &&
                    /^(javascript|data|vbscript):/.test(value)) {
                  bad.push(el.tagName + " " + attr.name + "=" + value);
                }
              }
              const tag = el.tagName.toUpperCase();
              if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "SVG"].includes(tag)) {
                bad.push(el.tagName);
              }
            }
            return bad;
          })()`);
          expect(found, path).toEqual([]);
        }
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
