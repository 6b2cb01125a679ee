import { fieldsPageBody } from "./lib/render/fields-page.ts";
import { page } from "./lib/render/layout.ts";

export const data = { permalink: "/fields/index.html" };

export function render(): string {
  return page({
    title: "Field reference",
    description: "What each checklist item of a vendor guide means and why it matters.",
    body: fieldsPageBody(),
    current: "fields",
  });
}
