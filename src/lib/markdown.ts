/**
 * Markdown for notes, summaries and tips: markdown-it with raw HTML off, so `<script>` in a
 * vendor file prints as text, and links limited to what markdown-it's validateLink accepts
 * (no javascript:, vbscript:, file: or data: other than images).
 */
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { trustedHtml, type Html } from "./html.ts";

/** Readable heading ids: lowercase ASCII words and dashes ("Offline access" → offline-access). */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(anchor, {
  slugify,
  level: 1,
});

// A note's headings must not outrank the page's: "# Caveat" in a note becomes an h4.
markdown.core.ruler.push("shift_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`;
    }
  }
});

markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  token.attrSet("rel", "noopener noreferrer");
  return self.renderToken(tokens, index, options);
};

/** Renders block markdown (paragraphs, lists). */
export function renderMarkdown(text: string): Html {
  return trustedHtml(markdown.render(text));
}

/** Renders one line of markdown without a wrapping paragraph. */
export function renderInlineMarkdown(text: string): Html {
  return trustedHtml(markdown.renderInline(text));
}
