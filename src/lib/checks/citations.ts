import { formatPath, type Problem } from "../problems.ts";
import type { PathSegment } from "../yaml-source.ts";
import type { ContentCheck } from "./index.ts";

/**
 * Every `sources: [key, ...]` list inside the file must name a key declared in the top-level
 * `sources:` mapping. Run on the raw data so a citation mistake shows with the other problems,
 * not only once everything else is fixed.
 */
export const citations: ContentCheck = (record, { file, map }) => {
  const declared = record.sources;
  if (!declared || typeof declared !== "object" || Array.isArray(declared)) return [];
  const keys = new Set(Object.keys(declared));
  const problems: Problem[] = [];

  const walk = (node: unknown, path: PathSegment[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      const childPath = [...path, key];
      if (key === "sources" && path.length > 0 && Array.isArray(child)) {
        child.forEach((cited, index) => {
          if (typeof cited === "string" && !keys.has(cited)) {
            const where = [...childPath, index];
            problems.push({
              file,
              ...map.locate(where),
              path: formatPath(where),
              rule: "source/undeclared",
              message: `cites "${cited}", which is not declared under sources:`,
              hint:
                `declare it at the top (sources: ${cited}: {url, title, checked}) ` +
                "or fix the key",
            });
          }
        });
      } else if (!(key === "sources" && path.length === 0)) {
        walk(child, childPath);
      }
    }
  };
  walk(record, []);
  return problems;
};
