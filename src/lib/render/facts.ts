/**
 * Rendering of one checklist fact: its status badge, the details it carries (URLs, methods,
 * headers, test accounts), notes as markdown, and numbered citations.
 */
import type { ChecklistItem, Fact, Vendor } from "../../../schema/vendor.ts";
import { html, safeHref, type Html } from "../html.ts";
import { renderMarkdown, slugify } from "../markdown.ts";
import { badge } from "./status.ts";
import { dataTable } from "./table.ts";

export function citations(keys: readonly string[] | undefined, numbers: Map<string, number>): Html {
  if (!keys || keys.length === 0) return html``;
  const sorted = [...new Set(keys)].sort((a, b) => numbers.get(a)! - numbers.get(b)!);
  return html`<span class="citations"
    >${sorted.map(
      (key) =>
        html`<a class="citation" href="#source-${key}" aria-label="Source ${numbers.get(key)}"
          >[${numbers.get(key)}]</a
        >`,
    )}</span
  >`;
}

function link(url: string, text?: string): Html {
  return html`<a href="${safeHref(url)}" rel="noopener noreferrer">${text ?? url}</a>`;
}

function list(values: readonly string[], code = false): Html {
  const items = values.map((value) => (code ? html`<code>${value}</code>` : html`${value}`));
  return html`${items.map((item, index) => html`${index > 0 ? ", " : ""}${item}`)}`;
}

type Detail = { label: string; value: Html };

/** The typed details a fact may carry, in a fixed order, as label/value pairs. */
function details(fact: Fact): Detail[] {
  const out: Detail[] = [];
  const f = fact as Record<string, unknown>;
  if (typeof f.url === "string") out.push({ label: "Address", value: link(f.url) });
  if (Array.isArray(f.versions))
    out.push({ label: "Versions", value: list(f.versions as string[]) });
  if (typeof f.format === "string")
    out.push({ label: "Format", value: html`<code>${f.format}</code>` });
  if (typeof f.count === "number") {
    out.push({
      label: "Entries when checked",
      value: html`about ${f.count.toLocaleString("en-US")}`,
    });
  }
  if (Array.isArray(f.base_urls)) {
    const urls = f.base_urls as string[];
    out.push({
      label: "Base URLs",
      value: html`${urls.map((url, i) => html`${i ? html`<br />` : ""}<code>${url}</code>`)}`,
    });
  }
  if (Array.isArray(f.methods))
    out.push({ label: "Methods", value: list(f.methods as string[], true) });
  if (typeof f.required === "string") out.push({ label: "Required", value: badge(f.required) });
  if (typeof f.scope === "string")
    out.push({ label: "Scope", value: html`<code>${f.scope}</code>` });
  if (typeof f.lifetime === "string") out.push({ label: "Lifetime", value: html`${f.lifetime}` });
  if (typeof f.rotation === "string") out.push({ label: "Rotation", value: badge(f.rotation) });
  if (Array.isArray(f.agreements))
    out.push({ label: "Agreements", value: list(f.agreements as string[]) });
  if (typeof f.duration === "string")
    out.push({ label: "Review time", value: html`${f.duration}` });
  return out;
}

function headersTable(fact: Fact): Html {
  const headers = (fact as { headers?: { name: string; value?: string; when: string }[] }).headers;
  if (!headers || headers.length === 0) return html``;
  return dataTable({
    className: "detail-table",
    caption: "Required headers",
    scroll: true,
    columns: ["Header", "Value", "When"],
    rows: headers.map((h) => [html`<code>${h.name}</code>`, h.value ?? "—", h.when]),
  });
}

function accountsTable(fact: Fact): Html {
  type Account = { username: string; password: string; patient?: string; notes?: string };
  const accounts = (fact as { accounts?: Account[] }).accounts;
  if (!accounts || accounts.length === 0) return html``;
  return dataTable({
    className: "detail-table",
    caption: "Published test accounts",
    scroll: true,
    columns: ["Username", "Password", "Test patient", "Notes"],
    rows: accounts.map((a) => [
      html`<code>${a.username}</code>`,
      html`<code>${a.password}</code>`,
      a.patient ?? "—",
      a.notes ? renderMarkdown(a.notes) : "—",
    ]),
  });
}

function documentationLinks(fact: Fact, vendor: Vendor, numbers: Map<string, number>): Html {
  const keys = fact.sources ?? [];
  if (keys.length === 0) return html``;
  return html`<ul class="doc-links">
    ${keys.map((key) => {
      const source = vendor.sources[key]!;
      return html`<li>${link(source.url, source.title)} ${citations([key], numbers)}</li>`;
    })}
  </ul>`;
}

export function factId(item: ChecklistItem): string {
  return slugify(item.path.split(".").at(-1)!);
}

export function renderFact(
  item: ChecklistItem,
  fact: Fact,
  vendor: Vendor,
  numbers: Map<string, number>,
): Html {
  const rows = details(fact);
  const isDocs = item.path === "development.documentation";
  return html`<section class="fact" id="${factId(item)}" aria-labelledby="${factId(item)}-title">
    <div class="fact-head">
      <h3 id="${factId(item)}-title">${item.title}</h3>
      ${badge(fact.status)} ${citations(fact.sources, numbers)}
    </div>
    ${
      rows.length > 0
        ? html`<dl class="fact-details">
            ${rows.map(
              (row) =>
                html`<div>
                  <dt>${row.label}</dt>
                  <dd>${row.value}</dd>
                </div>`,
            )}
          </dl>`
        : ""
    }
    ${headersTable(fact)} ${accountsTable(fact)}
    ${isDocs ? documentationLinks(fact, vendor, numbers) : ""}
    ${fact.notes ? html`<div class="notes">${renderMarkdown(fact.notes)}</div>` : ""}
    <p class="field-help"><a href="/fields/#${factId(item)}">What this item means</a></p>
  </section>`;
}
