/**
 * The real site as a reader meets it, in Chromium: every page fits a phone's width, and every
 * link inside the site leads to a page and an anchor that exist.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, serveStatic } from "./browser.ts";

const run = promisify(execFile);

describe("the built site in a browser", () => {
  const site = join(mkdtempSync(join(tmpdir(), "guidebook-pages-")), "site");
  let base = "";
  let browser: Browser;
  let stop = () => {};
  let paths: string[] = [];

  beforeAll(async () => {
    await run("node", ["--import", "tsx", "scripts/build.ts", "--out", site]);
    const served = await serveStatic(site);
    base = served.url;
    stop = () => served.server.close();
    browser = await launchChromium();
    paths = ["/", "/fields/", ...readdirSync(join(site, "vendors")).map((id) => `/vendors/${id}/`)];
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    stop();
  });

  it("fits every page in a 375-pixel-wide screen", async () => {
    const tab = await (
      await browser.newContext({ viewport: { width: 375, height: 800 } })
    ).newPage();
    for (const path of paths) {
      await tab.goto(base + path);
      const overflowing = await tab.evaluate<string[]>(`[...document.querySelectorAll("body *")]
        .filter((el) => !el.closest(".table-scroll"))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => el.tagName + "." + el.className)`);
      expect(overflowing, path).toEqual([]);
    }
  }, 60_000);

  it("links only to pages and anchors that exist", async () => {
    const tab = await (await browser.newContext()).newPage();
    const pages = new Map<string, string | undefined>();
    const fetchPage = async (pathname: string) => {
      if (!pages.has(pathname)) {
        const response = await fetch(base + pathname);
        pages.set(pathname, response.ok ? await response.text() : undefined);
      }
      return pages.get(pathname);
    };
    const broken: string[] = [];
    let checked = 0;
    for (const path of paths) {
      await tab.goto(base + path);
      const hrefs = await tab.evaluate<string[]>(
        `[...document.querySelectorAll("a[href]")].map((a) => a.href)`,
      );
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== base) continue;
        checked++;
        const page = await fetchPage(url.pathname);
        if (page === undefined) broken.push(`${path} → ${url.pathname} (not found)`);
        else if (url.hash && !page.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) {
          broken.push(`${path} → ${href} (no such anchor)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  }, 60_000);
});
