import type { MarkerForm } from '../model/trace';
import { cleanText } from './clean';
import { anyOf, caseForms, literal } from './lexicon/build';
import { DUE_AFTER_OWNER } from './lexicon/due';
import {
  ACTION_REFERENCE_PREFIXES,
  COLON_MARKERS,
  MARKER_LOOK_ALIKES,
  MARKER_NEGATORS,
  MARKER_QUALIFIERS,
  MARKER_WORDS,
  NO_ACTION_AFTER_MARKER,
} from './lexicon/markers';
import { isOwnerLike, splitOwnerDash, splitOwnerTask, splitTaskOwner, splitOwnerColon } from './owner-phrase';

/**
 * Action markers inside one paragraph. The grammar:
 *   MARKER  := "[ACTION]" | "AI:" | ACTION-WORD [POINT|ITEM|REQUIRED|AGREED|BY|OWNER] SEPARATOR
 *   SEPARATOR := ":" | "-" | "–" | "—" | nothing (then an owner must follow)
 *   after the marker:  OWNER (to|will|…) TASK        → a forward action
 *                   |  TASK (– OWNER | (OWNER))      → the owner at the end
 *                   |  OWNER alone                   → the owner of the sentence before (or the paragraph before)
 *                   |  TASK                          → an action without an owner (only with punctuation)
 * Look-alikes are refused: "Action Fraud", "action plan", "actioned", "no further action", "An action arose …",
 * "Action 12/22 …" (a reference to an existing action).
 */
export interface MarkerHit {
  owner: string | null;
  /** The action's words; null when the owner stands alone and the words are in the paragraph before. */
  task: string | null;
  /** The marker as written ("ACTION:", "ACTION-", "Action –", "[ACTION]", "AI:", "Action DCC"). */
  marker: string;
  form: MarkerForm;
  /** A due written after an owner who stands alone ("Action: Clerk – by 1 May"). */
  due?: string;
}

/**
 * Which form of the grammar a marker takes. `standard` is the house standard `ACTION:` (any case); the check
 * (action-marker-nonstandard) asks for it in place of every other form, so both read markers one way.
 *   standard  "ACTION:"            dash      "ACTION-", "Action –"      qualified "Action point:", "ACTION REQUIRED –"
 *   bracket   "[ACTION]"           ai        "AI:"
 *   bare      "Action DCC to …"    trailing  "… the paper. Action JS" (the owner after the action's words)
 */
export type { MarkerForm };

/** "ACTION", "ACTIONS", "Action", "Actions", "action": the marker word as minutes write it. */
const WORD_FORMS = MARKER_WORDS.flatMap((w) => {
  const [upper, capitalised, lower] = caseForms(w);
  return [`${upper}S?`, `${capitalised}s?`, lower];
}).join('|');
// "ACTION POINT", "Action Point", "Action point": the qualifier in capitals, capitalised or lower case.
const QUALIFIER_FORMS = MARKER_QUALIFIERS.flatMap((w) => caseForms(w).map(literal)).join('|');
const BRACKET_FORMS = MARKER_WORDS.flatMap((w) => caseForms(w).map(literal)).join('|');
const COLON_FORMS = COLON_MARKERS.map((m) => `\\b${literal(m.word)}\\s*:`).join('|');

const MARKER = new RegExp(
  `(\\[\\s*(?:${BRACKET_FORMS})S?\\s*\\]|${COLON_FORMS}|(?:^|(?<=[\\s(.;:]))(?:${WORD_FORMS})(?:\\s+(?:${QUALIFIER_FORMS}))?(?![\\p{L}\\d]))(\\s*[:\\-–—]+\\s*|\\s+|\\s*$)`,
  'gu',
);

/**
 * A cheap test first, built from the same words: most paragraphs hold no marker at all. Exported so the reader's
 * own pre-filters and the tests use this one.
 */
export const MAYBE_MARKER = new RegExp(
  `${anyOf(MARKER_WORDS)}|${COLON_MARKERS.map((m) => `${literal(m.word)}\\s*:`).join('|')}`,
  'i',
);

/** A colon marker as the reader captured it ("AI:", "AI :"), with its form. */
function colonMarkerForm(word: string): MarkerForm | null {
  for (let i = 0; i < COLON_MARKERS.length; i += 1)
    if (word.startsWith(COLON_MARKERS[i]!.word)) return COLON_MARKERS[i]!.form;
  return null;
}

// Words after a bare "Action" that make it a name, not a marker; a figure or "#" makes it a reference.
const LOOK_ALIKE = new RegExp(`^(?:${anyOf(MARKER_LOOK_ALIKES)}|\\d|#)\\b`, 'i');
const OWNER_THEN_DUE = new RegExp(
  `^([^,;:–—-]{1,60}?)\\s*(?:[-–—,]\\s*|\\s+)(${anyOf(DUE_AFTER_OWNER).replace(/ /g, '\\s+')}\\s+\\S.{0,60})$`,
  'i',
);
const REFERENCE = new RegExp(`^(?:${anyOf(ACTION_REFERENCE_PREFIXES)}\\s*)?(?:\\d|[A-Z]{1,3}\\d)`);
const NEGATED = new RegExp(`\\b${anyOf(MARKER_NEGATORS)}\\s+$`, 'i');
const NO_ACTION = new RegExp(`^${anyOf(NO_ACTION_AFTER_MARKER)}\\b`, 'i');
const SENTENCE_START = /(?:^|[.!?;:)]\s*|\(\s*)$/;

// "Action Point", "ACTION:", "Actions –" alone on a line: the action is the next line.
const MARKER_ALONE = new RegExp(`^(?:${WORD_FORMS})(?:\\s+(?:${QUALIFIER_FORMS}))?\\s*[:\\-–—]?\\s*$`, 'u');

/** A line that holds only a marker ("Action Point", "ACTION:"), whose action is written on the next line. */
export function isMarkerAlone(text: string): boolean {
  return text.length <= 30 && MARKER_ALONE.test(text.trim());
}

/** Every marked action written in one paragraph, in order. */
export function findMarkedActions(
  text: string,
  resolves: (owner: string) => boolean = () => false,
): MarkerHit[] {
  const hits: MarkerHit[] = [];
  if (!MAYBE_MARKER.test(text)) return hits;
  const matches: { start: number; end: number; marker: string; punct: boolean; form: MarkerForm }[] = [];
  // "TRUST BOARD ACTION TRACKING LIST": in a line all in capitals, a bare ACTION after other words is a title's
  // or a column's word, not a marker.
  const capitalsLine =
    text.length <= 200 && text === text.toUpperCase() && /[A-Z]{2,}\s+[A-Z]{2,}/.test(text);
  MARKER.lastIndex = 0;
  // Bounded: a paragraph of nothing but "Action Action …" must not cost more than a normal one.
  let seen = 0;
  for (let m = MARKER.exec(text); m !== null && seen < 400; m = MARKER.exec(text), seen += 1) {
    const word = m[1]!;
    const sep = m[2] ?? '';
    const colonForm = colonMarkerForm(word);
    const punct = /[:\-–—]/.test(sep) || word.startsWith('[') || colonForm !== null;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const end = m.index + m[0].length;
    const tail = text.length - end <= 60 ? text.slice(end) : '';
    if (!acceptMarker(word, punct, before) && !trailingOwner(tail, word, punct, resolves)) continue;
    if (capitalsLine && !punct && text.slice(0, m.index).trim() !== '') continue;
    const marker = punct ? text.slice(m.index, end).trim() : word;
    matches.push({ start: m.index, end, marker, punct, form: formOf(word, sep, punct, colonForm) });
    if (matches.length > 50) break;
  }
  for (let i = 0; i < matches.length; i += 1) {
    const m = matches[i]!;
    const stop = matches[i + 1]?.start ?? text.length;
    const rest = text.slice(m.end, stop).trim();
    const before = text.slice(0, m.start).trim();
    const hit = readAfterMarker(rest, m.punct, m.marker, m.form, before, resolves);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** A marker as written and its form, one per marked action the reader takes from the paragraph, in order. */
export interface MarkerUse {
  marker: string;
  form: MarkerForm;
}

/**
 * The markers of the marked actions the reader finds in a paragraph's raw text, in the order it reads them
 * (the n-th marked action it takes from the paragraph used the n-th). Pass the same resolver the reader had
 * (createOwnerResolver over the minutes' attendees): a trailing "Action <name>" counts only for a known person.
 */
export function actionMarkersIn(
  paragraphText: string,
  resolves: (owner: string) => boolean = () => false,
): MarkerUse[] {
  return findMarkedActions(cleanText(paragraphText), resolves).map(({ marker, form }) => ({ marker, form }));
}

function formOf(word: string, sep: string, punct: boolean, colonForm: MarkerForm | null): MarkerForm {
  if (word.startsWith('[')) return 'bracket';
  if (colonForm !== null) return colonForm;
  if (!punct) return 'bare';
  if (/\s/.test(word)) return 'qualified';
  return sep.trim().startsWith(':') ? 'standard' : 'dash';
}

/** A bare marker is named with the owner that follows it ("Action DCC"), as a reader would point to it. */
function bareHit(hit: MarkerHit, rest: string, trailing: boolean): MarkerHit {
  const owner = hit.owner ?? '';
  const named = owner !== '' && rest.startsWith(owner) ? `${hit.marker} ${owner}` : hit.marker;
  return { ...hit, marker: named, form: trailing ? 'trailing' : 'bare' };
}

function acceptMarker(word: string, punct: boolean, before: string): boolean {
  if (word.startsWith('[') || colonMarkerForm(word) !== null) return true;
  if (NEGATED.test(before)) return false;
  const lower = word === word.toLowerCase();
  const atStart = SENTENCE_START.test(before) || before.length === 0;
  if (lower) return punct && before.trim().length === 0;
  if (word === word.toUpperCase()) return true;
  // "Action" capitalised: at a sentence start, or with punctuation, or at the end ("… governors. Action JS").
  return atStart || punct;
}

// "… should be shared with the committee Action LC": a capitalised Action mid-sentence counts only when what
// follows, to the end of the paragraph, is an owner who resolves to an attendee.
const CAPITALISED_MARKERS = new Set(MARKER_WORDS.map((w) => caseForms(w)[1]));
function trailingOwner(
  after: string,
  word: string,
  punct: boolean,
  resolves: (owner: string) => boolean,
): boolean {
  if (punct || !CAPITALISED_MARKERS.has(word)) return false;
  const owner = after.trim().replace(/[.]+$/, '');
  return owner.length > 0 && owner.split(/\s+/).length <= 3 && isOwnerLike(owner) && resolves(owner);
}

function readAfterMarker(
  rest: string,
  punct: boolean,
  marker: string,
  form: MarkerForm,
  before: string,
  resolves: (owner: string) => boolean,
): MarkerHit | null {
  const hit = readAfter(rest, punct, marker, form, before, resolves);
  if (hit === null || form !== 'bare') return hit;
  // The owner alone after a bare marker, with the action's words before it: the marker trails the action.
  return bareHit(hit, rest.replace(/^[\s:\-–—]+/, ''), before !== '' && isTrailing(hit, rest));
}

/** "ACTION the DCC to review …": "the" before a named owner and a joining word is no look-alike. */
function theOwnerTo(clean: string): boolean {
  return /^the\s+[A-Z]/.test(clean) && splitOwnerTask(firstSentence(clean)) !== null;
}

function isTrailing(hit: MarkerHit, rest: string): boolean {
  const owner = hit.owner ?? '';
  return owner !== '' && /^[\s.;,]*$/.test(rest.replace(/^[\s:\-–—]+/, '').slice(owner.length));
}

function readAfter(
  rest: string,
  punct: boolean,
  marker: string,
  form: MarkerForm,
  before: string,
  resolves: (owner: string) => boolean,
): MarkerHit | null {
  const clean = rest.replace(/^[\s:\-–—]+/, '');
  if (!clean) return null;
  if (REFERENCE.test(clean)) return null;
  if (!punct && LOOK_ALIKE.test(clean) && !theOwnerTo(clean)) return null;
  if (punct && NO_ACTION.test(clean)) return null;
  // "ACTION (TA): book the test": the owner in brackets right after the marker.
  const bracketed = /^\(([^()]{1,40})\)\s*[:\-–—]?\s*(\S.*)$/.exec(clean);
  if (bracketed && isOwnerLike(bracketed[1]!)) {
    return { owner: bracketed[1]!.trim(), task: trimTask(firstSentence(bracketed[2]!)), marker, form };
  }
  const sentence = firstSentence(clean);
  const forward = splitOwnerTask(sentence, resolves);
  if (forward) return { owner: forward.owner, task: trimTask(forward.task), marker, form };
  const colon = splitOwnerColon(sentence);
  if (colon) return { owner: colon.owner, task: trimTask(colon.task), marker, form };
  // "Action: Clerk – by 1 May": the owner alone, then when; the words are in the sentence before.
  const ownerDue = OWNER_THEN_DUE.exec(sentence.replace(/[.;]+$/, '').trim());
  if (ownerDue && isOwnerLike(ownerDue[1]!) && ownerDue[1]!.split(/\s+/).length <= 5) {
    const task = before ? trimTask(lastSentence(before)) || null : null;
    return { owner: ownerDue[1]!.trim(), task, marker, form, due: ownerDue[2]!.trim() };
  }
  const ownerAlone = sentence.replace(/[.;]+$/, '').trim();
  if (isOwnerLike(ownerAlone) && ownerAlone.split(/\s+/).length <= 5) {
    return { owner: ownerAlone, task: before ? trimTask(lastSentence(before)) || null : null, marker, form };
  }
  // "ACTION: Fletcher - Follow up the portal setup": the owner, a dash, then the words.
  const dash = punct ? splitOwnerDash(sentence) : null;
  if (dash) return { owner: dash.owner, task: trimTask(dash.task), marker, form };
  const backward = splitTaskOwner(sentence);
  if (backward && punct) return { owner: backward.owner, task: trimTask(backward.task), marker, form };
  if (!punct) return null;
  return { owner: null, task: trimTask(sentence), marker, form };
}

/** The first sentence: up to a full stop followed by a capital, or the whole text. */
export function firstSentence(text: string): string {
  const m = /[.!?](?=\s+[A-Z"'(])/.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  return m ? text.slice(0, m.index + 1).trim() : text.trim();
}

/** The last sentence of a text. */
export function lastSentence(text: string): string {
  const tail = text.length > 2000 ? text.slice(-2000) : text;
  const trimmed = tail.replace(/[\s.]+$/, '');
  const re = /[.!?]\s+(?=[A-Z"'(])/g;
  let start = 0;
  for (let m = re.exec(trimmed); m !== null; m = re.exec(trimmed)) start = m.index + m[0].length;
  return trimmed.slice(start).trim();
}

/** An action's words without a leading "to" and without the closing full stop. */
export function trimTask(task: string): string {
  return task
    .replace(/^to\s+/i, '')
    .replace(/[\s.]+$/, '')
    .trim();
}
