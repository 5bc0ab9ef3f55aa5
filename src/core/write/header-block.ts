import type { Meeting } from '../model/meeting';
import { TAGS, type OoxmlBlock } from '../port';
import { BLOCK_CONTROL_IDS } from './block-ids';
import { contentControlXml, labelledLineXml, titleXml } from './ooxml';
import { flatPackage } from './package';
import { ukLongDate } from './uk-date';
import { normaliseTypedText } from './xml-text';

export const HEADER_TITLE = 'Minutebook: meeting details';

/** Every label the header block writes, in its order (a line with another label is the user's own). */
export const HEADER_FIELD_LABELS: readonly string[] = [
  'Meeting type',
  'Date',
  'Time',
  'End time',
  'Chair',
  'Minute-taker',
  'Venue',
];

/** The "Label: value" lines under the title, only for details that are set. */
export function headerLines(meeting: Meeting): [label: string, value: string][] {
  const lines: [string, string | null][] = [
    ['Meeting type', meeting.meetingType],
    ['Date', meeting.date ? ukLongDate(meeting.date) : null],
    ['Time', meeting.startTime],
    ['End time', meeting.endTime],
    ['Chair', meeting.chair],
    ['Minute-taker', meeting.minuteTaker],
    ['Venue', meeting.venue],
  ];
  return lines.filter(
    (line): line is [string, string] => !!line[1] && normaliseTypedText(line[1]).trim() !== '',
  );
}

/**
 * The meeting's title and details as labelled lines (not a layout table: they read aloud well and read back
 * with the same "Label: value" grammar as hand-typed minutes). Marking and status go to the page header/footer.
 */
export function buildHeaderBlock(meeting: Meeting): OoxmlBlock {
  const content =
    titleXml(meeting.title) +
    headerLines(meeting)
      .map(([label, value]) => labelledLineXml(label, value))
      .join('');
  const marking = normaliseTypedText(meeting.protectiveMarking ?? '').trim();
  return {
    kind: 'header',
    ooxml: flatPackage(
      contentControlXml({ tag: TAGS.header, title: HEADER_TITLE, id: BLOCK_CONTROL_IDS.header }, content),
    ),
    pageHeader: marking ? marking : null,
    pageFooter: meeting.status.toUpperCase(),
  };
}
