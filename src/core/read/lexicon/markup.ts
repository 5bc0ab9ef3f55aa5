/** Markup that text saved from a web page keeps, read as what a browser shows. */

/**
 * HTML tags that stand for a line break in text copied from a web page ("… the <br /> minutes …"): each is read
 * as the end of a line, or as a space inside a Markdown table cell. Lower case; read case-insensitively, with or
 * without a slash.
 */
export const LINE_BREAK_TAGS: readonly string[] = ['br'];
