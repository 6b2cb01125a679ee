import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { checklistItems, Vendor } from "../schema/vendor.ts";
import { validText } from "./helpers.ts";

function valid(): Record<string, any> {
  return load(validText()) as Record<string, any>;
}

function rulesOf(data: unknown): string[] {
  const result = Vendor.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issue.code === "custom" ? (issue.params?.rule as string) : issue.code,
  );
}

describe("the checklist schema", () => {
  it("accepts a complete vendor file", () => {
    expect(Vendor.safeParse(valid()).success).toBe(true);
  });

  it("lists all 24 checklist items in file order", () => {
    expect(checklistItems.map((item) => item.path)).toEqual([
      "registration.portal",
      "registration.mode",
      "development.documentation",
      "development.fhir_versions",
      "development.bulk_export.group_export",
      "development.bulk_export.patient_everything",
      "development.bulk_export.ehi_export",
      "development.endpoint_list",
      "development.sandbox.availability",
      "development.sandbox.credentials",
      "implementation.required_headers",
      "implementation.token_format",
      "implementation.aud_required",
      "implementation.cors",
      "implementation.fragment_response_mode",
      "implementation.pkce",
      "implementation.public_clients",
      "implementation.offline_access",
      "implementation.dynamic_registration",
      "implementation.wildcard_scopes",
      "implementation.scope_syntax",
      "production.legal",
      "production.approval",
      "production.costs",
    ]);
  });

  it("gives every field a description", () => {
    for (const item of checklistItems) expect(item.description.length).toBeGreaterThan(20);
  });

  it("rejects unknown keys at the top and inside facts", () => {
    expect(rulesOf({ ...valid(), extra: 1 })).toContain("unrecognized_keys");
    const data = valid();
    data.implementation.pkce.maybe = true;
    expect(rulesOf(data)).toEqual(["unrecognized_keys"]);
  });

  it("rejects a status outside the item's enum", () => {
    const data = valid();
    data.registration.mode.status = "yes";
    expect(rulesOf(data)).toEqual(["invalid_value"]);
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd"])(
    "rejects the URL %s",
    (url) => {
      const data = valid();
      data.website = url;
      expect(rulesOf(data).length).toBeGreaterThan(0);
    },
  );

  it("requires https for sources", () => {
    const data = valid();
    data.sources["acme-oauth"].url = "http://developer.acme.example/docs";
    expect(rulesOf(data)).toContain("invalid_format");
  });

  it("requires a source for a known fact", () => {
    const data = valid();
    delete data.implementation.public_clients.sources;
    expect(rulesOf(data)).toEqual(["fact/sources-required"]);
  });

  it("accepts an unknown fact without sources but not without notes", () => {
    const data = valid();
    data.implementation.cors = { status: "unknown", notes: "Looked in the OAuth docs." };
    expect(rulesOf(data)).toEqual([]);
    data.implementation.cors = { status: "unknown" };
    expect(rulesOf(data)).toEqual(["fact/unknown-needs-notes"]);
  });

  it("requires notes on a partial fact", () => {
    const data = valid();
    data.implementation.cors = { status: "partial", sources: ["acme-oauth"] };
    expect(rulesOf(data)).toEqual(["fact/partial-needs-notes"]);
  });

  it("requires the details a status promises", () => {
    const data = valid();
    delete data.registration.portal.url;
    expect(rulesOf(data)).toEqual(["fact/detail-required"]);
  });

  it("rejects impossible and future dates", () => {
    const data = valid();
    data.last_verified = "2026-02-30";
    expect(rulesOf(data)).toEqual(["invalid_format"]);
    data.last_verified = "2999-01-01";
    expect(rulesOf(data)).toEqual(["date/in-future"]);
  });
});
