import type { AttendanceStatus } from '../../model/attendee';
import { anyOf } from './build';

/**
 * The attendance vocabulary: every word the reader and the pane's paste use to tell people, roles and labels
 * apart. Lists are lower case unless case matters; patterns are built from them below, never written by hand
 * elsewhere, so a new synonym is one line here.
 */

/** Courtesy, academic and church titles before a name ("Dr Jane Smith"): part of the written name, never of its initials. */
export const HONORIFICS: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'cllr',
  'councillor',
  'county councillor',
  'county cllr',
  'district councillor',
  'district cllr',
  'sir',
  'dame',
  'rev',
  'revd',
  'reverend',
  'lord',
  'lady',
  'canon',
];

/**
 * Police ranks before a name ("PC Ada Lowe", "DCI Raj Ghosh"): kept with the name like an honorific, never in
 * initials. "DI" is left out: "Di" is a first name.
 */
export const RANKS: readonly string[] = [
  'pc',
  'pcso',
  'dc',
  'ds',
  'sgt',
  'dci',
  'insp',
  'supt',
  'dsupt',
  'ch supt',
  'det supt',
];

/**
 * Roles written as abbreviations ("DCC", "PCC"): owners are written this way, so before a name ("ACC Omar
 * Vance") they are read as the person's capacity, not their name.
 */
export const ROLE_ABBREVIATIONS: readonly string[] = [
  'pcc',
  'dpcc',
  'cc',
  'dcc',
  'acc',
  'opcc',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'hr',
  'it',
  'ict',
  'vp',
];

/** Words role titles are made of ("Chief Finance Officer", "Head of Governance"): a line starting with them names a role first. */
export const ROLE_WORDS: readonly string[] = [
  'chief',
  'deputy',
  'assistant',
  'acting',
  'interim',
  'head',
  'director',
  'executive',
  'chair',
  'chairman',
  'chairperson',
  'vice',
  'commissioner',
  'constable',
  'superintendent',
  'inspector',
  'sergeant',
  'officer',
  'manager',
  'clerk',
  'secretary',
  'treasurer',
  'governor',
  'trustee',
  'member',
  'lead',
  'principal',
  'headteacher',
  'head teacher',
  'finance',
  'policy',
  'senior',
  'non-executive',
  'independent',
  'co-opted',
  'parent',
  'staff',
  'local',
  'associate',
  'medical',
  'nursing',
  'operating',
  'registrar',
  'dean',
  'provost',
  'vice-chancellor',
  'pro-vice-chancellor',
  'councillor',
  'mayor',
  'leader',
  'portfolio',
  'cabinet',
  'team',
  'project',
  'programme',
  'intern',
  'administrator',
  'coordinator',
  'co-ordinator',
  'advisor',
  'adviser',
  'consultant',
  'representative',
  'observer',
  'minute',
  'note',
  'company',
  'general',
  'president',
  'vice-president',
  'solicitor',
  ...ROLE_ABBREVIATIONS,
];

/** Last words of an organisation written as a capacity ("Ann Lee, Fenshire Council"): a capacity, never a second person. */
export const ORGANISATION_WORDS: readonly string[] = [
  'council',
  'police',
  'constabulary',
  'force',
  'trust',
  'authority',
  'service',
  'services',
  'nhs',
  'university',
  'college',
  'school',
  'academy',
  'partnership',
  'network',
  'office',
  'department',
  'agency',
  'association',
  'society',
  'foundation',
  'group',
  'ltd',
  'limited',
  'plc',
  'llp',
  'co',
  'inc',
  'corp',
  'telecom',
  'energy',
  'housing',
  'homes',
  'solutions',
  'systems',
  'consulting',
  // Bodies a member sits on ("Member of the Audit & Risk Committee"): the capacity, never a second person.
  'committee',
  'board',
  'panel',
  'forum',
];

/**
 * Plural titles before a list of people ("Councillors Ann Lee, Bo Hart and Cy Dunn"): each person named after
 * one has the title; it is never part of the first name.
 */
export const PLURAL_HONORIFICS: readonly string[] = [
  'councillors',
  'cllrs',
  'county councillors',
  'county cllrs',
  'district councillors',
  'messrs',
  'drs',
  // A group word before the people of the group ("Members Ann Lee, Bo Hart").
  'members',
];

/** Small words inside a role title ("Head of Finance", "Police and Crime Commissioner"): neither name nor role. */
export const ROLE_CONNECTORS: readonly string[] = ['and', 'of', 'for', 'the', '&'];

/** Lower-case parts of a name ("Anna van der Berg", "Omar bin Said"): part of the name, not of its initials. */
export const NAME_PARTICLES: readonly string[] = [
  'van',
  'von',
  'de',
  'den',
  'der',
  'des',
  'da',
  'das',
  'di',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'le',
  'la',
  'ter',
  'ten',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'ap',
  'y',
];

/** Labels that start an attendance list ("Present:", "Apologies –"), each with the status of the people below it. */
export const ATTENDANCE_LABELS: ReadonlyArray<readonly [label: string, status: AttendanceStatus]> = [
  ['present', 'present'],
  ['attendance', 'present'],
  ['attendees', 'present'],
  ['attending members', 'present'],
  ['members', 'present'],
  ['members present', 'present'],
  ['those present', 'present'],
  ['governors present', 'present'],
  ['trustees present', 'present'],
  ['directors present', 'present'],
  ['councillors present', 'present'],
  ['board members', 'present'],
  ['board members present', 'present'],
  ['committee members', 'present'],
  ['committee members present', 'present'],
  ['voting members', 'present'],
  ['participants', 'present'],
  ['attended by', 'present'],
  ['attending', 'present'],
  ['council', 'present'],
  ['roll call', 'present'],
  ['in the chair', 'present'],
  ['who was there', 'present'],
  ['in attendance', 'in attendance'],
  ['also in attendance', 'in attendance'],
  ['also present', 'in attendance'],
  ['also attending', 'in attendance'],
  ['officers', 'in attendance'],
  ['officers present', 'in attendance'],
  ['officers in attendance', 'in attendance'],
  ['guest', 'in attendance'],
  ['guests', 'in attendance'],
  ['observer', 'in attendance'],
  ['observers', 'in attendance'],
  ['by invitation', 'in attendance'],
  ['observing', 'in attendance'],
  ['apologies', 'apologies'],
  ['apologies for absence', 'apologies'],
  ['apologies received', 'apologies'],
  ['apologies for absence received', 'apologies'],
  ['apologies from', 'apologies'],
  ['apologies received from', 'apologies'],
  ['apologies for absence from', 'apologies'],
  ['apologies for absence received from', 'apologies'],
  ['apologies were received from', 'apologies'],
  ['regrets', 'apologies'],
  ['absent', 'absent'],
  ['not present', 'absent'],
  ['absent without apologies', 'absent'],
];

/** Words that say how someone attended, never part of a name ("Ann Lee present", "Bo Hart online"). */
export const ATTENDANCE_WORDS: readonly string[] = [
  'present',
  'absent',
  'apologies',
  'attending',
  'online',
  'remotely',
  'observing',
  'also',
];

/** What may follow the word apologies in a sentence ("Apologies for absence were received from …"). */
export const APOLOGIES_REASONS: readonly string[] = ['for absence'];

/** Verbs of an apologies sentence ("Apologies were received from …", "Ann Lee sent apologies"). */
export const APOLOGIES_VERBS: readonly string[] = [
  'received',
  'noted',
  'given',
  'gave',
  'sent',
  'submitted',
  'accepted',
  'tendered',
  'offered',
];

/** Words after a list of people that say they were there ("Priya, Tom & Wen present"). */
export const PRESENT_AFTER_WORDS: readonly string[] = ['present', 'in attendance', 'attended'];

/** Short answers in an attendance table's status column ("Y", "Apols", "DNA"). */
export const STATUS_CELL_WORDS: ReadonlyArray<readonly [word: string, status: AttendanceStatus]> = [
  ['y', 'present'],
  ['yes', 'present'],
  ['✓', 'present'],
  ['x', 'present'],
  ['attended', 'present'],
  ['apol', 'apologies'],
  ['apols', 'apologies'],
  ['sent apologies', 'apologies'],
  ['n', 'absent'],
  ['no', 'absent'],
  ['did not attend', 'absent'],
  ['dna', 'absent'],
];

/** Header cells of a pasted or read attendance table ("Name: | Capacity:"): a row of only these is a header. */
export const HEADER_WORDS: readonly string[] = [
  'name',
  'names',
  'attendee',
  'attendees',
  'member',
  'members',
  'capacity',
  'role',
  'title',
  'position',
  'organisation',
  'organization',
  'initials',
  'status',
  'attendance',
];

/** Groups that are never one person ("ALL", "Everyone"): an owner may be one, an attendee never. */
export const NEVER_A_PERSON: readonly string[] = [
  'all',
  'everyone',
  'everybody',
  'all members',
  'all present',
  'all attendees',
  'all staff',
  'all officers',
  'all governors',
  'all trustees',
  'all councillors',
  'all directors',
  'the committee',
  'the board',
  'the panel',
  'members of the public',
  'group',
  'the group',
  'the team',
];

/** Words of item titles ("3. Matters Arising", "1. Welcome"): a numbered line holding one is an item, not a person. */
export const AGENDA_WORDS: readonly string[] = [
  'welcome',
  'introduction',
  'introductions',
  'minutes',
  'matters',
  'arising',
  'declarations',
  'declaration',
  'interest',
  'interests',
  'report',
  'reports',
  'business',
  'update',
  'updates',
  'review',
  'any',
  'other',
  'date',
  'next',
  'meeting',
  'budget',
  'close',
  'closing',
  'correspondence',
  'items',
  'agenda',
  'aob',
  'questions',
  'finance',
  'finances',
  'accounts',
  'planning',
];

/** Words of a first item about who is there ("Welcome and introductions"): unlabelled people under it attend. */
export const OPENING_ITEM_WORDS: readonly string[] = [
  'welcome',
  'welcomes',
  'introduction',
  'introductions',
  'attendance',
  'present',
  'apologies',
  'opening',
];

/** "5 May Meeting with Eddie and Dave": words before the people a meeting was held with. */
export const MEETING_WITH_WORDS: readonly string[] = [
  'meeting with',
  'call with',
  'catch-up with',
  'catch up with',
  'session with',
  'supervision with',
];

/** Days of the week (kept with the months, lexicon/dates.ts): never a name in a list of names. */
export { WEEKDAYS } from './dates';

/** Words of a line that divides an attendance list ("Attended online:", "Voting members:"); the list goes on under it. */
export const ATTENDANCE_SUBLABEL_WORDS: readonly string[] = [
  'attended',
  'attending',
  'in person',
  'online',
  'remote',
  'remotely',
  'virtually',
  'vote',
  'voting',
  'non-voting',
  'proxy',
  'proxies',
  'observing',
];

/** Entries that say nobody ("Apologies: None"): an empty list, not a person. */
export const NO_ONE: readonly string[] = [
  'none',
  'nil',
  'n/a',
  'none received',
  'no apologies',
  'no apologies received',
];

/** One expression matching any phrase of `list` as the whole text; case-insensitive unless `flags` say otherwise. */
export function wholePhrase(list: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`^${anyOf(list)}$`, flags);
}

/**
 * Lower-case words that may stand before "meeting with" in a line that lists who was met ("our weekly team
 * meeting with …", "1st meeting with …"): anything else in lower case there makes the line prose.
 */
export const BEFORE_MEETING_WITH: readonly string[] = [
  'the',
  'our',
  'a',
  'weekly',
  'team',
  'st',
  'nd',
  'rd',
  'th',
];

/** Prepositions a capacity's initialism leaves out besides the role connectors ("Secretary to the Board" → SB). */
export const INITIALISM_MINOR_WORDS: readonly string[] = ['to', 'in', 'on'];
