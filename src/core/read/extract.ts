import type { Action, ActionStatus, Decision } from '../model/action';
import type { Location } from '../model/location';
import type { SourceParagraph } from '../model/paragraph';
import { TAGS, refFromActionControlTitle } from '../port';
import { stripBullet } from './clean';
import { isDecision, isDecisionLabel, decisionText } from './decisions';
import { findDue } from './due';
import {
  findMarkedActions,
  lastSentence,
  rememberMarker,
  trimTask,
  type MarkerHit,
  type MarkerUse,
} from './markers';
import { isOwnerLike, splitOwnerColon, splitOwnerTask, splitTaskOwner } from './owner-phrase';
import type { OwnerResolver } from './owners';
import type { Piece } from './walk';
import { findSuggestion, JOINING_WORD_ANYWHERE } from './suggestions';
import { sentences, sentencesHolding } from './sentences';
import { statusOf, withoutStatus } from './status';

/**
 * Pass two: actions, suggestions and decisions from the body text, now that the attendees are known.
 * Per piece: marked actions first (any marker, anywhere in the paragraph); then, sentence by sentence, decisions
 * and (only where the piece had no marker) suggestions whose owner resolves to an attendee.
 */
export interface Dates {
  meetingDate: string | null;
  nextMeetingDate: string | null;
}

// "… (RM) to provide an update": initials in brackets right before "to" mark the owner.
const PAREN_OWNER = /\(([A-Z]{2,5}(?:\s*(?:[/,&]|and)\s*[A-Z]{2,5})*)\)\s+(?:to|will)\s+([a-z].*)$/;
/**
 * A scan per piece says which of the later, dearer steps can find anything in it: a marker word, a decision
 * word, or an owner in brackets before "to"/"will". Most prose has none of them, and each step it skips is work
 * saved. Marker and decision words share one scan (they are rare, so it seldom stops). Every marker and decision
 * form the later steps read starts a word, so words inside others ("satisfaction") are not looked at.
 * Suggestions need a joining word ("to", "will", "would"): sentencesHolding looks for it, cutting out only the
 * sentences that have one.
 */
const MARKER_OR_DECISION_WORD =
  /\b(?:action|AI\s*:|resolved|agreed|approved|decision|decided|ratified|endorsed|adopted)/gi;
const NO_HITS: readonly MarkerHit[] = [];
const MAYBE_BRACKETED_OWNER = /\)\s+(?:to|will)\s/;
const MARKER_WORD = 1;
const DECISION_WORD = 2;
const BRACKETED_OWNER = 4;
const AGREED_THAT = /^(?:it was (?:also )?agreed that|agreed that)\s/i;

export function extract(
  pieces: readonly Piece[],
  resolve: OwnerResolver,
  dates: Dates,
  locate: (p: SourceParagraph) => Location,
): { actions: Action[]; decisions: Decision[] } {
  const actions: Action[] = [];
  const decisions: Decision[] = [];
  let previous: Piece | null = null;
  const resolves = (owner: string) => resolve(owner).length > 0;
  let pendingDecision = false;
  // One list for every piece's sentences (refilled each time, never kept).
  const sentenceList: string[] = [];

  const add = (
    piece: Piece,
    owner: string | null,
    taskWritten: string,
    marked: boolean,
    dueText = '',
    statusText = '',
    marker: MarkerUse | null = null,
  ) => {
    const found = findDue(dueText || taskWritten, dates.meetingDate, dates.nextMeetingDate);
    let task = taskWritten;
    if (found && !dueText) task = removeDue(taskWritten, found.index, found.length);
    const status: ActionStatus = statusOf(statusText || taskWritten);
    if (!statusText && status !== 'Open') task = withoutStatus(task);
    const cleanOwner = (owner ?? '').trim().replace(/[\s.,;:\-–—]+$/, '');
    const control = piece.paragraph.contentControl;
    const ref =
      control && control.tag === TAGS.action ? refFromActionControlTitle(control.title ?? '') : null;
    const action: Action = {
      ref,
      item: piece.item,
      text: trimTask(task),
      owner: cleanOwner ? cleanOwner : null,
      owners: cleanOwner ? resolve(cleanOwner) : [],
      due: found?.due ?? (dueText.trim() || null),
      dueDate: found?.dueDate ?? null,
      status,
      marked,
      location: locate(piece.paragraph),
    };
    actions.push(action);
    if (marked) rememberMarker(action, marker);
  };

  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    if (piece.column) {
      readColumnAction(piece, add);
      continue;
    }
    const text = piece.text;
    if (pendingDecision) {
      decisions.push({ item: piece.item, text: decisionText(text), location: locate(piece.paragraph) });
      pendingDecision = false;
      previous = piece;
      continue;
    }
    if (isDecisionLabel(text)) {
      pendingDecision = true;
      continue;
    }
    const found = triage(text);
    const hits = found & MARKER_WORD ? findMarkedActions(text, resolves) : NO_HITS;
    for (let h = 0; h < hits.length; h += 1) {
      const hit = hits[h]!;
      let task = hit.task;
      if (task === null) task = previous && previous.item === piece.item ? lastSentence(previous.text) : '';
      const inner = hit.task === null || hit.owner ? splitOwnerTask(task, resolves) : null;
      if (inner && hit.owner && resolve(inner.owner).length > 0) task = inner.task;
      add(piece, hit.owner, task, true, hit.due ?? '', '', { marker: hit.marker, form: hit.form });
    }
    let marked = hits.length > 0;
    if (!marked && found & BRACKETED_OWNER) {
      const paren = PAREN_OWNER.exec(text.length > 4000 ? text.slice(0, 4000) : text);
      if (paren) {
        add(piece, paren[1]!, firstClause(paren[2]!), true);
        marked = true;
      }
    }
    if (!marked && piece.inActionSection) {
      const line = stripBullet(text);
      const split = splitOwnerTask(line, resolves) ?? splitOwnerColon(line) ?? splitTaskOwner(line);
      if (split) {
        add(piece, split.owner, split.task, true);
        marked = true;
      } else if (line.length > 3 && !isOwnerLike(line)) {
        add(piece, null, line, true);
        marked = true;
      }
    }
    let decided = false;
    // A marked piece, or a row whose action column is filled, holds no suggestion: without decision words it is done.
    const decisionWords = (found & DECISION_WORD) !== 0;
    const suggestible = !marked && !piece.rowHasAction;
    if (!decisionWords && !suggestible) {
      previous = piece;
      continue;
    }
    const body = text.length > 20000 ? text.slice(0, 20000) : text;
    // Without decision words only sentences with a joining word can hold a suggestion: only they are cut out.
    const parts = decisionWords
      ? sentences(body, sentenceList)
      : sentencesHolding(body, JOINING_WORD_ANYWHERE, sentenceList);
    for (let k = 0; k < parts.length; k += 1) {
      const sentence = stripBullet(parts[k]!.trim());
      if (!sentence) continue;
      const agreedAction =
        suggestible && decisionWords && AGREED_THAT.test(sentence) ? findSuggestion(sentence, resolve) : null;
      if (agreedAction) {
        add(piece, agreedAction.owner, agreedAction.task, false);
        continue;
      }
      if (decisionWords && isDecision(sentence, resolves)) {
        if (!decided)
          decisions.push({
            item: piece.item,
            text: decisionText(sentence),
            location: locate(piece.paragraph),
          });
        decided = true;
        continue;
      }
      if (!suggestible) continue;
      const suggestion = findSuggestion(sentence, resolve);
      if (suggestion) add(piece, suggestion.owner, suggestion.task, false);
    }
    previous = piece;
  }
  return { actions, decisions };
}

type Add = (
  piece: Piece,
  owner: string | null,
  task: string,
  marked: boolean,
  due?: string,
  status?: string,
) => void;

/** A row of a table with an Action / Lead / Owner column. */
function readColumnAction(piece: Piece, add: Add): void {
  const col = piece.column!;
  if (col.owner) {
    const owner = col.owner.replace(/^(?:action|lead|owner)\s*[:\-–—]?\s*/i, '').trim();
    if (!owner || /^(?:n\/a|none|nil|-|–|—|all noted|noted|note|info|for information)$/i.test(owner)) return;
    if (!isOwnerLike(owner) && owner.length > 40) {
      const split = splitOwnerTask(owner);
      if (split) add(piece, split.owner, split.task, true, col.due, col.status);
      return;
    }
    const task = col.task ? lastSentence(col.task) || col.task : '';
    add(piece, owner, task, true, col.due, col.status);
    return;
  }
  const task = col.task.trim();
  if (!task || /^(?:n\/a|none|nil|-|–|—|noted|note|no action|no actions)\.?$/i.test(task)) return;
  if (isOwnerLike(task) && task.split(/\s+/).length <= 4) {
    add(piece, task, '', true, col.due, col.status);
    return;
  }
  const split = splitOwnerTask(stripBullet(task)) ?? splitTaskOwner(stripBullet(task));
  if (split) add(piece, split.owner, split.task, true, col.due, col.status);
  else add(piece, null, task, true, col.due, col.status);
}

/** Which steps can find anything in the text (see MARKER_OR_DECISION_WORD). */
function triage(text: string): number {
  let found = 0;
  const words = MARKER_OR_DECISION_WORD;
  words.lastIndex = 0;
  // test() rather than exec(): no match objects; the word's last letters tell a marker from a decision word.
  while (words.test(text)) {
    const end = words.lastIndex;
    found |= text.charCodeAt(end - 1) === 58 || endsWithAction(text, end) ? MARKER_WORD : DECISION_WORD;
    if (found === (MARKER_WORD | DECISION_WORD)) break;
  }
  if (text.includes(')') && MAYBE_BRACKETED_OWNER.test(text)) found |= BRACKETED_OWNER;
  return found;
}

const ACTION_LETTERS = 'action';

/** Whether the text just before `end` is "action" in any case. */
function endsWithAction(text: string, end: number): boolean {
  if (end < ACTION_LETTERS.length) return false;
  for (let i = 0; i < ACTION_LETTERS.length; i += 1) {
    const c = text.charCodeAt(end - ACTION_LETTERS.length + i) | 0x20;
    if (c !== ACTION_LETTERS.charCodeAt(i)) return false;
  }
  return true;
}

/** Drops a due phrase from the action's words when it closes them ("… by 30 September", "(due 1 May)"). */
function removeDue(task: string, index: number, length: number): string {
  const after = task.slice(index + length).trim();
  if (after.replace(/[.)\s]+/g, '') !== '') return task;
  return task
    .slice(0, index)
    .replace(/[\s,;:\-–—(]+$/, '')
    .replace(/\s+(?:for|by|on|before|at|in|within|due)$/i, '')
    .trim();
}

function firstClause(text: string): string {
  const m = /^(.*?[.!?])(?=\s|$)/.exec(text);
  return (m ? m[1]! : text).trim();
}
