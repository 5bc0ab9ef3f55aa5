import type { LineInput, RowInput } from '../structure/input';
import { apologiesSentence, attendanceLabel, attendanceList, attendanceListEnds } from './attendance-lines';
import {
  draftOrApproved,
  headerLabel,
  headerText,
  markingLine,
  protectiveMarking,
  titleFirstHeading,
  titleFirstLine,
  titleStyle,
} from './header-lines';
import {
  actionSectionEnds,
  actionSectionLabel,
  bodyText,
  headingAsText,
  itemHeading,
  itemHeadingUnnumbered,
  numberedActionLine,
} from './item-lines';
import {
  attendanceLabelCell,
  attendanceListEndsRow,
  attendanceRowUnderLabel,
  attendanceTable,
  emptyRow,
  headerLabelCell,
  itemRow,
  protectiveMarkingInCells,
  rowText,
  tableHeaderRow,
} from './rows';
import type { StructureRecogniser } from './structure-types';

/**
 * Pass one's recognisers, in precedence order: the first that recognises a line reads it (those that only
 * note something let the next ones read on). A label beats an item number ("Date: 4 October"), an item
 * number beats a heading style, and whatever is left is body text.
 */
export const LINE_RECOGNISERS: readonly StructureRecogniser<unknown, LineInput>[] = [
  protectiveMarking,
  draftOrApproved,
  titleStyle,
  markingLine,
  headerText,
  headerLabel,
  attendanceLabel,
  apologiesSentence,
  actionSectionEnds,
  numberedActionLine,
  itemHeading,
  actionSectionLabel,
  titleFirstHeading,
  itemHeadingUnnumbered,
  headingAsText,
  attendanceList,
  attendanceListEnds,
  titleFirstLine,
  bodyText,
];

/** Table rows, in precedence order: columns first, then header fields, attendance, items and their text. */
export const ROW_RECOGNISERS: readonly StructureRecogniser<unknown, RowInput>[] = [
  protectiveMarkingInCells,
  tableHeaderRow,
  emptyRow,
  headerLabelCell,
  attendanceTable,
  attendanceLabelCell,
  attendanceRowUnderLabel,
  attendanceListEndsRow,
  itemRow,
  rowText,
];
