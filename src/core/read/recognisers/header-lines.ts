import { cleanText, stripBullet } from '../clean';
import { type LabelledField, readLabel, readLabelCell } from '../header';
import { anyOf } from '../lexicon/build';
import {
  HEADER_LABELS,
  HEADER_LABELS_ANYWHERE,
  APPROVED_WORDS,
  DRAFT_WORDS,
  HELD_WORDS,
  PROTECTIVE_MARKINGS,
} from '../lexicon/header';
import { findDate } from '../dates';
import { NEXT_MEETING_SUBJECTS, NEXT_MEETING_VERBS, NEXT_MEETING_WORD } from '../lexicon/sections';
import { findMarkedActions } from '../markers';
import { MARKING_LINE_WORDS } from '../structure/patterns';
import { addAttendees, addHeaderText, entriesOf, setField, traced } from '../structure/state';
import type { LineRecogniser } from './structure-types';

/** Lines of the header: markings, the title, "Label: value" fields. */

/** "OFFICIAL-SENSITIVE" on a short line: the protective marking (the first one written). */
export const protectiveMarking: LineRecogniser<string> = {
  id: 'protective-marking',
  unit: 'line',
  notes: true,
  triggers: PROTECTIVE_MARKINGS,
  recognise: (line) => line.marking,
  read(marking, line, state) {
    if (state.out.marking !== null) return;
    state.out.marking = marking;
    state.out.trace.header.protectiveMarking = traced('protective-marking', line.paragraph);
  },
  examples: [
    { given: 'OFFICIAL – SENSITIVE', gives: 'OFFICIAL-SENSITIVE' },
    { given: 'OFFICIAL', gives: 'OFFICIAL' },
    { given: 'The official figures were noted.', gives: null },
  ],
};

/** "DRAFT", "Status: approved" on a short line: whether the minutes are a draft (the first one written). */
export const draftOrApproved: LineRecogniser<'draft' | 'approved'> = {
  id: 'draft-or-approved',
  unit: 'line',
  notes: true,
  triggers: [...DRAFT_WORDS, ...APPROVED_WORDS],
  recognise: (line) => line.status,
  read(status, line, state) {
    if (state.out.status !== null) return;
    state.out.status = status;
    state.out.trace.header.status = traced('draft-or-approved', line.paragraph);
  },
  examples: [
    { given: 'DRAFT', gives: 'draft' },
    { given: 'Status: approved', gives: 'approved' },
    { given: 'The board discussed the draft budget.', gives: null },
  ],
};

/** The line in a title style: the title was read before the walk; it is header text unless a marking. */
export const titleStyle: LineRecogniser<{ headerText: boolean }> = {
  id: 'title-style',
  unit: 'line',
  triggers: [],
  recognise: (line, state) =>
    line.unit === state.titleLine ? { headerText: !line.marking && !line.status } : null,
  read(result, line, state) {
    if (result.headerText) addHeaderText(state, line.text, line.paragraph);
  },
  examples: [
    { given: 'Audit Committee', style: 'Title', gives: { headerText: true } },
    { given: 'DRAFT', style: 'Title', gives: { headerText: false } },
    { given: 'Audit Committee', gives: null },
  ],
};

/** A line of nothing but markings and statuses ("OFFICIAL – Draft minutes"): noted above, read no further. */
export const markingLine: LineRecogniser<{ marking: string | null; status: string | null }> = {
  id: 'marking-line',
  unit: 'line',
  triggers: [...PROTECTIVE_MARKINGS, ...DRAFT_WORDS, ...APPROVED_WORDS],
  recognise(line) {
    if (!line.marking && !line.status) return null;
    return isOnlyMarking(line.text) ? { marking: line.marking, status: line.status } : null;
  },
  read() {},
  examples: [
    { given: 'OFFICIAL – Draft minutes', gives: { marking: 'OFFICIAL', status: 'draft' } },
    { given: 'DRAFT', gives: { marking: null, status: 'draft' } },
    { given: 'DRAFT Audit Committee', gives: null },
  ],
};

/** Every line of the header zone (or of the header's content control) is header text, read on below too. */
export const headerText: LineRecogniser<true> = {
  id: 'header-text',
  unit: 'line',
  notes: true,
  triggers: [],
  recognise: (line, state) => (state.zone === 'header' || line.inHeaderControl ? true : null),
  read: (_, line, state) => addHeaderText(state, line.text, line.paragraph),
  examples: [
    { given: 'Held at County Hall', gives: true },
    { given: 'Held at County Hall', after: 'item', gives: null },
  ],
};

/**
 * "Date: 4 October", "Chair – Jane Smith", "Venue County Hall": a header field. Outside the header only the
 * next meeting is read so (and a label must have its colon or dash there).
 */
export const headerLabel: LineRecogniser<LabelledField & { more?: LabelledField[] }> = {
  id: 'header-label',
  unit: 'line',
  triggers: HEADER_LABELS.flatMap(([, labels]) => labels),
  recognise(line, state) {
    const inHeader = state.zone === 'header' || line.inHeaderControl;
    // A heading, or a line Word's list numbers ("7." shown), is the item about the next meeting, not a label.
    const label =
      readLabel(line.text, inHeader) ??
      nextMeetingLabelAlone(line.text, line.isHeading || line.unit.listString !== '');
    if (!label || !(inHeader || label.field === 'nextMeeting')) return null;
    return inHeader ? withFieldsAfter(label) : label;
  },
  read(label, line, state) {
    for (const more of label.more ?? [])
      setField(state, more.field, more.value, line.paragraph, 'header-label');
    setField(state, label.field, label.value, line.paragraph, 'header-label');
    // "In the Chair: Jo Bell (JB)" inside a Present list: the chair is one of those present.
    const listed = state.attendance;
    if (
      (listed === 'present' || listed === 'in attendance') &&
      (label.field === 'chair' || label.field === 'minuteTaker')
    )
      addAttendees(state, entriesOf(label.value, listed), 'header-label', line.paragraph);
  },
  examples: [
    { given: 'Date: 4 October 2024', gives: { field: 'date', value: '4 October 2024' } },
    { given: 'Venue County Hall', gives: { field: 'venue', value: 'County Hall' } },
    {
      given: 'Date: 14 March 2024 | Time: 7pm Venue: Pier House',
      gives: {
        field: 'date',
        value: '14 March 2024',
        more: [
          { field: 'time', value: '7pm' },
          { field: 'venue', value: 'Pier House' },
        ],
      },
    },
    {
      given: 'Chair: Ann Lee; Minutes: Bo Hart',
      gives: { field: 'chair', value: 'Ann Lee', more: [{ field: 'minuteTaker', value: 'Bo Hart' }] },
    },
    {
      given: 'Venue: Pier House Notes: bring ID',
      gives: { field: 'venue', value: 'Pier House Notes: bring ID' },
    },
    {
      given: 'Date of next meeting: 5 May 2025',
      after: 'item',
      gives: { field: 'nextMeeting', value: '5 May 2025' },
    },
    { given: 'Chair: Jane Smith', after: 'item', gives: null },
    { given: 'DATE OF NEXT MEETING', after: 'item', gives: { field: 'nextMeeting', value: '' } },
    { given: 'Date of next meeting', style: 'Heading2', after: 'item', gives: null },
    { given: 'Date of next meeting', listString: '7.', after: 'item', gives: null },
  ],
};

const NEXT_WORD = new RegExp(`\\b${NEXT_MEETING_WORD}\\b`, 'i');

/** "DATE OF NEXT MEETING" alone on a plain line, with no colon: its value is on the next line. */
function nextMeetingLabelAlone(text: string, isItem: boolean): LabelledField | null {
  if (isItem || text.length > 60 || !NEXT_WORD.test(text)) return null;
  return readLabelCell(text) === 'nextMeeting' ? { field: 'nextMeeting', value: '' } : null;
}

// Where a second field starts on the same line: any label with its colon after a gap of spaces, a tab, "|" or
// ";", or an unambiguous label ("Venue:", "Chair:") after one space. "Notes:" after one space is prose.
const ALL_LABELS = anyOf(HEADER_LABELS.flatMap(([, labels]) => labels));
const NEXT_FIELD = new RegExp(
  `(?:\\s{2,}|\\s*[|;]\\s*)(?=${ALL_LABELS}\\s*:)|\\s+(?=${anyOf(HEADER_LABELS_ANYWHERE)}\\s*:)`,
  'i',
);

/** "Date: 14 March 2024   Time: 7pm   Venue: Town Hall": the first field, with the fields after it on the line. */
function withFieldsAfter(label: LabelledField): LabelledField & { more?: LabelledField[] } {
  if (!label.value.includes(':')) return label;
  const parts = label.value.split(NEXT_FIELD);
  if (parts.length < 2) return label;
  const more = parts
    .slice(1)
    .map((part) => readLabel(part, false))
    .filter((f): f is LabelledField => f !== null && f.value !== '');
  return { field: label.field, value: parts[0]!.replace(/[,;]\s*$/, '').trim(), more };
}

const LABEL_ANYWHERE = new RegExp(`^${anyOf(HEADER_LABELS_ANYWHERE)}\\s*(?::|[-–—]\\s)`, 'i');

/**
 * "* Chairperson: Jo Bell", "- Place: Town Hall" after the header (a block of fields under a "Minutes" heading
 * that follows the agenda): a header field the header did not give, read from an unambiguous label with its
 * colon or dash. It only notes the field; the line is read on (an attendance list may hold it too).
 */
export const headerLabelAnywhere: LineRecogniser<LabelledField> = {
  id: 'header-label-anywhere',
  unit: 'line',
  notes: true,
  triggers: HEADER_LABELS_ANYWHERE,
  recognise(line, state) {
    if (state.zone === 'header' || line.inHeaderControl || state.actionSection || line.text.length > 200)
      return null;
    if (!LABEL_ANYWHERE.test(stripBullet(line.text))) return null;
    const label = readLabel(line.text, false);
    if (!label || !/^[A-Z0-9]/.test(label.value)) return null;
    // A person is a name, not a sentence ("Chair: Thanked everyone for coming and …").
    if ((label.field === 'chair' || label.field === 'minuteTaker') && label.value.length > 60) return null;
    const given = label.field === 'title' ? state.out.title : state.out.fields[label.field];
    return given ? null : label;
  },
  read: (label, line, state) =>
    setField(state, label.field, label.value, line.paragraph, 'header-label-anywhere'),
  examples: [
    { given: '* Chairperson: Jo Bell', after: 'item', gives: { field: 'chair', value: 'Jo Bell' } },
    {
      given: '- Place: Town Hall, Mill Lane',
      after: 'item',
      gives: { field: 'venue', value: 'Town Hall, Mill Lane' },
    },
    { given: 'Chair: to write to the school', after: 'item', gives: null },
    { given: 'Date: 4 October 2024', after: 'item', gives: null },
  ],
};

/**
 * A heading of the header that holds its fields ("Meeting date | time 4 May 2024 | 7pm | Meeting location
 * Town Hall", as a template's table reads flattened into one heading, its cells parted by "|"): header
 * fields, not an item.
 */
export const headingOfFields: LineRecogniser<LabelledField[]> = {
  id: 'heading-of-fields',
  unit: 'line',
  triggers: HEADER_LABELS.flatMap(([, labels]) => labels),
  recognise(line, state) {
    if (state.zone !== 'header' || !line.isHeading || line.text.length > 300) return null;
    if (!line.text.includes('|')) return null;
    const parts = line.text.split('|').map((part) => part.trim());
    const first = readLabel(parts[0]!, true) ?? (parts.length > 1 ? labelAlone(parts[0]!) : null);
    if (!first || first.field === 'nextMeeting' || first.field === 'title') return null;
    const fields = parts.map((part) => readLabel(part, true)).filter((f): f is LabelledField => f !== null);
    return fields;
  },
  read(fields, line, state) {
    for (const f of fields) setField(state, f.field, f.value, line.paragraph, 'heading-of-fields');
  },
  examples: [
    {
      given: 'Meeting date | time 4 May 2024 | 7pm | Meeting location Town Hall',
      style: 'Heading2',
      gives: [
        { field: 'time', value: '4 May 2024' },
        { field: 'venue', value: 'Town Hall' },
      ],
    },
    {
      given: 'Date 4 May 2024 | Venue Town Hall',
      style: 'Heading2',
      gives: [
        { field: 'date', value: '4 May 2024' },
        { field: 'venue', value: 'Town Hall' },
      ],
    },
    { given: 'Finance report', style: 'Heading2', gives: null },
    { given: 'Date of next meeting | 5 June', style: 'Heading2', gives: null },
  ],
};

/** A part that is a label and nothing else ("Meeting date"), read as a field with no value. */
function labelAlone(part: string): LabelledField | null {
  const field = readLabelCell(part);
  return field ? { field, value: '' } : null;
}

const NEXT_MEETING_SUBJECT = anyOf(NEXT_MEETING_SUBJECTS);
const NEXT_MEETING_LABELS = HEADER_LABELS.find(([field]) => field === 'nextMeeting')?.[1] ?? [];
// A lead-in may come first: one that ends in "that" ("It was agreed that the next meeting would be held on …"),
// or earlier sentences ("The meeting closed at 9pm. The next meeting …", "… 9pm. Date of next meeting: …").
const NEXT_MEETING_GIVEN = `(?:(?:the\\s+)?${NEXT_MEETING_SUBJECT}\\s+(?:of\\s+the\\s+[\\w' -]{2,40}?\\s+)?${anyOf(NEXT_MEETING_VERBS)}\\s+(?:${anyOf(HELD_WORDS)}\\s+)?|${anyOf(NEXT_MEETING_LABELS)}\\s*(?::|[-–—]\\s))\\s*`;
const NEXT_MEETING_SENTENCE = new RegExp(`^${NEXT_MEETING_GIVEN}`, 'i');
const NEXT_MEETING_AT = new RegExp(NEXT_MEETING_GIVEN, 'iy');
// Where a lead-in ends: "It was agreed that ", "The meeting closed at 9pm. " (most lines with the words have none).
const LEAD_IN_END = /(?:\bthat|[.!?])\s+/gi;

/** Where the words after "The next meeting will be held " (or a lead-in and them) end, or -1. */
function nextMeetingOpening(text: string): number {
  const m = NEXT_MEETING_SENTENCE.exec(text);
  if (m) return m[0].length;
  LEAD_IN_END.lastIndex = 0;
  for (let end = LEAD_IN_END.exec(text); end !== null; end = LEAD_IN_END.exec(text)) {
    NEXT_MEETING_AT.lastIndex = LEAD_IN_END.lastIndex;
    const given = NEXT_MEETING_AT.exec(text);
    if (given) return LEAD_IN_END.lastIndex + given[0].length;
  }
  return -1;
}

/**
 * "The next meeting will be held on Tuesday 3rd October 2023 at 7pm.": the next meeting, from a sentence
 * with a date in it, wherever it stands. It only notes it; the line is body text all the same.
 */
export const nextMeetingSentence: LineRecogniser<{ nextMeeting: string }> = {
  id: 'next-meeting-sentence',
  unit: 'line',
  notes: true,
  // The labels too: "… closed at 9pm. Date of next meeting: 11 April" reads the label after a sentence.
  triggers: [...NEXT_MEETING_SUBJECTS, ...NEXT_MEETING_LABELS],
  recognise(line, state) {
    if (state.out.nextMeeting !== null || line.text.length > 300) return null;
    const opening = nextMeetingOpening(stripBullet(line.text));
    if (opening < 0) return null;
    const rest = stripBullet(line.text)
      .slice(opening)
      .replace(/[.]\s*$/, '')
      .trim();
    return rest && findDate(rest) !== null ? { nextMeeting: rest } : null;
  },
  read({ nextMeeting }, line, state) {
    setField(state, 'nextMeeting', nextMeeting, line.paragraph, 'next-meeting-sentence');
  },
  examples: [
    {
      given: 'The next meeting will be held on Tuesday 3rd October 2023 at 7pm.',
      after: 'item',
      gives: { nextMeeting: 'on Tuesday 3rd October 2023 at 7pm' },
    },
    {
      given: 'It was agreed that the next meeting would be held on 5 June 2024.',
      after: 'item',
      gives: { nextMeeting: 'on 5 June 2024' },
    },
    {
      given: 'RESOLVED: that the next meeting be held on Tuesday 4 June.',
      after: 'item',
      gives: { nextMeeting: 'on Tuesday 4 June' },
    },
    {
      given: 'The meeting closed at 9.05pm. Date of next meeting: 11 April 2024.',
      after: 'item',
      gives: { nextMeeting: '11 April 2024' },
    },
    {
      given: 'Next meeting is the full Council meeting on 3 October.',
      after: 'item',
      gives: { nextMeeting: 'the full Council meeting on 3 October' },
    },
    { given: 'The next meeting will look at the budget.', after: 'item', gives: null },
    { given: 'Next steps were agreed on 3 October. The meeting closed at 9pm.', after: 'item', gives: null },
  ],
};

/** The first heading, where no title has been read: the title. */
export const titleFirstHeading: LineRecogniser<{ title: string }> = {
  id: 'title-first-heading',
  unit: 'line',
  triggers: [],
  recognise: (line, state) => (line.isHeading && !state.out.title ? { title: line.text } : null),
  read({ title }, line, state) {
    state.attendance = null;
    state.out.title = title;
    state.out.trace.header.title = traced('title-first-heading', line.paragraph);
  },
  examples: [
    { given: 'Audit Committee', style: 'Heading1', gives: { title: 'Audit Committee' } },
    { given: 'Audit Committee', style: 'Heading1', after: 'title', gives: null },
  ],
};

/** The first plain line of the header, unless it reads as content (an action, a long sentence): the title. */
export const titleFirstLine: LineRecogniser<{ title: string }> = {
  id: 'title-first-line',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (state.out.title || state.zone !== 'header' || line.inHeaderControl) return null;
    if (line.text.length > 200 || findMarkedActions(line.text).length > 0) return null;
    return { title: line.text };
  },
  read({ title }, line, state) {
    state.out.title = title;
    state.out.trace.header.title = traced('title-first-line', line.paragraph);
  },
  examples: [
    { given: 'Audit Committee', gives: { title: 'Audit Committee' } },
    { given: 'ACTION: JS to circulate the paper.', gives: null },
    { given: 'Audit Committee', after: 'title', gives: null },
  ],
};

/** A line that holds only a marking and/or status ("OFFICIAL – SENSITIVE", "DRAFT", "OFFICIAL DRAFT"). */
function isOnlyMarking(line: string): boolean {
  const rest = cleanText(line.replace(MARKING_LINE_WORDS, ' ')).replace(/[\s:\-–—|/()]+/g, '');
  return rest.length === 0;
}
