/**
 * What the acceptance suites expect of a model meeting: a police assurance meeting with header lines, a
 * `Name | Capacity (INITIALS)` table, `No. | Item` numbering with sub-items, ACTION lines (one malformed, one owner
 * known only by role + surname), initials the table does not define, an item out of order and a prose action.
 * The same suites run on the project's own model (tests/fixtures/model, npm test) and on the real one beside
 * the checkout (tests/shared, npm run test:shared); only these facts differ.
 */
export interface ModelExpectations {
  /** The minutes as plain text, one paragraph per line. */
  text: string;
  /** File name the CLI tests write the text to. */
  fileName: string;
  marked: {
    owner: string;
    names: string[];
    item: string;
    text: string;
  }[];
  /** The one ACTION line with a malformed marker, as the check reports it. */
  malformed: { marker: string; owner: string; item: string; excerpt: RegExp };
  /** A marked action with a due date written inside it. */
  due?: { owner: string; dueDate: string };
  suggestion: { owner: string; name: string; text: string; item: string; message: RegExp };
  /** Phrases that mention actions without being one ("An action arose …"). */
  notActions: RegExp;
  header: {
    date: string;
    startTime: string;
    chair: string;
    minuteTaker: string;
    venue: string;
    title: RegExp;
  };
  nextMeeting: { text: string; date: string };
  attendees: string[];
  /** An attendee whose initials the table writes differently from their name. */
  initialsAsWritten: { name: string; initials: string };
  undefinedInitials: { initials: string; times: number; definedAs: RegExp; firstUse: RegExp };
  /** Capitalised abbreviations in the text that are not people. */
  acronyms: string[];
  items: string[];
  subItemsOf2: string[];
  outOfOrder: string;
  firstMarkedExcerpt: string;
}
