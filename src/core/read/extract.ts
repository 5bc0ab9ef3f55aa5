import type { Action, ActionStatus, Decision } from '../model/action';
import type { Location } from '../model/location';
import type { SourceParagraph } from '../model/paragraph';
import { TAGS, refFromActionControlTitle } from '../port';
import { stripBullet } from './clean';
import { isDecision, isDecisionLabel, decisionText } from './decisions';
import { findDue } from './due';
import { findMarkedActions, lastSentence, rememberMarker, trimTask, type MarkerUse } from './markers';
import { isOwnerLike, splitOwnerColon, splitOwnerTask, splitTaskOwner } from './owner-phrase';
import type { OwnerResolver } from './owners';
import type { Piece } from './walk';
import { findSuggestion } from './suggestions';

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
// Sentences end at . ! ? or ; followed by a space (one forward scan, so it stays linear on any text).
const SENTENCE_BREAK = /[.!?;]\s+/g;
/**
 * A few scans per piece say which of the later, dearer steps can find anything in it: a marker word, a joining
 * word for suggestions ("to", "will", "would"), a decision word, or an owner in brackets before "to"/"will".
 * Most prose lacks some of them, and each step it skips is work saved. Marker and decision words share one scan
 * (they are rare, so it seldom stops); the joining words, common, are a test that stops at the first.
 */
const MARKER_OR_DECISION_WORD =
  /(action|AI\s*:)|resolved|agreed|approved|decision|decided|ratified|endorsed|adopted/gi;
const MAYBE_JOIN = /\s(?:to|will|would)\s/i;
const MAYBE_BRACKETED_OWNER = /\)\s+(?:to|will)\s/;
const MARKER_WORD = 1;
const JOINING_WORD = 2;
const DECISION_WORD = 4;
const BRACKETED_OWNER = 8;
const AGREED_THAT = /^(?:it was (?:also )?agreed that|agreed that)\s/i;
const DONE_STATUS = /(?:[-–—:(]\s*|\bstatus\s*:?\s*|\b)(?:completed?|closed|done|discharged)\s*\)?\.?$/i;
const IN_PROGRESS = /(?:[-–—:(]\s*|\bstatus\s*:?\s*)(?:in progress|ongoing|underway)\s*\)?\.?$/i;

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
    if (!statusText && status !== 'Open') task = task.replace(DONE_STATUS, '').replace(IN_PROGRESS, '');
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

  for (const piece of pieces) {
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
    const hits = found & MARKER_WORD ? findMarkedActions(text, resolves) : [];
    for (const hit of hits) {
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
    // Most paragraphs hold neither a decision nor a suggestion: skip the sentence split for them.
    const decisionWords = (found & DECISION_WORD) !== 0;
    const suggestible = (found & JOINING_WORD) !== 0 && !marked && !piece.rowHasAction;
    if (!decisionWords && !suggestible) {
      previous = piece;
      continue;
    }
    const body = text.length > 20000 ? text.slice(0, 20000) : text;
    for (const part of sentences(body)) {
      const sentence = stripBullet(part.trim());
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
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    found |= m[1] !== undefined ? MARKER_WORD : DECISION_WORD;
    if (found === (MARKER_WORD | DECISION_WORD)) break;
  }
  if (MAYBE_JOIN.test(text)) {
    found |= JOINING_WORD;
    if (text.includes(')') && MAYBE_BRACKETED_OWNER.test(text)) found |= BRACKETED_OWNER;
  }
  return found;
}

/** The text cut after each . ! ? or ; that a space follows (the mark stays with its sentence). */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m !== null; m = SENTENCE_BREAK.exec(text)) {
    out.push(text.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

function statusOf(text: string): ActionStatus {
  if (DONE_STATUS.test(text) && !/\bto\s+(?:complete|close)\s*\.?$/i.test(text)) return 'Done';
  if (IN_PROGRESS.test(text)) return 'In progress';
  return 'Open';
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
