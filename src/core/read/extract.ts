import type { Action, ActionStatus, Decision } from '../model/action';
import type { Location } from '../model/location';
import type { SourceParagraph } from '../model/paragraph';
import type { TraceEntry } from '../model/trace';
import { TAGS, refFromActionControlTitle } from '../port';
import { stripBullet } from './clean';
import { decisionText } from './decisions';
import { findDue } from './due';
import { anyOf } from './lexicon/build';
import { DANGLING_BEFORE_DUE } from './lexicon/due';
import { IN_PROGRESS_WORDS } from './lexicon/status';
import { trimTask } from './markers';
import type { OwnerResolver } from './owners';
import { READ_PRE_FILTER } from './read-filter';
import {
  ACTION_RECOGNISERS,
  SENTENCE_RECOGNISERS,
  actionColumn,
  actionAfterMarkerLine,
  decisionColumn,
  decisionLabel,
  markerAlone,
  ownerColonUnderLabel,
  saysNoDecision,
  suggestion,
  type FoundAction,
  type Recogniser,
  type RecogniserContext,
} from './recognisers';
import {
  decisionLabelTakesNextLine,
  markerAloneTakesNextLine,
  ownerAloneTakesSentenceBefore,
} from './refiners';
import { JOINING_WORD_ANYWHERE, OWNER_BEFORE_JOIN } from './suggestions';
import { sentences, sentencesHolding } from './sentences';
import { statusOf, withoutStatus } from './status';
import type { Piece } from './walk';

/**
 * Pass two: actions, suggestions and decisions from the body text, now that the attendees are known. A small
 * reducer over the pieces: each piece goes to the recognisers in the order recognisers/index.ts gives (the
 * pre-filter, built from their triggers, skips those that cannot find anything), and the refiners join what
 * spans two pieces (a decision label and its next line, an owner alone and the sentence before).
 */
export interface Dates {
  meetingDate: string | null;
  nextMeetingDate: string | null;
}

export interface Extracted {
  actions: Action[];
  decisions: Decision[];
  /** Beside actions and decisions, index for index: which recogniser read each, from which paragraphs. */
  actionTrace: TraceEntry[];
  decisionTrace: TraceEntry[];
}

/** The pre-filter for paragraphs, from every recogniser's triggers (the suggestion's: sentencesHolding). */
export const PIECE_PRE_FILTER = READ_PRE_FILTER;
const PRE_FILTER = PIECE_PRE_FILTER;
const LABEL_BIT = PRE_FILTER.bit(decisionLabel);
const MARKER_BIT = PRE_FILTER.bit(markerAlone);
/** Sentence recognisers other than the suggestion: when one may find something, every sentence is cut. */
const SENTENCE_WORD_BITS = SENTENCE_RECOGNISERS.filter((r) => r !== suggestion).reduce(
  (bits, r) => bits | PRE_FILTER.bit(r),
  0,
);

/**
 * The recognisers as the loops call them: objects of one shape with their bit looked up once, so the property
 * reads stay fast (the recognisers themselves are object literals of many shapes), as walk.ts's steps do.
 */
interface Step<Result> {
  readonly id: string;
  readonly bit: number;
  readonly suggests: boolean;
  readonly recognise: Recogniser<Result>['recognise'];
}

function steps<Result>(recognisers: readonly Recogniser<Result>[]): readonly Step<Result>[] {
  return recognisers.map((r) => ({
    id: r.id,
    bit: PRE_FILTER.bit(r),
    suggests: r.suggests === true,
    recognise: r.recognise,
  }));
}

const ACTION_STEPS = steps<FoundAction[]>(ACTION_RECOGNISERS);
const SENTENCE_STEPS = steps<FoundAction | { text: string }>(SENTENCE_RECOGNISERS);
/** Sentence recognisers with a test of the whole paragraph (inParagraph), and their bits. */
const PARAGRAPH_TESTS = SENTENCE_RECOGNISERS.flatMap((r) =>
  r.inParagraph ? [{ bit: PRE_FILTER.bit(r), test: r.inParagraph }] : [],
);

/** The pre-filter's bits, less those of sentence recognisers whose paragraph test says they can find nothing. */
function withParagraphTests(found: number, text: string, inTable: boolean): number {
  let bits = found;
  for (let t = 0; t < PARAGRAPH_TESTS.length; t += 1) {
    const { bit, test } = PARAGRAPH_TESTS[t]!;
    if ((bits & bit) !== 0 && !test(text, inTable)) bits &= ~bit;
  }
  return bits;
}
const PROGRESS_NOT_DUE = new RegExp(`^${anyOf(IN_PROGRESS_WORDS)}$`, 'i');
const DANGLING = new RegExp(`\\s+${anyOf(DANGLING_BEFORE_DUE)}$`, 'i');

/** The reducer's state between pieces. */
interface ExtractState {
  /** The last piece read as text (for an owner standing alone on the next line). */
  previous: Piece | null;
  /** A decision label was read: the next piece is its decision. */
  pendingLabel: Piece | null;
  /** A marker alone on its line was read: the next piece is its action. */
  pendingMarker: Piece | null;
  /** The decision label whose list of people given tasks ("- Priya: Book the hall") runs to this piece. */
  assignedUnder: Piece | null;
}

export function extract(
  pieces: readonly Piece[],
  resolve: OwnerResolver,
  dates: Dates,
  locate: (p: SourceParagraph) => Location,
): Extracted {
  const out: Extracted = { actions: [], decisions: [], actionTrace: [], decisionTrace: [] };
  const context: RecogniserContext = { resolve, resolves: (owner) => resolve(owner).length > 0 };
  const state: ExtractState = {
    previous: null,
    pendingLabel: null,
    pendingMarker: null,
    assignedUnder: null,
  };
  // One list for every piece's sentences (refilled each time, never kept).
  const sentenceList: string[] = [];

  const add = (piece: Piece, found: FoundAction, marked: boolean, trace: TraceEntry) => {
    const dueText = found.due ?? '';
    const statusText = found.status ?? '';
    const taskWritten = found.task ?? '';
    const written = findDue(dueText || taskWritten, dates.meetingDate, dates.nextMeetingDate);
    // "… was still ongoing", "… - ONGOING": in the action's own words a word of progress is its status, not a due.
    const due = written && !dueText && PROGRESS_NOT_DUE.test(written.due ?? '') ? null : written;
    let task = taskWritten;
    if (due && !dueText) task = removeDue(taskWritten, due.index, due.length);
    const status: ActionStatus = statusOf(statusText || taskWritten);
    if (!statusText && status !== 'Open') task = withoutStatus(task);
    const cleanOwner = (found.owner ?? '').trim().replace(/[\s.,;:\-–—]+$/, '');
    const control = piece.paragraph.contentControl;
    const ref =
      control && control.tag === TAGS.action ? refFromActionControlTitle(control.title ?? '') : null;
    out.actions.push({
      ref,
      item: piece.item,
      text: trimTask(task),
      owner: cleanOwner ? cleanOwner : null,
      owners: cleanOwner ? resolve(cleanOwner) : [],
      due: due?.due ?? (dueText.trim() || null),
      dueDate: due?.dueDate ?? null,
      status,
      marked,
      location: locate(piece.paragraph),
    });
    out.actionTrace.push(trace);
  };
  const addDecision = (piece: Piece, text: string, trace: TraceEntry) => {
    out.decisions.push({ item: piece.item, text, location: locate(piece.paragraph) });
    out.decisionTrace.push(trace);
  };

  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    const at = piece.paragraph.index;
    if (piece.column) {
      const found = actionColumn.recognise(piece, context) ?? [];
      for (const f of found) add(piece, f, true, entry(actionColumn.id, [at]));
      continue;
    }
    const text = piece.text;
    // "RESOLVED" then "- Priya: Book the hall": a person given a task under the label is a marked action, not its
    // decision, and so is each such line after it.
    const label = state.pendingLabel ?? state.assignedUnder;
    state.assignedUnder = null;
    if (label && label.item === piece.item) {
      const assigned = ownerColonUnderLabel.recognise(
        { text, inActionSection: false, underDecisionLabel: true },
        context,
      );
      if (assigned) {
        for (const hit of assigned)
          add(piece, hit, true, entry(ownerColonUnderLabel.id, [label.paragraph.index, at]));
        state.pendingLabel = null;
        state.assignedUnder = label;
        state.previous = piece;
        continue;
      }
    }
    if (state.pendingLabel) {
      const label = state.pendingLabel;
      state.pendingLabel = null;
      state.previous = piece;
      // "RESOLVED" then "- (none)": the label had no decision under it.
      if (saysNoDecision(stripBullet(text.trim()))) continue;
      addDecision(
        piece,
        decisionText(text),
        entry(decisionLabel.id, [label.paragraph.index, at], [decisionLabelTakesNextLine.id]),
      );
      continue;
    }
    if (state.pendingMarker) {
      const marker = state.pendingMarker;
      state.pendingMarker = null;
      const hits = actionAfterMarkerLine(text, context.resolves);
      if (hits) {
        for (const hit of hits)
          add(
            piece,
            hit,
            true,
            entry(markerAlone.id, [marker.paragraph.index, at], [markerAloneTakesNextLine.id]),
          );
        state.previous = piece;
        continue;
      }
    }
    // A piece that is its whole line was scanned in pass one.
    const found = withParagraphTests(
      piece.mask ?? PRE_FILTER.scan(text),
      text,
      piece.paragraph.table !== null,
    );
    // A decision column's cell is its own decision: never a label or a marker waiting for the next piece.
    const decisionCell = piece.decision !== undefined;
    if (!decisionCell && found & LABEL_BIT && decisionLabel.recognise(piece, context)) {
      state.pendingLabel = piece;
      continue;
    }
    if (!decisionCell && found & MARKER_BIT && markerAlone.recognise(piece, context)) {
      state.pendingMarker = piece;
      continue;
    }
    // The first action recogniser that finds any action wins the piece.
    let marked = false;
    for (let r = 0; r < ACTION_STEPS.length; r += 1) {
      const recogniser = ACTION_STEPS[r]!;
      const bit = recogniser.bit;
      if (bit !== 0 && (found & bit) === 0) continue;
      const hits = recogniser.recognise(piece, context);
      if (hits === null) continue;
      for (const hit of hits) {
        const refined = ownerAloneTakesSentenceBefore.refine(hit, piece, state.previous, context.resolves);
        if (refined.from) dropSuggestionsOf(out, refined.from.paragraph.index);
        const paragraphs = refined.from ? [refined.from.paragraph.index, at] : [at];
        const refiners = hit.task === null ? [ownerAloneTakesSentenceBefore.id] : [];
        add(piece, refined.found, true, entry(recogniser.id, paragraphs, refiners, hit.marker));
      }
      marked = true;
      break;
    }
    // Unless it marked an action, a decision column's cell is a decision, or nothing ("Lapsed", "None").
    if (decisionCell && !marked) {
      const hit = decisionColumn.recognise(piece, context);
      if (hit) addDecision(piece, hit.text, entry(decisionColumn.id, [at]));
      state.previous = piece;
      continue;
    }
    // A marked piece, or a row whose action column is filled, holds no suggestion: without decision words it is done.
    const sentenceWords = (found & SENTENCE_WORD_BITS) !== 0;
    const suggestible = !marked && !piece.rowHasAction;
    state.previous = piece;
    if (!sentenceWords && !suggestible) continue;
    const body = text.length > 20000 ? text.slice(0, 20000) : text;
    // Without decision words only the suggestion can find anything, and only in a sentence with an owner right
    // before its join; a sentence is part of the paragraph, so a paragraph without one is not cut at all.
    if (!sentenceWords && !OWNER_BEFORE_JOIN.test(body)) continue;
    // Without decision words only sentences with a joining word can hold a suggestion: only they are cut out.
    const parts = sentenceWords
      ? sentences(body, sentenceList)
      : sentencesHolding(body, JOINING_WORD_ANYWHERE, sentenceList);
    let decided = false;
    for (let k = 0; k < parts.length; k += 1) {
      const sentence = stripBullet(parts[k]!.trim());
      if (!sentence) continue;
      const input = {
        text: sentence,
        inActionSection: piece.inActionSection,
        inTable: piece.paragraph.table !== null,
      };
      for (let r = 0; r < SENTENCE_STEPS.length; r += 1) {
        const recogniser = SENTENCE_STEPS[r]!;
        if (recogniser.suggests && !suggestible) continue;
        const bit = recogniser.bit;
        if (bit !== 0 && (found & bit) === 0) continue;
        const hit = recogniser.recognise(input, context);
        if (hit === null) continue;
        if ('owner' in hit) add(piece, hit, false, entry(recogniser.id, [at]));
        else if (!decided) {
          addDecision(piece, hit.text, entry(recogniser.id, [at]));
          decided = true;
        }
        break;
      }
    }
  }
  return out;
}

/**
 * "Members asked for a note on costs. / Action: Head of Finance": the owner's line made the sentence a marked
 * action, so what was suggested from that paragraph (its last suggestions, still at the end) goes.
 */
function dropSuggestionsOf(out: Extracted, paragraph: number): void {
  for (;;) {
    const last = out.actionTrace.length - 1;
    if (last < 0 || out.actions[last]!.marked) return;
    const from = out.actionTrace[last]!.paragraphs;
    if (from.length !== 1 || from[0] !== paragraph) return;
    out.actions.pop();
    out.actionTrace.pop();
  }
}

function entry(
  recogniser: string,
  paragraphs: number[],
  refiners: string[] = [],
  marker?: FoundAction['marker'],
): TraceEntry {
  return marker ? { recogniser, paragraphs, refiners, marker } : { recogniser, paragraphs, refiners };
}

/** Drops a due phrase from the action's words when it closes them ("… by 30 September", "(due 1 May)"). */
function removeDue(task: string, index: number, length: number): string {
  const after = task.slice(index + length).trim();
  if (after.replace(/[.)\s]+/g, '') !== '') return task;
  return task
    .slice(0, index)
    .replace(/[\s,;:\-–—(]+$/, '')
    .replace(DANGLING, '')
    .trim();
}
