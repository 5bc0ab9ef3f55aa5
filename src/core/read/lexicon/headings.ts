/** Paragraph style names of a heading ("Heading 1", "Heading1", "h2", "Title"); "#" stands for the level. */
export const HEADING_STYLES: readonly string[] = ['heading #', 'heading#', 'h#', 'title', 'subtitle'];

/** The style that names the document's title. */
export const TITLE_STYLES: readonly string[] = ['title'];
