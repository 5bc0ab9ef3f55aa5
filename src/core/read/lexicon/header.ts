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

/**
 * How prose names the chair, each after the name ("Cllr. Ann Vale took the Chair and welcomed …", "Jo Bell was
 * in the chair"). Lower case; the phrase is read in any case.
 */
export const CHAIR_AFTER_NAME: readonly string[] = [
  'took the chair',
  'was in the chair',
  'chaired the meeting',
];

/**
 * How prose names the minute-taker, before the name ("Minutes were taken by …") or after it ("Raj Patel took
 * the minutes"). Lower case; read in any case. Not "minutes taken by": "the minutes taken by … were approved".
 */
export const MINUTE_TAKER_BEFORE_NAME: readonly string[] = [
  'minutes were taken by',
  'notes were taken by',
  'minutes were recorded by',
  'minutes were written by',
];
export const MINUTE_TAKER_AFTER_NAME: readonly string[] = [
  'took the minutes',
  'took minutes',
  'took the notes',
];

/** Capacities that make an attendee the chair when no label names one ("Ann Lee (Chairman)"). */
export const CHAIR_CAPACITIES: readonly string[] = ['chair', 'chairman', 'chairwoman', 'chairperson'];
/** Capacities that contain the chair's word but are not the chair ("Vice-Chair", "Vice Chairman"). */
export const NOT_CHAIR_CAPACITIES: readonly string[] = ['vice-chair', 'vice chair'];

/** A capacity that is only this word, or this word in brackets ("Ann Lee (Minutes)"): the minute-taker. */
export const MINUTES_CAPACITIES: readonly string[] = ['minutes'];
/** Capacities that name the minute-taker outright ("Note-taker", "Minute Taker"). */
export const MINUTE_TAKER_CAPACITIES: readonly string[] = [
  'minute-taker',
  'minute taker',
  'minutetaker',
  'note-taker',
  'note taker',
  'notetaker',
];

/**
 * Whoever serves the meeting as its secretary or clerk minutes it when no label and no capacity above names a
 * minute-taker ("Clerk and RFO", "Committee Secretary", "Democratic Services Officer", "Governance Officer").
 */
export const MINUTING_ROLES: readonly string[] = [
  'clerk',
  'secretary',
  'democratic services',
  'governance officer',
  'governance manager',
  'governance lead',
  'governance adviser',
  'governance advisor',
];
/** Titles that only contain a minuting role's word ("Secretary of State", "Permanent Secretary"). */
export const NOT_MINUTING_ROLES: readonly string[] = [
  'secretary of state',
  'general secretary',
  'permanent secretary',
  'cabinet secretary',
  'under secretary',
  'deputy secretary',
  'assistant secretary',
];

/** The verb of a header's "held at" line ("Minutes of the meeting held at the Village Hall on …"). */
export const HELD_WORDS: readonly string[] = ['held'];
/** What may stand between "held" and the place ("… held their meeting remotely via Zoom at 7.30pm on …"). */
export const HELD_OBJECTS: readonly string[] = ['their meeting', 'its meeting', 'the meeting'];
export const HELD_MANNERS: readonly string[] = ['remotely', 'online', 'virtually'];
/** Prepositions before a venue on a header line ("… 7pm in the Village Hall", "… via MS Teams"). */
export const VENUE_PREPOSITIONS: readonly string[] = ['in', 'at', 'via'];

/**
 * Words that show a header gives the chair in a form the reader did not take in (a table cell, a synonym,
 * prose): the check then does not call the chair missing.
 */
export const CHAIR_GIVEN_WORDS: readonly string[] = [
  ...CHAIR_CAPACITIES,
  'chaired',
  'presided',
  'presiding',
  'president',
  'facilitator',
  'facilitated',
  'convenor',
  'called by',
];

/** The same for the minute-taker ("Minutes taken by", "Clerk", "Scribe"). */
export const MINUTE_TAKER_GIVEN_WORDS: readonly string[] = [
  ...MINUTE_TAKER_CAPACITIES,
  'secretary',
  'clerk',
  'scribe',
  'recorder',
  'minuted by',
  'minutes taken by',
  'minutes recorded by',
  'minutes written by',
  'notes taken by',
  'notes recorded by',
  'notes written by',
];
/** The same, in brackets after a name ("Ann Lee (Minutes)", "Bo Hart (Secretary)"). */
export const MINUTE_TAKER_GIVEN_IN_BRACKETS: readonly string[] = [
  'minutes',
  'notes',
  'minute-taker',
  'secretary',
];

/** The same for the venue ("Location", "held online", "MS Teams", "Village Hall", "Council Chamber"). */
export const VENUE_GIVEN_WORDS: readonly string[] = [
  'venue',
  'location',
  'held at',
  'held in',
  'held via',
  'held on',
  'held remotely',
  'held online',
  'room',
  'zoom',
  'ms teams',
  'microsoft teams',
  'online',
  'virtual',
  'hall',
  'centre',
  'center',
  'campus',
  'office',
  'offices',
  'library',
  'headquarters',
  'chamber',
  'chambers',
  'via',
];

/** Header labels that stand bare (with no colon) only after a bullet ("• Minutes Ann Lee"). */
export const BARE_ONLY_AFTER_BULLET: readonly string[] = ['minutes'];

/** The stem of meeting words ("meet", "meeting", "meets"): a line that speaks of meeting is no task line. */
export const MEET_STEMS: readonly string[] = ['meet'];

/** What the status word may qualify to say the document's status ("Draft minutes", "Approved Minutes"). */
export const STATUS_OF_WORDS: readonly string[] = ['minutes'];
