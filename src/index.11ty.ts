import type { Vendor } from "../schema/vendor.ts";
import { indexPageBody } from "./lib/render/index-page.ts";
import { page, SITE_NAME } from "./lib/render/layout.ts";

export const data = { permalink: "/index.html" };

export function render({ vendors }: { vendors: Vendor[] }): string {
  return page({
    title: SITE_NAME,
    description:
      "How each EHR vendor really implements SMART-on-FHIR patient access, with sources.",
    body: indexPageBody(vendors),
    current: "home",
  });
}
