/** Words around item numbers and titles (items.ts reads them). Lower case; read case-insensitively. */

/** Words before an item number ("Item 3", "Agenda item 4", "Minute 12", "Min. 5", "Ref 03/20"). */
export const ITEM_NUMBER_WORDS: readonly string[] = ['agenda item', 'item', 'minute', 'min', 'ref'];

/** Of those, the abbreviations, which may take a full stop ("Min. 5"). */
export const ITEM_NUMBER_ABBREVIATIONS: readonly string[] = ['min', 'ref'];

/**
 * Words before a multi-part reference ("Ref 03/20/04/2022", "Minute no. 12/2022"): only then is it no date.
 * `spaced`: a space must follow the word ("Minute 12/22"), where "Ref." and "Ref03/20" need none.
 */
export const REFERENCE_WORDS: ReadonlyArray<{ readonly word: string; readonly spaced: boolean }> = [
  { word: 'ref', spaced: false },
  { word: 'reference', spaced: false },
  { word: 'minute', spaced: true },
];

/** Words that mark an item as confidential ("(Part II)", "Part 2 –", "(Confidential)"). */
export const PART_TWO_WORDS: readonly string[] = ['part ii', 'part 2'];
export const CONFIDENTIAL_WORDS: readonly string[] = ['confidential'];

/** Words that start a sentence run into a title by PDF extraction ("Strategic Needs Assessment The PCC …"). */
export const SENTENCE_OPENERS_AFTER_TITLE: readonly string[] = [
  'The',
  'A',
  'An',
  'It',
  'This',
  'Members',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Cllr',
];

/** Words that start a sentence, not a heading ("1. The board noted the report."). Capitalised, as written. */
export const SENTENCE_OPENERS: readonly string[] = [
  'The',
  'It',
  'A',
  'An',
  'This',
  'There',
  'These',
  'Members',
  'We',
  'He',
  'She',
  'They',
];

/** Words the check takes off an item's number before comparing numbers ("Item 3" is 3, "Minute 12" is 12). */
export const ITEM_REFERENCE_WORDS: readonly string[] = ['item', 'minute'];

/** The abbreviation of "number" written before one ("No. 4", "No 4"), which may take a full stop. */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['no'];

/** The word for minute numbers ("Minute 12/22"), which run on across meetings, so a gap is only worth a look. */
export const MINUTE_WORDS: readonly string[] = ['minute'];
