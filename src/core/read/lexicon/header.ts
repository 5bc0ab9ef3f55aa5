import type { HeaderField } from '../header';

/**
 * Header labels and the field each names, in the order they are tried (a field listed earlier wins: "Date
 * of next meeting" is the next meeting, not the date). Lower case; read case-insensitively at a line start.
 */
export const HEADER_LABELS: ReadonlyArray<readonly [field: HeaderField, labels: readonly string[]]> = [
  [
    'nextMeeting',
    [
      'date, time and venue of the next meeting',
      'date, time and venue of next meeting',
      'date time and venue of the next meeting',
      'date time and venue of next meeting',
      'date of the next meeting',
      'date of next meeting',
      'next meeting date',
      'next meeting',
    ],
  ],
  ['endTime', ['end time', 'finish time', 'meeting closed', 'time closed', 'close']],
  ['meetingType', ['meeting type', 'type of meeting']],
  ['title', ['meeting title', 'meeting name', 'title']],
  [
    'chair',
    [
      'chaired by',
      'chairperson',
      'chairman',
      'chairwoman',
      'chair',
      'in the chair',
      'facilitator',
      'facilitated by',
    ],
  ],
  [
    'minuteTaker',
    [
      'minutes taken by',
      'minute-taker',
      'minute taker',
      'minutetaker',
      'minuted by',
      'note-taker',
      'note taker',
      'notetaker',
      'notes taken by',
      'minutes done by',
      'minutes by',
      'recorded by',
      'recorder',
      'scribe',
      'notes',
      'minutes',
      'secretary',
      'clerk',
    ],
  ],
  ['venue', ['venue', 'location', 'place', 'held at', 'where', 'meeting location', 'meeting venue']],
  ['date', ['date and time', 'date', 'meeting date']],
  ['time', ['start time', 'time', 'meeting time']],
];

/**
 * Labels that name a header field wherever they stand, with their colon or dash ("- Chairperson: …" in a block
 * of fields under a "Minutes" heading after the agenda). Only unambiguous ones: "Date:", "Time:", "Notes:"
 * in the business are something else.
 */
export const HEADER_LABELS_ANYWHERE: readonly string[] = [
  'chaired by',
  'in the chair',
  'chairperson',
  'chairman',
  'chairwoman',
  'chair',
  'facilitator',
  'minutes taken by',
  'minute-taker',
  'minute taker',
  'minuted by',
  'note-taker',
  'note taker',
  'notetaker',
  'notes taken by',
  'minutes done by',
  'recorder',
  'scribe',
  'venue',
  'location',
  'place',
  'held at',
  'start time',
];

/** Fields whose label may stand without a colon in the header ("Venue West Mercia Police HQ"). */
export const BARE_LABEL_FIELDS: readonly HeaderField[] = ['date', 'time', 'chair', 'venue', 'minuteTaker'];

/** Protective markings, in capitals as they are written; a hyphen may be any dash, with or without spaces. */
export const PROTECTIVE_MARKINGS: readonly string[] = [
  'TOP SECRET',
  'OFFICIAL-SENSITIVE',
  'OFFICIAL',
  'SECRET',
];

/** Words that say whether the minutes are a draft or approved ("DRAFT", "Status: approved"). */
export const DRAFT_WORDS: readonly string[] = ['draft'];
export const APPROVED_WORDS: readonly string[] = ['approved'];

/** Words that may stand beside a marking on a line of its own ("OFFICIAL – Draft minutes", "Status: DRAFT"). */
export const MARKING_LINE_FILLERS: readonly string[] = ['status', 'minutes'];

/**
 * Words that say a line is the minutes' own title ("Minutes of the meeting on 4 May", "Notes of a meeting of
 * …", "Board action tracking list"): such a line of the header beats a first line that merely opens the page
 * (a site's banner, an organisation's name). Lower case.
 */
export const TITLE_WORDS: readonly string[] = ['minutes', 'notes of', 'note of', 'action tracking'];

/**
 * How prose names the chair, each before the name ("The meeting was chaired by …", "the Chairman, Cllr …,",
 * "called to order at 7pm by …"). Lower case; "{time}" stands for an optional "at 6:30 p.m.".
 */
export const CHAIR_BEFORE_NAME: readonly string[] = [
  'chaired by',
  'presided over by',
  'the chairman,',
  'the chairwoman,',
  'the chairperson,',
  'the chair,',
  'called to order{time} by',
];
