/** A short made-up minutes draft for the browser preview: a start the minute-taker has typed by hand. */
export const SAMPLE_DOCUMENT_TEXT = [
  'Quarterly Team Meeting',
  '',
  'Notes taken by hand before Minutebook was opened.',
  'The minutes go in below, where the cursor is, from the pane.',
  '',
].join('\n');
