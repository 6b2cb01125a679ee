import type { Vendor } from "../schema/vendor.ts";
import { guidePageBody } from "./lib/render/guide-page.ts";
import { page } from "./lib/render/layout.ts";

export const data = {
  pagination: { data: "vendors", size: 1, alias: "vendor" },
  permalink: ({ vendor }: { vendor: Vendor }) => `/vendors/${vendor.id}/index.html`,
};

export function render({ vendor }: { vendor: Vendor }): string {
  return page({
    title: `${vendor.name} SMART-on-FHIR guide`,
    description:
      `How ${vendor.name} implements SMART-on-FHIR patient access, ` +
      "item by item, with sources.",
    body: guidePageBody(vendor),
  });
}
