import { guardCell } from './guard';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * One cell's content. Line breaks become Excel's same-cell break (a plain `<br>` would start a new row when
 * pasted); the `@` number format keeps text such as item "2.10" or a ref "03/2022" from turning into numbers
 * or dates. Cells are guarded as in CSV in case the format is ignored.
 */
function cell(tag: 'th' | 'td', text: string): string {
  const body = escapeHtml(guardCell(text))
    .split(/\r\n|\r|\n/)
    .join('<br style="mso-data-placement:same-cell">');
  return `<${tag} style="mso-number-format:'\\@'">${body}</${tag}>`;
}

/** An HTML table with a header row, for the clipboard: Excel and Word paste it keeping the columns. */
export function toHtmlTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<thead><tr>${header.map((text) => cell('th', text)).join('')}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((text) => cell('td', text)).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}
