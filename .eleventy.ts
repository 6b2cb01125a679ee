/**
 * Eleventy's configuration. Run through tsx: Node 20 loads no TypeScript by itself, and
 * Eleventy looks for .eleventy.ts only when named with --config (see package.json scripts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { guidebookPlugin } from "./src/lib/eleventy-plugin.ts";

export default function configure(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(guidebookPlugin, {
    vendorsDir: process.env.GUIDEBOOK_VENDORS ?? "vendors",
  });
}

export const config = {
  dir: { input: "src" },
};
