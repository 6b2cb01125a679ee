import { describe, expect, it } from "vitest";
import { html, safeHref } from "../src/lib/html.ts";
import { renderMarkdown } from "../src/lib/markdown.ts";

describe("html and markdown escaping", () => {
  it("escapes every interpolated string", () => {
    const payload = `"><script>alert(1)</script>`;
    expect(html`<a title="${payload}">${payload}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">' +
        "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>",
    );
  });

  it("keeps nested html as markup and escapes arrays item by item", () => {
    const items = ["<b>", html`<li>ok</li>`];
    // prettier-ignore
    const list = html`<ul>${items}</ul>`;
    expect(list.value).toBe("<ul>&lt;b&gt;<li>ok</li></ul>");
  });

  it("lets only http(s) and site paths into hrefs", () => {
    expect(safeHref("https://a.example/")).toBe("https://a.example/");
    expect(safeHref("/vendors/epic/")).toBe("/vendors/epic/");
    expect(safeHref("javascript:alert(1)")).toBe("#");
    expect(safeHref("//evil.example/")).toBe("#");
  });

  it("prints raw HTML in markdown as text and drops javascript: links", () => {
    const out = renderMarkdown('<img src=x onerror="alert(1)"> [x](javascript:alert(1))').value;
    expect(out).not.toContain("<img");
    expect(out).not.toContain('href="javascript:');
  });

  it("gives headings in notes readable ids below the page's headings", () => {
    expect(renderMarkdown("# Offline access").value).toBe(
      '<h4 id="offline-access" tabindex="-1">Offline access</h4>\n',
    );
  });
});
