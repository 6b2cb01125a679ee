/** One way to draw a data table: column headings, rows of cells, an optional hidden caption. */
import { html, type Html, type Interpolation } from "../html.ts";

export interface TableOptions {
  className: string;
  columns: readonly string[];
  rows: readonly (readonly Interpolation[])[];
  /** Read by screen readers only; the visible heading above the table names it for others. */
  caption?: string;
  /** Wrap in a box that scrolls sideways on narrow screens instead of widening the page. */
  scroll?: boolean;
}

export function dataTable({ className, columns, rows, caption, scroll }: TableOptions): Html {
  const table = html`<table class="${className}">
    ${
      caption
        ? html`<caption class="visually-hidden">
            ${caption}
          </caption>`
        : ""
    }
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
  return scroll ? html`<div class="table-scroll">${table}</div>` : table;
}
