/**
 * An `html` tagged template that escapes every interpolated value unless it is already Html.
 * Templates build pages only through it, so a vendor file cannot inject markup: escaping is
 * what happens when nobody thinks about it.
 */

/** Markup that is safe to insert as is: built by `html` or passed through `trustedHtml`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate. Objects are refused by the compiler, not printed. */
export type Interpolation =
  Html | string | number | null | undefined | false | readonly Interpolation[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char]!);
}

function renderValue(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((item: Interpolation) => renderValue(item)).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Marks markup from a trusted producer (markdown-it with HTML off) as safe. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * A URL for an href: only http(s) and site-relative paths pass; anything else becomes "#".
 * The schema already refuses other schemes; this keeps a template mistake from reopening it.
 */
export function safeHref(url: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  if (url.startsWith("#")) return url;
  return "#";
}
