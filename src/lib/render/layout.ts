/**
 * The page frame every template shares: head, navigation, footer. The Content-Security-Policy
 * allows scripts and styles from this site only, with no inline script, so a payload that ever
 * got past escaping would still not run.
 */
import { html, type Html } from "../html.ts";

export const SITE_NAME = "Patient Access Guidebook";

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export interface PageOptions {
  title: string;
  description: string;
  body: Html;
  /** Which navigation entry is the current page. */
  current?: "home" | "fields";
}

export function page({ title, description, body, current }: PageOptions): string {
  const fullTitle = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
  const navLink = (href: string, label: string, key: PageOptions["current"]) =>
    html`<a href="${href}" ${current === key ? html`aria-current="page"` : ""}>${label}</a>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <title>${fullTitle}</title>
        <meta name="description" content="${description}" />
        <link rel="stylesheet" href="/style.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="site-name" href="/">${SITE_NAME}</a>
          <nav aria-label="Site">
            ${navLink("/", "Vendor guides", "home")}
            ${navLink("/fields/", "Field reference", "fields")}
          </nav>
        </header>
        <main id="main">${body}</main>
        <footer class="site-footer">
          <p>
            Every fact cites a public source and the date it was checked. What no source settles is
            marked unknown. Vendors change their rules: check the cited page before you rely on it.
          </p>
        </footer>
      </body>
    </html> `.value;
}
