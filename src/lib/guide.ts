/**
 * Facts about a guide that pages and reports derive from a vendor file: completeness and the
 * numbering of its citations. Kept apart from rendering so the CLI can print the same numbers.
 */
import { checklistItems, factAt, type Vendor } from "../../schema/vendor.ts";

export interface Completeness {
  total: number;
  known: number;
  unknown: number;
  /** Known facts that cite at least one source (the schema makes this equal to `known`). */
  cited: number;
  /** Paths of the items still unknown, in checklist order. */
  unknownItems: string[];
}

export function completeness(vendor: Vendor): Completeness {
  let known = 0;
  let cited = 0;
  const unknownItems: string[] = [];
  for (const item of checklistItems) {
    const fact = factAt(vendor, item.path);
    if (fact.status === "unknown") {
      unknownItems.push(item.path);
      continue;
    }
    known++;
    if (fact.sources && fact.sources.length > 0) cited++;
  }
  return { total: checklistItems.length, known, unknown: unknownItems.length, cited, unknownItems };
}

/**
 * Numbers a vendor's sources in the order a reader meets them on the guide page: facts in
 * checklist order, then tips, then declared sources that nothing cites.
 */
export function citationNumbers(vendor: Vendor): Map<string, number> {
  const numbers = new Map<string, number>();
  const cite = (keys: readonly string[] | undefined) => {
    for (const key of keys ?? []) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  };
  for (const item of checklistItems) cite(factAt(vendor, item.path).sources);
  for (const tip of vendor.tips ?? []) cite(tip.sources);
  cite(Object.keys(vendor.sources));
  return numbers;
}
