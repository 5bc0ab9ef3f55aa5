import type { Meeting } from '../model/meeting';
import { HEADER_FIELD_LABELS, headerLines } from './header-block';
import { normaliseTypedText } from './xml-text';

/** One line of the header where the form and the document disagree; null where a side has no such line. */
export interface HeaderDifference {
  /** "Title", "Chair", … */
  label: string;
  form: string | null;
  document: string | null;
}

const clean = (text: string) => normaliseTypedText(text).replace(/\s+/g, ' ').trim();

/**
 * Pure: the header block as the document has it (its paragraphs' text, title first) beside the form's meeting,
 * line by line by label. The header is not updated in place, so the pane shows these for the user to edit.
 */
export function headerDifferences(meeting: Meeting, paragraphs: readonly string[]): HeaderDifference[] {
  const out: HeaderDifference[] = [];
  const [title = '', ...rest] = paragraphs.map(clean);
  if (title !== clean(meeting.title))
    out.push({ label: 'Title', form: clean(meeting.title), document: title });
  const wanted = headerLines(meeting);
  const labels = new Set(wanted.map(([label]) => label));
  const inDocument = new Map<string, string>();
  for (const line of rest) {
    const at = line.indexOf(': ');
    if (at > 0) inDocument.set(line.slice(0, at), line.slice(at + 2));
  }
  for (const [label, value] of wanted) {
    const there = inDocument.get(label);
    if (there !== clean(value)) out.push({ label, form: clean(value), document: there ?? null });
  }
  for (const [label, value] of inDocument) {
    if (!labels.has(label) && HEADER_LABELS.has(label)) out.push({ label, form: null, document: value });
  }
  return out;
}

/** Every label the header block writes (a line with another label is the user's own). */
const HEADER_LABELS = new Set(HEADER_FIELD_LABELS);
