import type { LineInput, RowInput } from '../structure/input';
import {
  apologiesInText,
  apologiesSentence,
  attendanceLabel,
  attendanceList,
  attendanceListEnds,
  attendanceNumbered,
  attendanceSubLabel,
  presentSentence,
} from './attendance-lines';
import { attendanceOneCell } from './attendance-cells';
import { meetingWithLine, namesCell, unlabelledPersonLine } from './attendance-unlabelled';
import {
  draftOrApproved,
  headerLabel,
  headerLabelAnywhere,
  headerText,
  headingOfFields,
  markingLine,
  nextMeetingSentence,
  protectiveMarking,
  titleFirstHeading,
  titleFirstLine,
  titleStyle,
} from './header-lines';
import { fixedWidthRow, fixedWidthTable } from './fixed-width-lines';
import { headerFieldsInCells } from './header-rows';
import {
  actionSectionEnds,
  actionSectionLabel,
  bodyText,
  headingAsText,
  itemHeading,
  itemHeadingInSequence,
  itemHeadingUnnumbered,
  itemNumberAlone,
  itemNumberAloneEnds,
  itemTitleAfterNumber,
  letteredSubItemHeading,
  listNumberedItemHeading,
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
  fixedWidthRow,
  fixedWidthTable,
  protectiveMarking,
  meetingWithLine,
  draftOrApproved,
  titleStyle,
  markingLine,
  headerText,
  nextMeetingSentence,
  itemTitleAfterNumber,
  itemNumberAloneEnds,
  headingOfFields,
  headerLabel,
  headerLabelAnywhere,
  listNumberedItemHeading,
  attendanceLabel,
  apologiesSentence,
  apologiesInText,
  presentSentence,
  attendanceNumbered,
  attendanceSubLabel,
  unlabelledPersonLine,
  actionSectionEnds,
  numberedActionLine,
  itemNumberAlone,
  itemHeading,
  itemHeadingInSequence,
  letteredSubItemHeading,
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
  headerFieldsInCells,
  namesCell,
  headerLabelCell,
  attendanceTable,
  attendanceLabelCell,
  attendanceOneCell,
  attendanceRowUnderLabel,
  attendanceListEndsRow,
  itemRow,
  rowText,
];
