/** The guide page of one vendor: the checklist in schema order, tips, then numbered sources. */
import { checklistItems, factAt, type ChecklistItem, type Vendor } from "../../../schema/vendor.ts";
import { citationNumbers, completeness } from "../guide.ts";
import { html, safeHref, type Html } from "../html.ts";
import { renderMarkdown, slugify } from "../markdown.ts";
import { citations, renderFact } from "./facts.ts";
import { badge } from "./status.ts";

/** The page's sections: a heading and the checklist items under the same top-level key. */
export const GUIDE_SECTIONS = [
  { key: "registration", id: "registration", title: "Developer portal registration" },
  { key: "development", id: "development", title: "Development and technical requirements" },
  { key: "implementation", id: "implementation", title: "Implementation details" },
  { key: "production", id: "production", title: "Production deployment" },
] as const;

const SUBGROUPS: Record<string, string> = {
  "development.bulk_export": "Bulk export",
  "development.sandbox": "Sandbox",
};

export const KIND_LABELS: Record<Vendor["kind"], string> = {
  ehr: "EHR",
  payer: "Payer",
  government: "Government",
  network: "Network",
};

function itemsOf(section: string): ChecklistItem[] {
  return checklistItems.filter((item) => item.path.startsWith(`${section}.`));
}

function renderSection(
  section: (typeof GUIDE_SECTIONS)[number],
  vendor: Vendor,
  numbers: Map<string, number>,
): Html {
  let currentGroup: string | undefined;
  const parts: Html[] = [];
  for (const item of itemsOf(section.key)) {
    const group = item.path.split(".").slice(0, 2).join(".");
    const groupTitle = SUBGROUPS[group];
    if (groupTitle && group !== currentGroup) {
      parts.push(html`<h3 class="subgroup">${groupTitle}</h3>`);
    }
    currentGroup = group;
    parts.push(renderFact(item, factAt(vendor, item.path), vendor, numbers));
  }
  return html`<section class="checklist-section" aria-labelledby="${section.id}">
    <h2 id="${section.id}">${section.title}</h2>
    ${parts}
  </section>`;
}

const AT_A_GLANCE = [
  ["registration.mode", "Registration"],
  ["implementation.pkce", "PKCE"],
  ["implementation.public_clients", "Public clients"],
  ["implementation.cors", "CORS"],
  ["implementation.offline_access", "Refresh tokens"],
  ["production.costs", "Costs"],
] as const;

export function atAGlance(vendor: Vendor): { label: string; status: string; path: string }[] {
  return AT_A_GLANCE.map(([path, label]) => ({ label, status: factAt(vendor, path).status, path }));
}

export function guidePageBody(vendor: Vendor): Html {
  const numbers = citationNumbers(vendor);
  const done = completeness(vendor);
  const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1]);
  return html`<article class="guide">
    <p class="breadcrumbs"><a href="/">Vendor guides</a> › ${vendor.name}</p>
    <h1>${vendor.name}</h1>
    ${
      vendor.aliases?.length
        ? html`<p class="aliases">Also known as ${vendor.aliases.join(", ")}</p>`
        : ""
    }
    <dl class="guide-meta">
      <div>
        <dt>Kind</dt>
        <dd>${KIND_LABELS[vendor.kind]}</dd>
      </div>
      <div>
        <dt>Products covered</dt>
        <dd>${vendor.products.join(", ")}</dd>
      </div>
      <div>
        <dt>Website</dt>
        <dd>
          <a href="${safeHref(vendor.website)}" rel="noopener noreferrer">${vendor.website}</a>
        </dd>
      </div>
      <div>
        <dt>Last verified</dt>
        <dd><time datetime="${vendor.last_verified}">${vendor.last_verified}</time></dd>
      </div>
      <div>
        <dt>Checklist items known</dt>
        <dd>${done.known} of ${done.total}</dd>
      </div>
    </dl>
    <div class="summary">${renderMarkdown(vendor.summary)}</div>

    <section aria-labelledby="at-a-glance" class="glance">
      <h2 id="at-a-glance">At a glance</h2>
      <ul class="glance-list">
        ${atAGlance(vendor).map(
          (entry) =>
            html`<li>
              <a href="#${slugify(entry.path.split(".").at(-1)!)}">${entry.label}</a>
              ${badge(entry.status)}
            </li>`,
        )}
      </ul>
    </section>

    <nav class="toc" aria-label="On this page">
      <ol>
        ${GUIDE_SECTIONS.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
        ${vendor.tips?.length ? html`<li><a href="#tips">Tips</a></li>` : ""}
        <li><a href="#sources">Sources</a></li>
      </ol>
    </nav>

    ${GUIDE_SECTIONS.map((section) => renderSection(section, vendor, numbers))}
    ${
      vendor.tips?.length
        ? html`<section aria-labelledby="tips" class="tips">
            <h2 id="tips">Tips</h2>
            ${vendor.tips.map(
              (tip) =>
                html`<div class="tip">
                  <h3>${tip.title} ${citations(tip.sources, numbers)}</h3>
                  ${renderMarkdown(tip.text)}
                </div>`,
            )}
          </section>`
        : ""
    }

    <section aria-labelledby="sources" class="sources">
      <h2 id="sources">Sources</h2>
      <ol>
        ${ordered.map(([key]) => {
          const source = vendor.sources[key]!;
          return html`<li id="source-${key}">
            <a href="${safeHref(source.url)}" rel="noopener noreferrer">${source.title}</a>, checked
            <time datetime="${source.checked}">${source.checked}</time> <br /><span
              class="source-url"
              >${source.url}</span
            >
          </li>`;
        })}
      </ol>
    </section>
  </article>`;
}
