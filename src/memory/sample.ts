/** A short made-up minutes draft for the browser preview: a start the minute-taker has typed by hand. */
export const SAMPLE_DOCUMENT_TEXT = [
  'Quarterly Team Meeting',
  '',
  'Notes taken by hand before Minutebook was opened.',
  'Put the cursor where the minutes should go, then insert them from the pane.',
  '',
].join('\n');
