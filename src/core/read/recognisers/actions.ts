import { findDue } from '../due';
import { stripBullet } from '../clean';
import { anyOf } from '../lexicon/build';
import {
  ACTION_POINT_PREFIXES,
  COLON_MARKERS,
  MARKER_WORDS,
  NO_ACTION_CELLS,
  NO_OWNER_CELLS,
  OWNED_ACTION_POINT_PREFIXES,
  OWNER_CELL_LABELS,
  PASSIVE_AFTER_JOIN,
  SHORT_OWNER_JOINS,
} from '../lexicon/markers';
import { TASK_NOTES } from '../lexicon/suggestions';
import { findMarkedActions, isMarkerAlone, lastSentence, trimTask } from '../markers';
import { sectionLineActions } from '../section-line';
import { isOwnerLike, splitOwnerTask, splitTaskOwner } from '../owner-phrase';
import { ownerAtEnd, withoutTags } from '../trailing-owner';
import type { FoundAction, Recogniser } from './types';

/** Marked actions: each recogniser reads one way of marking an action, and gives every action it marks. */

/** "ACTION: JS to …", "Action – JS", "[ACTION]", "AI:", "… the paper. Action JS": the marker grammar. */
export const actionMarker: Recogniser<FoundAction[]> = {
  id: 'action-marker',
  unit: 'paragraph',
  reason: 'marker',
  triggers: [...MARKER_WORDS, ...COLON_MARKERS.map((m) => `${m.word}:`)],
  recognise({ text }, { resolves }) {
    const hits = findMarkedActions(text, resolves);
    if (hits.length === 0) return null;
    return hits.map((hit) => {
      let task = hit.task;
      // "ACTION: JS – HP to circulate": the words may start with the owner again; a known one is dropped.
      if (task !== null && hit.owner) {
        const inner = splitOwnerTask(task, resolves);
        if (inner && resolves(inner.owner)) task = inner.task;
      }
      return {
        owner: hit.owner,
        task,
        due: hit.due,
        marker: { written: hit.marker, form: hit.form },
      };
    });
  },
  examples: [
    {
      given: 'ACTION: JS to circulate the paper.',
      gives: [{ owner: 'JS', task: 'circulate the paper', marker: { written: 'ACTION:', form: 'standard' } }],
    },
    {
      given: 'ACTION- HP to review the budget.',
      gives: [{ owner: 'HP', task: 'review the budget', marker: { written: 'ACTION-', form: 'dash' } }],
    },
    {
      given: 'AI: TJ to book the room.',
      gives: [{ owner: 'TJ', task: 'book the room', marker: { written: 'AI:', form: 'ai' } }],
    },
    {
      given: 'The Clerk will circulate the policy. Action: GC',
      gives: [
        {
          owner: 'GC',
          // "The Clerk" is an attendee: the owner's words before the task are dropped.
          task: 'circulate the policy',
          marker: { written: 'Action:', form: 'standard' },
        },
      ],
    },
    { given: 'Residents should report fraud to Action Fraud.', gives: null },
    { given: 'There was no further action.', gives: null },
  ],
};

/**
 * "Action Point" (or "ACTION:") alone on its line, a centred heading over the action: the next line is the
 * action, read as a line under an Actions label (refiner marker-alone-takes-next-line).
 */
export const markerAlone: Recogniser<{ marker: string }> = {
  id: 'marker-alone',
  unit: 'paragraph',
  reason: 'marker on the line before',
  triggers: MARKER_WORDS,
  recognise: ({ text }) => (isMarkerAlone(text) ? { marker: text.trim() } : null),
  examples: [
    { given: 'Action Point', gives: { marker: 'Action Point' } },
    { given: 'ACTION POINT –', gives: { marker: 'ACTION POINT –' } },
    { given: 'Action Fraud', gives: null },
  ],
};

/** The action on the line after a marker alone ("Clerk to book the hall"), or null when it reads as none. */
export function actionAfterMarkerLine(
  text: string,
  resolves: (owner: string) => boolean,
): FoundAction[] | null {
  return sectionLineActions(stripBullet(text), resolves);
}

// "TODO check the figures", "To do: book the hall": the note in capitals, or with a colon.
const TASK_NOTE = new RegExp(
  `^(?:${anyOf(TASK_NOTES.map((n) => n.toUpperCase()))}\\s*[:\\-–—]?|(?:${TASK_NOTES.map(
    (n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`,
  ).join('|')})\\s*:)\\s+(\\S.*)$`,
  'u',
);

/** "TODO check the figures", "To do: raffle prizes": a note to do something marks a task (its owner unsaid). */
export const taskNote: Recogniser<FoundAction[]> = {
  id: 'task-note',
  unit: 'paragraph',
  reason: 'a TODO note',
  triggers: TASK_NOTES,
  recognise({ text }, { resolves }) {
    const note = TASK_NOTE.exec(stripBullet(text));
    if (!note) return null;
    const words = note[1]!.trim();
    const split = splitOwnerTask(words, resolves);
    return [
      split ? { owner: split.owner, task: trimTask(split.task) } : { owner: null, task: trimTask(words) },
    ];
  },
  examples: [
    { given: 'TODO check the hall insurance', gives: [{ owner: null, task: 'check the hall insurance' }] },
    { given: '- To do: raffle prizes', gives: [{ owner: null, task: 'raffle prizes' }] },
    { given: 'Things to do at the fete were listed.', gives: null },
  ],
};

// "AP125 SL to …", "A3 – JS to …": the log's letters and figure (a dot or slash between figures) at the line start.
const ACTION_POINT = new RegExp(
  `^(?:(${anyOf(ACTION_POINT_PREFIXES)})|${anyOf(OWNED_ACTION_POINT_PREFIXES)})\\s?\\d{1,4}(?:[./]\\d{1,3})?[a-z]?\\s*[.:)\\-–—]?\\s+(\\S.*)$`,
);

const CAPITAL_A = 65;
const HYPHEN = 45;
const STAR = 42;

/**
 * "AP125 SL to ask the partners - ONGOING", "A3 – JS to book the room": an entry of an action log, marked by its
 * action-point reference; the words after it are read as a line under an Actions label.
 */
export const actionPointRef: Recogniser<FoundAction[]> = {
  id: 'action-point-ref',
  unit: 'paragraph',
  reason: 'an action-point reference',
  // A reference is letters and figures, no word: the first character is checked before the expression.
  triggers: [],
  recognise({ text }, { resolves }) {
    // Most lines start with neither the reference's capital nor a bullet: one character says so.
    const first = text.charCodeAt(0);
    if (first !== CAPITAL_A && first !== HYPHEN && first !== STAR && first < 128) return null;
    const line = first === CAPITAL_A ? text : stripBullet(text);
    if (line.charCodeAt(0) !== CAPITAL_A) return null;
    const ref = ACTION_POINT.exec(line.length > 4000 ? line.slice(0, 4000) : line);
    if (!ref) return null;
    const found = sectionLineActions(ref[2]!, resolves);
    if (!found) return null;
    return ref[1] !== undefined || found.every((f) => f.owner !== null) ? found : null;
  },
  examples: [
    {
      given: 'AP12 JS to ask the surgery about a notice board - ONGOING',
      gives: [{ owner: 'JS', task: 'ask the surgery about a notice board - ONGOING' }],
    },
    { given: 'A3 – TJ to book the room.', gives: [{ owner: 'TJ', task: 'book the room.' }] },
    {
      given: 'AP7 Put the minutes on the website',
      gives: [{ owner: null, task: 'Put the minutes on the website' }],
    },
    { given: 'A1 Apologies for absence', gives: null },
    { given: 'A4 paper was used for the posters.', gives: null },
  ],
};

// "… (RM) to provide an update": initials in brackets right before "to" mark the owner.
const JOIN = anyOf(SHORT_OWNER_JOINS);
const PAREN_OWNER = new RegExp(
  `\\(([A-Z]{2,5}(?:\\s*(?:[/,&]|and)\\s*[A-Z]{2,5})*)\\)\\s+${JOIN}\\s+([a-z].*)$`,
);

/** "The Finance Director (RM) to provide an update": the owner in brackets mid-sentence. */
export const ownerInBrackets: Recogniser<FoundAction[]> = {
  id: 'owner-in-brackets',
  unit: 'paragraph',
  reason: 'owner in brackets before "to"',
  triggers: SHORT_OWNER_JOINS.map((join) => `) ${join} `),
  recognise({ text }) {
    const paren = PAREN_OWNER.exec(text.length > 4000 ? text.slice(0, 4000) : text);
    return paren ? [{ owner: paren[1]!, task: firstClause(paren[2]!) }] : null;
  },
  examples: [
    {
      given: 'The Finance Director (RM) to provide an update on overtime.',
      gives: [{ owner: 'RM', task: 'provide an update on overtime.' }],
    },
    { given: 'The report (see annex) was noted.', gives: null },
  ],
};

/**
 * "… the roof still leaks. <em>Clerk</em>", "… leaks. *Clerk*", "… a volunteer is needed. / All": an owner set
 * apart at the end of the paragraph, where a right-hand owner column was kept in the text (trailing-owner.ts).
 */
export const ownerSetApartAtEnd: Recogniser<FoundAction[]> = {
  id: 'owner-set-apart-at-end',
  unit: 'paragraph',
  reason: 'an owner set apart at the end of the paragraph (an owner column)',
  // Marks, not words: the paragraph's last characters are checked before the expression.
  triggers: [],
  recognise({ text }) {
    const found = ownerAtEnd(text);
    return found ? [{ owner: found.owner, task: trimTask(found.task) }] : null;
  },
  examples: [
    {
      given: 'The fence by the play area is damaged and will be repaired. <em>Cllr. R. Price</em></p>',
      gives: [
        { owner: 'Cllr. R. Price', task: 'The fence by the play area is damaged and will be repaired' },
      ],
    },
    {
      given: 'Members were asked to suggest venues for the summer fair. *ALL*',
      gives: [{ owner: 'ALL', task: 'Members were asked to suggest venues for the summer fair' }],
    },
    {
      given: 'The minutes were approved. A volunteer for the audit panel will be needed. / All',
      gives: [{ owner: 'All', task: 'A volunteer for the audit panel will be needed' }],
    },
    { given: 'Bank statement dated 1 May, balance £1,200. <em>Noted</em>', gives: null },
    { given: 'The survey was sent to residents in the north and/or south ward.', gives: null },
  ],
};

/**
 * "JS to circulate the paper", "Leo: add alerts", "Book the room – TJ", "Everyone: Read the brief. Try the
 * demo.", "Week 3: Choose the venue": a line under an "Actions" heading (section-line.ts reads its forms).
 */
export const actionInSection: Recogniser<FoundAction[]> = {
  id: 'action-in-section',
  unit: 'paragraph',
  reason: 'line under an Actions heading',
  triggers: [],
  recognise({ text, inActionSection, sectionOwner, sectionDue }, { resolves }) {
    if (!inActionSection) return null;
    const found = sectionLineActions(stripBullet(text), resolves);
    // "Things I want to do:": the label's owner owns the lines that name none; "Plan for next week:" dates them.
    if (found && sectionOwner) for (const f of found) f.owner ??= sectionOwner;
    if (found && sectionDue)
      for (const f of found) if (!f.due && !findDue(f.task ?? text, null, null)) f.due = sectionDue;
    return found;
  },
  examples: [
    {
      given: '- JS to circulate the paper',
      under: 'actions',
      gives: [{ owner: 'JS', task: 'circulate the paper' }],
    },
    { given: 'Book the room – TJ', under: 'actions', gives: [{ owner: 'TJ', task: 'Book the room' }] },
    { given: 'JS to circulate the paper', gives: null },
    {
      given: 'Everyone: Read the brief. Try the demo.',
      under: 'actions',
      gives: [
        { owner: 'Everyone', task: 'Read the brief.' },
        { owner: 'Everyone', task: 'Try the demo.' },
      ],
    },
    {
      given: 'By week 3: Choose the venue.',
      under: 'actions',
      gives: [{ owner: null, task: 'Choose the venue.', due: 'By week 3' }],
    },
    {
      given: 'Each member drafts two stories. Someone collates them.',
      under: 'actions',
      gives: [
        { owner: 'Each member', task: 'Each member drafts two stories.' },
        { owner: 'Someone', task: 'Someone collates them.' },
      ],
    },
    { given: 'Fundraising', under: 'actions', gives: [{ owner: null, task: 'Fundraising' }] },
  ],
};

const OWNER_CELL_LABEL = new RegExp(`^${anyOf(OWNER_CELL_LABELS)}\\s*[:\\-–—]?\\s*`, 'i');
const NO_OWNER = new RegExp(`^${anyOf(NO_OWNER_CELLS)}$`, 'i');
const NO_ACTION = new RegExp(`^${anyOf(NO_ACTION_CELLS)}\\.?$`, 'i');
const PASSIVE = new RegExp(`^${anyOf(PASSIVE_AFTER_JOIN)}\\s`, 'i');
// Markdown code marks round a placeholder ("`Not yet entered`").
const CODE_MARKS = /^`+|`+$/g;

/** A row of a table with an Action / Lead / Owner column: the action by its columns. */
export const actionColumn: Recogniser<FoundAction[]> = {
  id: 'action-column',
  unit: 'row',
  reason: 'action column',
  triggers: [],
  recognise({ column }) {
    if (!column) return null;
    const found = readColumns(column);
    return found ? [{ ...found, due: column.due, status: column.status }] : null;
  },
  examples: [
    {
      given: { owner: 'JS', task: 'Circulate the paper', due: '30 June' },
      gives: [{ owner: 'JS', task: 'Circulate the paper', due: '30 June', status: '' }],
    },
    { given: { owner: 'n/a', task: 'Noted' }, gives: null },
    {
      given: { owner: null, task: '<p>Priya will be sent the hall keys</p>' },
      gives: [{ owner: null, task: 'Priya will be sent the hall keys', due: '', status: '' }],
    },
    { given: { owner: null, task: '`Not yet entered`' }, gives: null },
  ],
};

function readColumns(
  col: NonNullable<Parameters<typeof actionColumn.recognise>[0]['column']>,
): FoundAction | null {
  if (col.owner) {
    const owner = col.owner.replace(OWNER_CELL_LABEL, '').trim();
    if (!owner || NO_OWNER.test(owner)) return null;
    if (!isOwnerLike(owner) && owner.length > 40) return splitOwnerTask(owner);
    return { owner, task: col.task ? lastSentence(col.task) || col.task : '' };
  }
  const task = withoutTags(col.task).trim().replace(CODE_MARKS, '');
  if (!task || NO_ACTION.test(task)) return null;
  if (isOwnerLike(task) && task.split(/\s+/).length <= 4) return { owner: task, task: '' };
  const forward = splitOwnerTask(stripBullet(task));
  // "Fiona will be issued a key": the person named is the one the work is for; the cell names no owner.
  if (forward && PASSIVE.test(forward.task)) return { owner: null, task };
  return forward ?? splitTaskOwner(stripBullet(task)) ?? { owner: null, task };
}

function firstClause(text: string): string {
  const m = /^(.*?[.!?])(?=\s|$)/.exec(text);
  return (m ? m[1]! : text).trim();
}
