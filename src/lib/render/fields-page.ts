/**
 * The field reference, generated from the JSON Schema that zod derives from schema/vendor.ts.
 * Nothing here is written by hand: change a description in the schema and this page follows.
 */
import { z } from "zod";
import { checklistItems, Vendor } from "../../../schema/vendor.ts";
import { html, type Html } from "../html.ts";
import { renderInlineMarkdown, slugify } from "../markdown.ts";
import { badge } from "./status.ts";
import { dataTable } from "./table.ts";

interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: string[];
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
}

function vendorJsonSchema(): JsonSchema {
  return z.toJSONSchema(Vendor, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

const FACT_PATHS = new Set(checklistItems.map((item) => item.path));
const FACT_COMMON = new Set(["status", "notes", "sources"]);

function typeSummary(node: JsonSchema): string {
  if (node.enum) return `one of ${node.enum.join(", ")}`;
  if (node.format === "uri") return "URL";
  if (node.format === "date") return "date, YYYY-MM-DD";
  if (node.type === "array" && node.items) return `list of ${typeSummary(node.items)}`;
  if (node.type === "integer") return "whole number";
  if (node.type === "number") return "number";
  if (node.type === "object") return "mapping";
  if (node.type === "string") return "text";
  return String(node.type ?? "any");
}

function description(node: JsonSchema): Html {
  return node.description ? renderInlineMarkdown(node.description) : html``;
}

function fieldTable(node: JsonSchema, skip: Set<string> = new Set()): Html {
  const entries = Object.entries(node.properties ?? {}).filter(([key]) => !skip.has(key));
  if (entries.length === 0) return html``;
  const required = new Set(node.required ?? []);
  return dataTable({
    className: "field-table",
    columns: ["Field", "Value", "Meaning"],
    rows: entries.map(([key, child]) => [
      html`<code>${key}</code
        >${required.has(key) ? "" : html` <span class="optional">optional</span>`}`,
      typeSummary(child),
      html`${child.title ? html`<strong>${child.title}.</strong> ` : ""}${description(child)}`,
    ]),
  });
}

function factBlock(path: string, node: JsonSchema): Html {
  const id = slugify(path.split(".").at(-1)!);
  const statuses = node.properties?.status?.enum ?? [];
  return html`<section class="field-fact" id="${id}" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${node.title}</h3>
    <p class="field-path"><code>${path}</code></p>
    <p>${description(node)}</p>
    <p class="field-statuses">Status: ${statuses.map((status) => html`${badge(status)} `)}</p>
    ${fieldTable(node, FACT_COMMON)}
  </section>`;
}

function walk(node: JsonSchema, path: string[], level: number): Html[] {
  const parts: Html[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = [...path, key];
    const dotted = childPath.join(".");
    if (FACT_PATHS.has(dotted)) {
      parts.push(factBlock(dotted, child));
    } else if (child.properties) {
      const id = slugify(dotted);
      const heading =
        level === 2
          ? html`<h2 id="${id}">${child.title}</h2>`
          : html`<h3 id="${id}" class="subgroup">${child.title}</h3>`;
      parts.push(
        html`${heading}
          <p>${description(child)}</p>
          ${walk(child, childPath, level + 1)}`,
      );
    }
  }
  return parts;
}

export function fieldsPageBody(): Html {
  const schema = vendorJsonSchema();
  const props = schema.properties!;
  const identity = {
    ...schema,
    properties: Object.fromEntries(
      Object.entries(props).filter(([, child]) => !child.properties || child === props.sources),
    ),
  };
  const sourceShape = props.sources!.additionalProperties as JsonSchema;
  const anyFact = props.implementation!.properties!.pkce!;
  const tip = props.tips!.items!;
  return html`<h1>Field reference</h1>
    <p class="lede">
      What each field of a vendor file means and why it matters to an implementer. This page is
      generated from the checklist schema, the same one that validates every guide.
    </p>

    <h2 id="identity">The vendor</h2>
    <p>${description(schema)}</p>
    ${fieldTable(identity)}

    <h2 id="sources">Sources</h2>
    <p>${description(props.sources!)}</p>
    ${fieldTable(sourceShape)}

    <h2 id="facts">Every checklist item</h2>
    <p>
      Each item below is a fact with the same three fields, plus the details listed under it. A fact
      that is not unknown must cite a source; a partial one needs notes; an unknown one needs notes
      saying what was looked for.
    </p>
    ${fieldTable({
      ...anyFact,
      properties: Object.fromEntries(
        Object.entries(anyFact.properties!).filter(([key]) => FACT_COMMON.has(key)),
      ),
    })}
    ${walk(schema, [], 2)}

    <h2 id="tips">Tips</h2>
    <p>${description(props.tips!)} ${description(tip)}</p>
    ${fieldTable(tip)}`;
}
