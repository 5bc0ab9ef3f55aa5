/** Markup that text saved from a web page keeps, read as what a browser shows. */

/** Tags that break a line ("… bringing <br /> forward comments"): a reader sees a space. */
export const LINE_BREAK_TAGS: readonly string[] = ['br'];
