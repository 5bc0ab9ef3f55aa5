import { HTML_TAG } from '../attendance/entry';
import type { RowUnit } from './blocks';
import { anyOf } from './lexicon/build';
import { NO_OWNER_CELLS, OWNER_EMPHASIS_TAGS } from './lexicon/markers';
import { isOwnerLike } from './owner-phrase';
import { sentencesHolding } from './sentences';
import { JOINING_WORD_ANYWHERE } from './suggestions';

/**
 * An owner set apart at the end of what was recorded, where minutes keep a right-hand owner column: the last
 * cell of a row without a header row ("The hall roof still leaks. | Clerk"; a line of plain text cut at its tab
 * runs is such a row), the owner emphasised at the end of the paragraph ("… leaks. <em>Clerk</em>", "… leaks.
 * *Clerk*"), or after the slash a flattened table leaves between its columns ("… leaks. / All"). The words may
 * still carry the markup they were pasted with ("<em>Clerk</em></p>").
 */

const NO_OWNER = new RegExp(`^${anyOf(NO_OWNER_CELLS)}$`, 'i');
const SENTENCE_END = /[.!?]["'’”)]?$/;
const WORD_GAP = /\s+/;
const WORD_GAPS = /\s+/g;

/** The text without HTML tags (pasted markup is no words of the minutes); most text has none and is returned as it is. */
export function withoutTags(text: string): string {
  return text.indexOf('<') < 0 ? text : text.replace(HTML_TAG, ' ').replace(WORD_GAPS, ' ').trim();
}

/** The words of a cell or an emphasis as an owner as written ("Cllr. H. Gwynne", "ALL"), or null. */
export function ownerSetApart(text: string): string | null {
  const owner = withoutTags(text)
    .replace(/[.,;:]+$/, '')
    .trim();
  if (owner.length > 60 || !/^\p{Lu}/u.test(owner) || NO_OWNER.test(owner)) return null;
  return owner.split(WORD_GAP).length <= 6 && isOwnerLike(owner) ? owner : null;
}

export interface TrailingOwnerCell {
  owner: string;
  /** The cell holding the owner, and the filled cell before it: the sentence the owner owns. */
  ownerCell: number;
  taskCell: number;
}

/** A row whose last filled cell names an owner and whose cell before it is a sentence: that owner's action. */
export function trailingOwnerCell(row: RowUnit): TrailingOwnerCell | null {
  const cells = row.cells;
  let ownerCell = cells.length - 1;
  while (ownerCell > 0 && !cells[ownerCell]!.text) ownerCell -= 1;
  let taskCell = ownerCell - 1;
  while (taskCell >= 0 && !cells[taskCell]!.text) taskCell -= 1;
  if (taskCell < 0) return null;
  const task = withoutTags(cells[taskCell]!.text);
  // A sentence of some length: a name, a date or a figure in the cell before is a list, not an action.
  if (task.length < 25 || !SENTENCE_END.test(task) || task.split(WORD_GAP).length < 5) return null;
  const owner = ownerSetApart(cells[ownerCell]!.text);
  return owner ? { owner, ownerCell, taskCell } : null;
}

/**
 * The sentence of a cell the owner beside it owns: the last that joins someone to work ("The Return to be
 * signed …", "… would send a letter"), not a thanks or a report after it; the cell as it is when none does.
 */
export function ownedSentence(cell: string): string {
  const found = sentencesHolding(cell, JOINING_WORD_ANYWHERE);
  return found.length > 0 ? found[found.length - 1]!.trim() : cell;
}

// "… leaks. <em>Clerk</em></p>", "… leaks. *Clerk*", "… leaks. / All": the owner after the paragraph's last
// sentence, emphasised or after a slash, with closing tags after it.
const OWNER_AT_END = new RegExp(
  String.raw`^(.*[.!?]["'’”)]?)\s*(?:<(${anyOf(OWNER_EMPHASIS_TAGS)})>([^<>]{1,60})<\/\2>|\*([^*\s][^*]{0,59})\*|_([^_\s][^_]{0,59})_|\/\s+([^/<>]{1,40}))\s*(?:<\/[a-z]+>\s*)*$`,
  'is',
);

const GT = 62;
const STAR = 42;
const UNDERSCORE = 95;

/** A paragraph that ends with an owner set apart: the owner and the sentence of the paragraph it owns. */
export function ownerAtEnd(text: string): { owner: string; task: string } | null {
  // Most paragraphs end with a letter or a full stop: one character says there is nothing to read (the text is
  // cleaned, so it ends with no space).
  const last = text.charCodeAt(text.length - 1);
  if (last !== GT && last !== STAR && last !== UNDERSCORE) {
    // "… / All" ends with the owner's letter; a full stop, a bracket or a figure ends no such owner.
    const letter = ((last | 32) >= 97 && (last | 32) <= 122) || last > 127;
    if (!letter || text.indexOf(' / ', text.length - 45) < 0) return null;
  }
  const tail = text.length > 2000 ? text.slice(-2000) : text;
  const m = OWNER_AT_END.exec(tail);
  if (!m) return null;
  const owner = ownerSetApart(m[3] ?? m[4] ?? m[5] ?? m[6]!);
  if (!owner || (m[6] !== undefined && owner.split(WORD_GAP).length > 4)) return null;
  return { owner, task: withoutTags(ownedSentence(m[1]!)) };
}
