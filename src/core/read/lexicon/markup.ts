/**
 * HTML tags that stand for a line break in text copied from a web page ("… the <br /> minutes …"): each is read
 * as the end of a line. Lower case; read case-insensitively, with or without a slash.
 */
export const LINE_BREAK_TAGS: readonly string[] = ['br'];
