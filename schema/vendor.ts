/**
 * The checklist schema: what one file in vendors/ may say, and what each field means.
 *
 * Every description written here is the single source for the field reference page
 * (/fields/) and for the editor JSON Schema, so it is written for an implementer, not for us.
 *
 * A checklist item is a "fact": a status, optional markdown notes, and the keys of the sources
 * that back it. Facts are made by `fact()`, which also records each one in `checklistItems` so
 * that pages, completeness counts and the field reference walk the same list in the same order.
 */
import MarkdownIt from "markdown-it";
import { z } from "zod";

/** A rule id travels with every custom issue so the validator can name the rule that fired. */
export type RuleId =
  | "fact/sources-required"
  | "fact/partial-needs-notes"
  | "fact/unknown-needs-notes"
  | "fact/detail-required"
  | "date/in-future"
  | "markdown/raw-html"
  | "markdown/link";

function issue(ctx: z.RefinementCtx, rule: RuleId, message: string, path: PropertyKey[] = []) {
  ctx.addIssue({ code: "custom", message, path, params: { rule } });
}

// ---------------------------------------------------------------------------------------------
// Scalars

/** A calendar date written as YYYY-MM-DD, real (no 30 February) and not after today. */
export const IsoDate = z.iso
  .date({ error: "expected a date written as YYYY-MM-DD, such as 2026-01-31" })
  .superRefine((value, ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
      issue(
        ctx,
        "date/in-future",
        `the date ${value} is in the future: write the day the page was actually checked`,
      );
    }
  });

const urlError = "expected an http(s) URL on a public host, such as https://fhir.example.com/";

/** http or https only: zod's plain url() also accepts javascript: and data:. */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: urlError,
});

export const HttpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: "expected an https URL on a public host, such as https://fhir.example.com/docs",
});

const Slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SourceKey = z
  .string()
  .regex(Slug, "expected a source key in lowercase letters, digits and dashes, such as epic-oauth")
  .meta({ description: "The key of a source declared under `sources:` at the top of the file." });

/**
 * Finds what a markdown text would smuggle past the renderer: raw HTML (which the site prints
 * as text, so it is always a mistake) and links to anything but http(s) or this site (which
 * the site refuses to link, leaving broken-looking text). Parsed by a permissive markdown-it so
 * that entity-encoded and mixed-case schemes are decoded before they are judged.
 */
const permissive = new MarkdownIt({ html: true, linkify: false });
permissive.validateLink = () => true;

export function markdownHazard(
  text: string,
): { rule: "markdown/raw-html" | "markdown/link"; detail: string } | undefined {
  for (const token of permissive.parse(text, {})) {
    if (token.type === "html_block") return { rule: "markdown/raw-html", detail: token.content };
    for (const child of token.children ?? []) {
      if (child.type === "html_inline") return { rule: "markdown/raw-html", detail: child.content };
      const attribute =
        child.type === "link_open"
          ? child.attrGet("href")
          : child.type === "image"
            ? child.attrGet("src")
            : null;
      const target = attribute === null ? null : String(attribute);
      if (target !== null && !/^(?:https?:\/\/|#|\/(?!\/))/i.test(target.trim())) {
        return { rule: "markdown/link", detail: target };
      }
    }
  }
  return undefined;
}

const MARKDOWN_MAX = 2000;

/** Markdown text: no raw HTML, and links only to http(s) pages or this site. */
export const Markdown = z
  .string()
  .trim()
  .min(1, "expected some text; leave the field out instead")
  .max(
    MARKDOWN_MAX,
    "markdown text is limited to 2,000 characters: keep the essentials, cite the rest",
  )
  .superRefine((text, ctx) => {
    if (text.length > MARKDOWN_MAX) return; // already refused, and not worth parsing
    const hazard = markdownHazard(text);
    if (hazard?.rule === "markdown/raw-html") {
      const shown = hazard.detail.trim().slice(0, 40);
      issue(
        ctx,
        "markdown/raw-html",
        `raw HTML (${JSON.stringify(shown)}) is not allowed in markdown: write markdown, ` +
          "or put code such as <Resource> in backticks",
      );
    } else if (hazard) {
      issue(
        ctx,
        "markdown/link",
        `the link target ${JSON.stringify(hazard.detail.slice(0, 60))} is not an http(s) URL: ` +
          "link only to web pages",
      );
    }
  });

const ShortText = z
  .string()
  .trim()
  .min(1, "expected some text; leave the field out instead")
  .max(300, "this field is limited to 300 characters; longer explanations belong in notes");

// ---------------------------------------------------------------------------------------------
// Facts

export const TRI = ["yes", "no", "partial", "unknown"] as const;

export interface ChecklistItem {
  /** Dotted path inside a vendor file, such as `implementation.pkce`. */
  path: string;
  title: string;
  description: string;
  statuses: readonly string[];
}

interface FactOptions<S extends readonly [string, ...string[]], E extends z.ZodRawShape> {
  title: string;
  description: string;
  statuses: S;
  details?: E;
  /** Extra checks, such as "a URL is needed when the status is yes". */
  check?: (fact: Record<string, unknown>, ctx: z.RefinementCtx) => void;
}

const factSchemas = new Map<
  z.ZodType,
  { title: string; description: string; statuses: string[] }
>();

export function fact<
  S extends readonly [string, ...string[]],
  E extends z.ZodRawShape = Record<never, never>,
>(options: FactOptions<S, E>) {
  const { title, description, statuses, details, check } = options;
  const shape = {
    status: z.enum(statuses).meta({
      description:
        "What is known. `unknown` means no public source settles it; it is never read as no.",
    }),
    notes: Markdown.optional().meta({
      description:
        "Markdown in your own words: caveats, what was looked for when unknown, " +
        "and any disagreement between sources.",
    }),
    sources: z
      .array(SourceKey)
      .optional()
      .meta({ description: "Keys of the sources that back this fact; required unless unknown." }),
    ...(details ?? ({} as E)),
  };
  const schema = z
    .strictObject(shape)
    .superRefine((raw, ctx) => {
      const value = raw as unknown as { status: string; notes?: string; sources?: string[] };
      const known = value.status !== "unknown";
      if (known && (!value.sources || value.sources.length === 0)) {
        issue(
          ctx,
          "fact/sources-required",
          `a fact with status "${value.status}" needs at least one source: ` +
            "add `sources: [key]` naming a source declared at the top of the file",
          ["status"],
        );
      }
      if (value.status === "partial" && !value.notes) {
        issue(
          ctx,
          "fact/partial-needs-notes",
          'status "partial" needs `notes` saying what works and what does not',
          ["status"],
        );
      }
      if (value.status === "unknown" && !value.notes) {
        issue(
          ctx,
          "fact/unknown-needs-notes",
          'status "unknown" needs `notes` saying what was looked for and where',
          ["status"],
        );
      }
      check?.(value, ctx);
    })
    .meta({ title, description });
  factSchemas.set(schema, { title, description, statuses: [...statuses] });
  return schema;
}

function requireDetail(
  fact: Record<string, unknown>,
  ctx: z.RefinementCtx,
  when: string[],
  field: string,
  what: string,
) {
  const value = fact[field];
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (when.includes(String(fact.status)) && empty) {
    issue(
      ctx,
      "fact/detail-required",
      `status "${String(fact.status)}" needs \`${field}\`: ${what}`,
      ["status"],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export const Source = z
  .strictObject({
    url: HttpsUrl.meta({ description: "Where the fact can be read, over https." }),
    title: ShortText.meta({ description: "The page's title, or a short description of it." }),
    checked: IsoDate.meta({
      description: "The date someone last opened the page and found it still says this.",
    }),
  })
  .meta({
    title: "Source",
    description: "A public page cited by facts. Cite the vendor's own documentation first.",
  });

const Header = z.strictObject({
  name: ShortText.meta({ description: "The header name, such as `Epic-Client-ID`." }),
  value: ShortText.optional().meta({ description: "The value, or what it holds." }),
  when: ShortText.meta({ description: "Which requests need it." }),
});

const SandboxAccount = z.strictObject({
  username: ShortText.meta({ description: "The published test login." }),
  password: ShortText.meta({ description: "Its published password." }),
  patient: ShortText.optional().meta({ description: "The test patient it opens." }),
  notes: Markdown.optional().meta({ description: "Anything else needed to use it." }),
});

const Tip = z
  .strictObject({
    title: ShortText.meta({ description: "One line: what bites." }),
    text: Markdown.meta({ description: "Markdown: what happens and what to do instead." }),
    sources: z.array(SourceKey).min(1, "a tip needs at least one source").meta({
      description: "Keys of the sources where this was learned.",
    }),
  })
  .meta({
    title: "Tip",
    description: "Something an implementer learns the hard way that no checklist item holds.",
  });

// ---------------------------------------------------------------------------------------------
// The vendor file

export const VENDOR_KINDS = ["ehr", "payer", "government", "network"] as const;
export const FHIR_VERSIONS = ["DSTU2", "STU3", "R4", "R4B", "R5"] as const;
export const ENDPOINT_FORMATS = [
  "fhir-endpoint-bundle",
  "brands-bundle",
  "json",
  "csv",
  "html",
] as const;

export const Vendor = z
  .strictObject({
    id: z
      .string()
      .regex(Slug, "expected lowercase letters, digits and dashes, such as oracle-health")
      .meta({
        title: "Id",
        description:
          "The vendor's id: lowercase letters, digits and dashes, equal to the file name " +
          "without .yaml. It is the page address: /vendors/<id>/.",
      }),
    name: ShortText.meta({ title: "Name", description: "The name implementers know it by." }),
    aliases: z.array(ShortText).optional().meta({
      title: "Other names",
      description: "Former names, product names and portal names, for search.",
    }),
    website: HttpUrl.meta({ title: "Website", description: "The vendor's home page." }),
    kind: z.enum(VENDOR_KINDS).meta({
      title: "Kind",
      description:
        "ehr: a health record system; payer: a health plan; government: a public agency; " +
        "network: an aggregator or exchange.",
    }),
    products: z.array(ShortText).min(1, "name at least one product").meta({
      title: "Products covered",
      description: "The products this guide applies to; other products may behave differently.",
    }),
    summary: Markdown.meta({
      title: "Summary",
      description: "Markdown, two to four sentences: what an implementer should know first.",
    }),
    last_verified: IsoDate.meta({
      title: "Last verified",
      description: "The date the whole file was last read against its sources.",
    }),
    sources: z
      .record(SourceKey, Source)
      .refine((record) => Object.keys(record).length > 0, "declare at least one source")
      .meta({
        title: "Sources",
        description:
          "Every source the file cites, declared once under a short key and cited by that key. " +
          "Rendered as numbered citations.",
      }),

    registration: z
      .strictObject({
        portal: fact({
          title: "Developer portal",
          description:
            "Whether there is a web portal where a developer registers an app and gets a " +
            "client id. Without one, registration goes through people and takes longer.",
          statuses: ["yes", "no", "unknown"],
          details: { url: HttpUrl.optional().meta({ description: "The portal's address." }) },
          check: (f, ctx) => requireDetail(f, ctx, ["yes"], "url", "the portal's address"),
        }),
        mode: fact({
          title: "Registration mode",
          description:
            "self-service: a developer can register and get a working client id without " +
            "waiting for anyone; manual: someone at the vendor has to act first.",
          statuses: ["self-service", "manual", "unknown"],
        }),
      })
      .meta({
        title: "Developer portal registration",
        description: "How an app gets a client id.",
      }),

    development: z
      .strictObject({
        documentation: fact({
          title: "Documentation",
          description:
            "Whether the vendor publishes developer documentation for patient access. The " +
            "cited sources are listed as the documentation links.",
          statuses: ["yes", "no", "unknown"],
        }),
        fhir_versions: fact({
          title: "FHIR versions",
          description:
            "Which FHIR versions the patient-access API serves. US certification requires " +
            "R4; some vendors still run DSTU2 endpoints beside it.",
          statuses: ["yes", "no", "unknown"],
          details: {
            versions: z.array(z.enum(FHIR_VERSIONS)).optional().meta({
              description: "The versions offered.",
            }),
          },
          check: (f, ctx) => requireDetail(f, ctx, ["yes"], "versions", "the versions offered"),
        }),
        bulk_export: z
          .strictObject({
            group_export: fact({
              title: "Population export ($export)",
              description:
                "Bulk Data `Group/[id]/$export` or system `$export` for many patients at once, " +
                "usually with SMART Backend Services. Not a patient-app feature, but often " +
                "asked for next.",
              statuses: TRI,
            }),
            patient_everything: fact({
              title: "Patient/$everything",
              description:
                "The `Patient/[id]/$everything` operation, which returns one patient's record " +
                "in one request instead of one search per resource type.",
              statuses: TRI,
            }),
            ehi_export: fact({
              title: "EHI export",
              description:
                "Export of a patient's whole electronic health information, which US " +
                "certification (§170.315(b)(10)) requires, often in a vendor format.",
              statuses: TRI,
            }),
          })
          .meta({ title: "Bulk export", description: "Getting more than one resource at a time." }),
        endpoint_list: fact({
          title: "FHIR endpoint list",
          description:
            "Where the vendor publishes the FHIR base URLs of its customers, which a " +
            "patient app needs to let a patient pick their provider.",
          statuses: ["yes", "no", "unknown"],
          details: {
            url: HttpUrl.optional().meta({ description: "Where the list is." }),
            format: z
              .enum(ENDPOINT_FORMATS)
              .optional()
              .meta({
                description:
                  "fhir-endpoint-bundle: a FHIR Bundle of Endpoint resources; brands-bundle: a " +
                  "SMART User-access Brands Bundle; json, csv or html otherwise.",
              }),
            count: z.number().int().nonnegative().optional().meta({
              description: "About how many endpoints it listed when checked.",
            }),
          },
          check: (f, ctx) => requireDetail(f, ctx, ["yes"], "url", "where the list is"),
        }),
        sandbox: z
          .strictObject({
            availability: fact({
              title: "Sandbox availability",
              description:
                "Whether a public test server exists that a registered app can reach " +
                "without a customer's help.",
              statuses: TRI,
              details: {
                base_urls: z.array(HttpUrl).optional().meta({
                  description: "FHIR base URLs of the sandbox.",
                }),
              },
            }),
            credentials: fact({
              title: "Published sandbox credentials",
              description:
                "Whether test patient logins are published. Only public test accounts belong " +
                "here, never a real person's or a private account's.",
              statuses: ["yes", "no", "unknown"],
              details: {
                accounts: z.array(SandboxAccount).optional().meta({
                  description: "The published test logins.",
                }),
              },
              check: (f, ctx) =>
                requireDetail(f, ctx, ["yes"], "accounts", "the published test logins"),
            }),
          })
          .meta({ title: "Sandbox", description: "Where to test before going live." }),
      })
      .meta({
        title: "Development and technical requirements",
        description: "What a developer needs before writing code.",
      }),

    implementation: z
      .strictObject({
        required_headers: fact({
          title: "Required headers",
          description:
            "Headers beyond `Authorization` and `Accept` that requests must carry, " +
            "such as a client id header.",
          statuses: TRI,
          details: {
            headers: z.array(Header).optional().meta({ description: "The headers." }),
          },
          check: (f, ctx) => requireDetail(f, ctx, ["yes", "partial"], "headers", "the headers"),
        }),
        token_format: fact({
          title: "Access token format",
          description:
            "jwt: the access token is a signed JWT an app can decode; opaque: a random string. " +
            "Apps should not depend on either, but many do.",
          statuses: ["jwt", "opaque", "unknown"],
        }),
        aud_required: fact({
          title: "`aud` required",
          description:
            "Whether the authorize request must carry `aud` set to the FHIR base URL, as SMART " +
            "requires. Some servers reject a request without it, others ignore it.",
          statuses: TRI,
        }),
        cors: fact({
          title: "CORS on the token endpoint",
          description:
            "Whether a browser app can call the token endpoint directly. Without CORS a " +
            "single-page app needs a server to exchange the code.",
          statuses: TRI,
        }),
        fragment_response_mode: fact({
          title: "Redirect URIs with fragments",
          description:
            "Whether `response_mode=fragment` or a redirect URI with a `#` fragment works, " +
            "which some single-page and mobile apps rely on.",
          statuses: TRI,
        }),
        pkce: fact({
          title: "PKCE",
          description:
            "Whether Proof Key for Code Exchange is supported, with which methods, and " +
            "whether it is required. SMART 2 requires S256.",
          statuses: TRI,
          details: {
            methods: z
              .array(z.enum(["S256", "plain"]))
              .optional()
              .meta({
                description: "The code_challenge methods accepted.",
              }),
            required: z.enum(TRI).optional().meta({
              description: "Whether a request without PKCE is refused.",
            }),
          },
        }),
        public_clients: fact({
          title: "Public clients",
          description:
            "Whether an app with no client secret (a browser or mobile app) can register " +
            "and get tokens.",
          statuses: TRI,
        }),
        offline_access: fact({
          title: "Offline access and refresh tokens",
          description:
            "Whether an app can get a refresh token, with which scope, for how long, and " +
            "whether each refresh returns a new one (rotation).",
          statuses: TRI,
          details: {
            scope: ShortText.optional().meta({
              description: "The scope that asks for it, such as `offline_access`.",
            }),
            lifetime: ShortText.optional().meta({
              description: "How long a refresh token lasts, in words.",
            }),
            rotation: z.enum(TRI).optional().meta({
              description: "Whether a refresh returns a new refresh token.",
            }),
          },
        }),
        dynamic_registration: fact({
          title: "Dynamic client registration",
          description:
            "Whether an app can register itself, or a new instance, through an OAuth " +
            "registration endpoint (RFC 7591) instead of a portal.",
          statuses: TRI,
        }),
        wildcard_scopes: fact({
          title: "Wildcard scopes",
          description:
            "Whether `patient/*.read` (or `patient/*.rs`) is granted, or each resource scope " +
            "must be asked for and registered one by one.",
          statuses: TRI,
        }),
        scope_syntax: fact({
          title: "Scope syntax",
          description:
            "v1: `patient/Observation.read`; v2: `patient/Observation.rs` with optional " +
            "query filters. Which the server accepts decides how scopes are written.",
          statuses: ["v1", "v2", "both", "unknown"],
        }),
      })
      .meta({
        title: "Implementation details",
        description: "Where a standard SMART client meets this server's differences.",
      }),

    production: z
      .strictObject({
        legal: fact({
          title: "Legal requirements",
          description:
            "Agreements an app developer must sign before production access, such as terms " +
            "of use or a business agreement.",
          statuses: TRI,
          details: {
            agreements: z.array(ShortText).optional().meta({
              description: "The agreements, by name.",
            }),
          },
        }),
        approval: fact({
          title: "Manual approval",
          description:
            "Whether someone reviews the app before it reaches production data, and how long " +
            "that takes.",
          statuses: TRI,
          details: {
            duration: ShortText.optional().meta({ description: "How long review takes." }),
          },
        }),
        costs: fact({
          title: "Costs",
          description:
            "What production access costs the app developer. Patient-access APIs under the " +
            "US Cures Act rules are free for patient-facing use; other programs may charge.",
          statuses: ["free", "paid", "mixed", "unknown"],
        }),
      })
      .meta({ title: "Production deployment", description: "Going live with real patients." }),

    tips: z.array(Tip).optional().meta({
      title: "Tips",
      description: "What an implementer learns the hard way, each cited.",
    }),
  })
  .meta({
    title: "Vendor guide",
    description: "One EHR vendor's SMART-on-FHIR patient access, item by item.",
  });

export type Vendor = z.output<typeof Vendor>;
export type Fact = {
  status: string;
  notes?: string | undefined;
  sources?: string[] | undefined;
} & Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// The checklist, in file order

function unwrapObject(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodOptional) return unwrapObject(schema.unwrap() as z.ZodType);
  return undefined;
}

function collectChecklist(schema: z.ZodObject, prefix: string[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const [key, child] of Object.entries(schema.shape)) {
    const path = [...prefix, key];
    const info = factSchemas.get(child as z.ZodType);
    if (info) {
      items.push({ path: path.join("."), ...info });
      continue;
    }
    const nested = unwrapObject(child as z.ZodType);
    if (nested) items.push(...collectChecklist(nested, path));
  }
  return items;
}

/** Every checklist item, in the order the file and the guide page present them. */
export const checklistItems: readonly ChecklistItem[] = collectChecklist(Vendor, []);

/** Reads a fact from a vendor by its dotted checklist path. */
export function factAt(vendor: Vendor, path: string): Fact {
  let node: unknown = vendor;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  return node as Fact;
}
