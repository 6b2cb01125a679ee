/**
 * Everything the site build adds to Eleventy, as one plugin: TypeScript templates, the vendor
 * data (validated by the same loader as `npm run validate`) and the static assets.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadVendors } from "./load-vendors.ts";
import { formatProblem } from "./problems.ts";

/**
 * Thrown into Eleventy when a vendor file is invalid; the message lists every problem. It is
 * a mistake in the input, not a bug, so Eleventy is told not to print its stack.
 */
export class VendorDataError extends Error {
  readonly skipOriginalStack = true;
}

export function guidebookPlugin(eleventyConfig: UserConfig, options: { vendorsDir: string }) {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  eleventyConfig.addGlobalData("vendors", async () => {
    const result = await loadVendors(options.vendorsDir);
    if (result.problems.length > 0) {
      const lines = result.problems.map(formatProblem).join("\n");
      throw new VendorDataError(`invalid vendor files:\n${lines}`);
    }
    return result.vendors;
  });
  eleventyConfig.addWatchTarget(`./${options.vendorsDir}/`);
  eleventyConfig.addWatchTarget("./src/lib/");
  eleventyConfig.addPassthroughCopy({ "src/assets": "/" });
}
