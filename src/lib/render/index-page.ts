/** The series index: what this guidebook is, the checklist, and every guide at a glance. */
import { checklistItems, type Vendor } from "../../../schema/vendor.ts";
import { completeness } from "../guide.ts";
import { html, type Html } from "../html.ts";
import { slugify } from "../markdown.ts";
import { atAGlance, GUIDE_SECTIONS, KIND_LABELS } from "./guide-page.ts";
import { badge } from "./status.ts";

function vendorTable(vendors: Vendor[]): Html {
  const columns = atAGlance(vendors[0]!).map((entry) => entry.label);
  return html`<div class="table-scroll" role="region" aria-labelledby="guides" tabindex="0">
    <table class="vendor-table">
      <thead>
        <tr>
          <th scope="col">Vendor</th>
          <th scope="col">Kind</th>
          ${columns.map((label) => html`<th scope="col">${label}</th>`)}
          <th scope="col">Items known</th>
          <th scope="col">Last verified</th>
        </tr>
      </thead>
      <tbody>
        ${vendors.map((vendor) => {
          const done = completeness(vendor);
          return html`<tr>
            <th scope="row"><a href="/vendors/${vendor.id}/">${vendor.name}</a></th>
            <td>${KIND_LABELS[vendor.kind]}</td>
            ${atAGlance(vendor).map((entry) => html`<td>${badge(entry.status)}</td>`)}
            <td>${done.known}/${done.total}</td>
            <td><time datetime="${vendor.last_verified}">${vendor.last_verified}</time></td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function checklistOverview(): Html {
  return html`<ol class="checklist-overview">
    ${GUIDE_SECTIONS.map((section) => {
      const items = checklistItems.filter((item) => item.path.startsWith(`${section.key}.`));
      return html`<li>
        <strong>${section.title}</strong>:
        ${items.map(
          (item, index) =>
            html`${index > 0 ? ", " : ""}<a href="/fields/#${slugify(item.path.split(".").at(-1)!)}"
                >${item.title}</a
              >`,
        )}
      </li>`;
    })}
    <li><strong>Tips</strong>: what implementers learned the hard way, each with its source.</li>
  </ol>`;
}

export function indexPageBody(vendors: Vendor[]): Html {
  return html`<h1>Patient Access Guidebook</h1>
    <p class="lede">
      How each EHR vendor, payer and agency really implements SMART-on-FHIR patient access: where to
      register, which sandbox logins work, and where each one departs from the specification. Every
      answer cites its source.
    </p>

    <section aria-labelledby="why">
      <h2 id="why">Why a guide per vendor</h2>
      <p>
        SMART App Launch lets a patient-facing app sign a patient in at their provider or health
        plan and read their record through a FHIR API. On paper it is OAuth 2.0 and OpenID Connect
        with a few additions: a discovery document at
        <code>.well-known/smart-configuration</code>, scopes named after FHIR resources, and the
        <code>aud</code> parameter naming the FHIR server.
      </p>
      <p>
        In practice the standard leaves room, and every vendor fills it differently. One hands out
        client ids from a self-service portal, another after weeks of review. One requires PKCE,
        another ignored it until recently. Some grant refresh tokens to public clients, some to
        nobody; some token endpoints answer a browser, most do not. Wildcard scopes, extra headers,
        fragment redirects and endpoint lists vary just as much. An implementer usually discovers
        each difference by failing against it. These guides collect them in one place, item by item,
        so the failure happens here instead.
      </p>
    </section>

    <section aria-labelledby="guides">
      <h2 id="guides">Vendor guides</h2>
      <p>
        ${vendors.length} guides. Symbols stand beside every word: ✓ yes, ✗ no, ◐ partial, ?
        unknown. Unknown means no public source settles it, not no.
      </p>
      ${vendors.length > 0 ? vendorTable(vendors) : html`<p>No guides yet.</p>`}
    </section>

    <section aria-labelledby="checklist">
      <h2 id="checklist">The checklist</h2>
      <p>
        Every guide answers the same ${checklistItems.length} items, in this order. The
        <a href="/fields/">field reference</a> says what each one means and why it matters.
      </p>
      ${checklistOverview()}
    </section>`;
}
