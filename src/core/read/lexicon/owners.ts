/**
 * What an owner looks like in writing (owner-phrase.ts) and how several are joined. The words that say
 * "everyone" ("ALL", "All members") are attendance vocabulary: see owners.ts and people.ts.
 */

/** Small words inside an owner that are neither name nor role ("Head of Finance", "JI/CP"). */
export const OWNER_CONNECTORS: readonly string[] = [
  'and',
  '&',
  '/',
  'of',
  'the',
  'for',
  'to',
  '+',
  'de',
  'van',
  'von',
  'da',
  'le',
  'la',
  'du',
  '-',
  '–',
];

/** How joint owners are joined ("HP and GC", "JI/CP", "HP & GC", "HP, GC", "HP + GC"). */
export const JOINT_OWNER_CONNECTORS: readonly string[] = ['and', '&', '/', ',', '+'];

/**
 * The collective owners an owner phrase accepts before any other test, exactly as written (case as given: "All"
 * alone is read as a capitalised word anyway).
 */
export const EVERYONE_AS_WRITTEN: readonly string[] = ['all', 'ALL', 'All members', 'everyone', 'Everyone'];

/** Labels that put the owner after the work ("… the policy. Owner: JS", "Lead: AB", "By: CD"). */
export const OWNER_LABELS_AFTER_TASK: readonly string[] = ['owner', 'lead', 'by'];

/**
 * Owners that mean everyone present ("ALL", "All members", "the group"): the action is the meeting's, so the
 * owner rules accept it and the resolver gives every attendee present. A leading "the" is allowed on each.
 */
export const COLLECTIVE_OWNERS: readonly string[] = [
  'all',
  'everyone',
  'everybody',
  'all of us',
  'all members',
  'all attendees',
  'all present',
  'all governors',
  'all trustees',
  'all directors',
  'all councillors',
  'all staff',
  'all board members',
  'all committee members',
  'all team members',
  'group',
  'whole group',
  'team',
  'whole team',
  'committee',
  'whole committee',
  'board',
  'whole board',
  'meeting',
  'members',
  'attendees',
  'us',
];

/**
 * The note-takers themselves as the ones given work ("Our supervisor asked us to tidy the code", "For us to
 * advise"): an owner that means the group writing the notes.
 */
export const FIRST_PERSON_OWNERS: readonly string[] = ['us'];

/** Words that name an organisation rather than a person: an owner written so is outside the meeting. */
export const OUTSIDE_BODY_WORDS: readonly string[] = [
  'ltd',
  'limited',
  'plc',
  'llp',
  'inc',
  'council',
  'contractor',
  'contractors',
  'consultant',
  'consultants',
  'consultancy',
  'company',
  'agency',
  'authority',
  'department',
  'ministry',
  'home office',
  'government',
  'supplier',
  'suppliers',
  'vendor',
  'vendors',
  'provider',
  'providers',
  'partner',
  'partners',
  'partnership',
  'services',
  'solicitors',
  'auditors',
  'insurer',
  'insurers',
];

/**
 * Words that start an action's words, not an owner ("ACTION: Circulate minutes to members"; "Action: Agreed to
 * move the printer", a decision written behind the marker).
 */
export const NOT_OWNER_FIRST_WORDS: readonly string[] = [
  'add',
  'agree',
  'agreed',
  'amend',
  'arrange',
  'ask',
  'book',
  'bring',
  'chase',
  'check',
  'circulate',
  'complete',
  'confirm',
  'consider',
  'contact',
  'continue',
  'create',
  'develop',
  'discuss',
  'draft',
  'email',
  'ensure',
  'explore',
  'feed',
  'find',
  'follow',
  'identify',
  'include',
  'inform',
  'investigate',
  'invite',
  'issue',
  'liaise',
  'look',
  'meet',
  'obtain',
  'organise',
  'organize',
  'prepare',
  'present',
  'produce',
  'progress',
  'provide',
  'publish',
  'raise',
  'report',
  'request',
  'research',
  'review',
  'schedule',
  'seek',
  'send',
  'set',
  'share',
  'speak',
  'submit',
  'take',
  'update',
  'upload',
  'write',
  'no',
  'none',
  'nil',
  'see',
  'refer',
  'note',
  'it',
  'this',
  'there',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
  'our',
  'all actions',
  'action',
  'try',
  'need',
  'want',
  'start',
  'begin',
  'aim',
  'remember',
  'make',
  'get',
  'use',
  'fix',
  'finish',
  'implement',
  'test',
  'build',
  'cite',
  'show',
  'explain',
  'document',
  'collect',
];

/** Labels before a colon that name a kind of note, never an owner ("Question: …", "Keyword: …"). */
export const LABELS_NOT_OWNERS: readonly string[] = [
  'question',
  'questions',
  'keyword',
  'keywords',
  'note',
  'notes',
  'update',
  'updates',
  'answer',
  'comment',
  'comments',
  'idea',
  'ideas',
  'result',
  'results',
  'example',
  'status',
  'goal',
  'goals',
  'objective',
  'summary',
  'issue',
  'problem',
  'decision',
  'outcome',
  'context',
  'background',
  'reminder',
  'benchmark',
  'generally',
  'overall',
  'agenda',
  'topic',
  'decided',
  'resolved',
  'noted',
  'part',
  'phase',
  'stage',
];

/**
 * Role titles that own prose actions even where the attendance list does not name them ("Clerk to write to
 * the owner", "The Director of Finance would liaise with the auditors"): the first word of the owner.
 */
export const ROLE_OWNER_HEADS: readonly string[] = [
  'clerk',
  'chair',
  'chairman',
  'chairperson',
  'vice-chair',
  'vice chair',
  'secretary',
  'treasurer',
  'president',
  'director',
  'head',
  'headteacher',
  'principal',
  'manager',
  'officer',
  'mayor',
  'leader',
  'coordinator',
  'co-ordinator',
  'administrator',
  'rfo',
  'chief',
  // "Staff was directed to …", "Staff will report back": how US council minutes name the officers.
  'staff',
];

/** Last words of a team that owns prose actions ("The Project Management Team will send …", "Ken and team"). */
export const TEAM_OWNER_TAILS: readonly string[] = ['team', 'working group', 'task force', 'task group'];

/** Words between a person and their team in an owner ("Ken and his team", "Ken and the team"). */
export const TEAM_OWNER_LINKS: readonly string[] = ['the', 'his', 'her', 'their'];

/** Words after "X to" that are no verb ("Clerk to the Council", "a note from the Chair to all members"). */
export const NOT_A_TASK_VERB: readonly string[] = [
  'the',
  'a',
  'an',
  'all',
  'be',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
  'him',
  'them',
  'me',
  'us',
  'each',
  'any',
  'some',
  'every',
  'date',
];

/**
 * Openings of a line under an Actions label that make it a note, not a task: an example ("E.g. …"), or a
 * need or wish of the whole group ("We need …", "Maybe we can …"), which has no owner to do it.
 */
export const NOT_TASK_OPENINGS: readonly string[] = [
  'e.g.',
  'eg',
  'i.e.',
  'ie',
  'we',
  'maybe we',
  'perhaps we',
  'they',
  'it',
  'this',
  'there',
];

/**
 * Subjects that name the people who act without naming one ("Each member creates …", "Someone completes …"):
 * under an Actions label the sentence is an action, owned by them as written.
 */
export const GROUP_SUBJECTS: readonly string[] = [
  'each member',
  'every member',
  'each team member',
  'individual members',
  'members',
  'all members',
  'team members',
  'everyone',
  'everybody',
  'someone',
  'the team',
  'the group',
  'each of us',
];

/** Words that alone are never an owner ("It", "Members"). */
export const PRONOUNS: readonly string[] = [
  'it',
  'this',
  'that',
  'there',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
  'these',
  'those',
  'which',
  'who',
  'what',
  'members',
  'everyone',
];

/** Words that join an owner to the work in a marked action ("X to …", "X will …", "X agreed to …"). */
export const OWNER_JOINS: readonly string[] = [
  'to',
  'will',
  'should',
  'must',
  'agreed to',
  'has agreed to',
  'have agreed to',
  'is to',
  'are to',
  'undertook to',
  'offered to',
  'was asked to',
  'were asked to',
  'would',
  'can',
  'is going to',
  'are going to',
  'committed to',
];
