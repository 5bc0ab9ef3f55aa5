/**
 * Planning an in-place update of the header block (`minutebook:header`): a title paragraph and "Label: value"
 * lines. Pure; the Word and memory ports carry the plan out paragraph by paragraph.
 *
 * The promises, as for the tables: a line is rewritten only while it still holds exactly what the add-in last
 * wrote (its fingerprint, kept in `StoredMeeting.blocksWritten` under the header's tag as one table of
 * [label, fingerprint of the whole line] rows); a line that differs from both is a conflict (the form's value
 * beside the document's), left alone unless the user chose the form's; a line the user added is never touched;
 * a field the form gained gets a new line in its place; a field the form lost goes only if its line is untouched.
 * Only the value is rewritten (found by Word's search inside its paragraph), so the bold label stays as it is.
 */
import type { Meeting } from '../model/meeting';
import type { HeaderUpdate } from '../port';
import { HEADER_FIELD_LABELS, headerLines } from './header-block';
import { cellFingerprint } from './summary-update';
import { normaliseTypedText } from './xml-text';
import { searchForWhole } from './search-escape';

export const TITLE_LABEL = 'Title';

/** The header as the pane would write it now: the title, then each field set, in the block's order. */
export function wantedHeaderLines(meeting: Meeting): [label: string, value: string][] {
  return [
    [TITLE_LABEL, normaliseTypedText(meeting.title)],
    ...headerLines(meeting).map(([l, v]): [string, string] => [l, normaliseTypedText(v)]),
  ];
}

/** The paragraph text a line has as the add-in writes it. */
export const lineText = (label: string, value: string): string =>
  label === TITLE_LABEL ? value : `${label}: ${value}`;

/** The fingerprints kept after the header is written: one [label, fingerprint] row per line. */
export function headerFingerprints(lines: readonly (readonly [string, string])[]): string[][] {
  return lines.map(([label, value]) => [label, cellFingerprint(lineText(label, value))]);
}

/** A line both the user and the form changed: left as the document has it unless the user chooses the form's. */
export interface HeaderConflict {
  label: string;
  form: string;
  /** The document's value; null when the user deleted the line the add-in wrote. */
  document: string | null;
}

/** A line the form no longer has that stays: someone wrote in it (or Minutebook did not write it). */
export interface KeptHeaderLine {
  label: string;
  document: string;
  reason: string;
  /** Minutebook wrote the line; false for one someone typed with a header label (theirs, not a difference). */
  written: boolean;
}

/** A line whose value cannot be found by Word's search (too long, or not searchable): the user edits it. */
export interface UnsearchableLine {
  label: string;
  form: string;
  reason: string;
}

/** One line an update writes, in words for the pane: changed (both set), added (no `from`) or removed (no `to`). */
export interface HeaderLineChange {
  label: string;
  from: string | null;
  to: string | null;
}

export interface HeaderPlan {
  /**
   * Values to rewrite: paragraph `paragraph` (of the block's paragraphs as read) holds `old` after `prefix`;
   * Word's search for `search` finds it as the paragraph's first hit.
   */
  rewrites: { label: string; paragraph: number; old: string; text: string; search: string }[];
  /** New lines, each after paragraph `after` of the block as read (-1: before the first); in the form's order. */
  inserts: { label: string; after: number; value: string }[];
  /** Paragraphs (of the block as read) to delete: lines of fields the form lost, untouched since written. */
  deletes: { label: string; paragraph: number; old: string }[];
  conflicts: HeaderConflict[];
  kept: KeptHeaderLine[];
  unsearchable: UnsearchableLine[];
  /** Fingerprints of the lines after the update, for the next one. */
  written: string[][];
}

/** A header line the user chose to take the form's value despite the change: holds while the document still says `document`. */
export interface ForcedLine {
  label: string;
  document: string | null;
}

interface DocLine {
  paragraph: number;
  label: string;
  value: string;
  text: string;
}

/** Which paragraphs are the add-in's lines: the title (by fingerprint, else the first paragraph) and the first line of each label. */
function docLines(paragraphs: readonly string[], lastWritten: ReadonlyMap<string, string>): DocLine[] {
  const out: DocLine[] = [];
  const titleMark = lastWritten.get(TITLE_LABEL);
  let title = paragraphs.findIndex((t) => titleMark !== undefined && cellFingerprint(t) === titleMark);
  if (title < 0 && paragraphs.length > 0 && !labelOf(paragraphs[0]!)) title = 0;
  if (title >= 0)
    out.push({ paragraph: title, label: TITLE_LABEL, value: paragraphs[title]!, text: paragraphs[title]! });
  const seen = new Set<string>();
  paragraphs.forEach((text, paragraph) => {
    if (paragraph === title) return;
    const label = labelOf(text);
    if (!label || seen.has(label)) return;
    seen.add(label);
    out.push({ paragraph, label, value: text.slice(label.length + 2), text });
  });
  return out;
}

function labelOf(text: string): string | null {
  const at = text.indexOf(': ');
  const label = at > 0 ? text.slice(0, at) : '';
  return HEADER_FIELD_LABELS.includes(label) ? label : null;
}

/** Where Word's literal search (left to right, hits never overlapping) finds `needle` starting at `from`; -1 if not there. */
export function hitStartingAt(text: string, needle: string, from: number): number {
  let hit = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length), hit++)
    if (at === from) return hit;
  return -1;
}

/**
 * Pure: the header's plan. `paragraphs` are the block's paragraphs' text as read (empty ones included),
 * `wanted` the lines the pane would write now (`wantedHeaderLines`), `lastWritten` the fingerprints kept after
 * the last insert or update (null: none kept, so every differing line is a conflict and none is deleted).
 */
export function planHeaderUpdate(input: {
  paragraphs: readonly string[];
  wanted: readonly (readonly [string, string])[];
  lastWritten: readonly (readonly string[])[] | null;
  force?: readonly ForcedLine[];
}): HeaderPlan {
  const last = new Map((input.lastWritten ?? []).map(([label = '', mark = '']) => [label, mark]));
  // A line break typed in the form ("\n", written as <w:br/>) is "\v" in Word's paragraph text.
  const lines = docLines(
    input.paragraphs.map((t) => t.replace(/\v/g, '\n')),
    last,
  );
  const byLabel = new Map(lines.map((l) => [l.label, l]));
  const forced = new Map((input.force ?? []).map((f) => [f.label, f.document]));
  const wantedLabels = new Set(input.wanted.map(([label]) => label));
  const plan: HeaderPlan = {
    rewrites: [],
    inserts: [],
    deletes: [],
    conflicts: [],
    kept: [],
    unsearchable: [],
    written: [],
  };
  const untouched = (line: DocLine) => last.get(line.label) === cellFingerprint(line.text);
  let anchor = -1;
  for (const [label, value] of input.wanted) {
    const line = byLabel.get(label);
    const mark = (text: string) => plan.written.push([label, cellFingerprint(text)]);
    if (line === undefined) {
      // The add-in wrote this line and it is gone: the user deleted it, so it comes back only if they choose so.
      if (last.has(label) && !(forced.has(label) && forced.get(label) === null)) {
        plan.conflicts.push({ label, form: value, document: null });
        plan.written.push([label, last.get(label)!]);
        continue;
      }
      if (value.trim() === '') continue;
      plan.inserts.push({ label, after: anchor, value });
      mark(lineText(label, value));
      continue;
    }
    anchor = Math.max(anchor, line.paragraph);
    if (line.value === value) {
      mark(line.text);
      continue;
    }
    if (!untouched(line) && forced.get(label) !== line.value) {
      plan.conflicts.push({ label, form: value, document: line.value });
      plan.written.push([label, last.get(label) ?? cellFingerprint(lineText(label, value))]);
      continue;
    }
    const prefix = line.text.length - line.value.length;
    const search = searchForWhole(line.value);
    // Word hands out a search's first hit without another round trip (RangeCollection.getFirst); a value the
    // label also holds would be a later hit, so such a line is left for the user.
    const hit = search.complete ? hitStartingAt(line.text, line.value, prefix) : -1;
    if (value.trim() === '' || hit !== 0) {
      plan.unsearchable.push({
        label,
        form: value,
        reason:
          value.trim() === ''
            ? 'the form has no value for it'
            : search.complete
              ? 'Word’s search cannot tell the value apart from the label'
              : 'the value is too long for Word’s search (255 characters)',
      });
      mark(line.text);
      continue;
    }
    plan.rewrites.push({
      label,
      paragraph: line.paragraph,
      old: line.value,
      text: value,
      search: search.text,
    });
    mark(lineText(label, value));
  }
  for (const line of lines) {
    if (wantedLabels.has(line.label)) continue;
    if (untouched(line)) plan.deletes.push({ label: line.label, paragraph: line.paragraph, old: line.value });
    else {
      const reason = last.has(line.label) ? 'someone wrote in it' : 'it is not as Minutebook wrote it';
      plan.kept.push({ label: line.label, document: line.value, reason, written: last.has(line.label) });
      if (last.has(line.label)) plan.written.push([line.label, last.get(line.label)!]);
    }
  }
  return plan;
}

export function headerPlanIsEmpty(plan: HeaderPlan): boolean {
  return plan.rewrites.length + plan.inserts.length + plan.deletes.length === 0;
}

/** What an update reports when the document has no header block. */
export function noHeader(): HeaderUpdate {
  return {
    found: false,
    applied: false,
    updatedLines: 0,
    addedLines: 0,
    removedLines: 0,
    changes: [],
    conflicts: [],
    kept: [],
    unsearchable: [],
    written: [],
    contentControlId: null,
  };
}

/** What carrying out (or, for a dry run, only planning) the header's plan does, as the port reports it. */
/** The lines the plan writes, in the block's order: changed, added, removed. */
export function headerLineChanges(plan: HeaderPlan): HeaderLineChange[] {
  return [
    ...plan.rewrites.map((r) => ({ label: r.label, from: r.old, to: r.text })),
    ...plan.inserts.map((i) => ({ label: i.label, from: null, to: i.value })),
    ...plan.deletes.map((d) => ({ label: d.label, from: d.old, to: null })),
  ];
}

export function headerOutcome(
  plan: HeaderPlan,
  applied: boolean,
  contentControlId: number | null,
): HeaderUpdate {
  return {
    found: true,
    applied,
    updatedLines: plan.rewrites.length,
    addedLines: plan.inserts.length,
    removedLines: plan.deletes.length,
    changes: headerLineChanges(plan),
    conflicts: plan.conflicts,
    kept: plan.kept,
    unsearchable: plan.unsearchable,
    written: plan.written,
    contentControlId,
  };
}

/**
 * The header's paragraphs after the plan, on plain text (the memory port's edit; Word's does the same through
 * search and insertParagraph): each entry the paragraph's text and whether it is new.
 */
export function applyHeaderPlan(
  paragraphs: readonly string[],
  plan: HeaderPlan,
): { text: string; from: number | null }[] {
  const gone = new Set(plan.deletes.map((d) => d.paragraph));
  const rewritten = new Map(plan.rewrites.map((r) => [r.paragraph, r]));
  const after = (at: number) =>
    plan.inserts.filter((i) => i.after === at).map((i) => ({ text: lineText(i.label, i.value), from: null }));
  const out: { text: string; from: number | null }[] = [...after(-1)];
  paragraphs.forEach((text, i) => {
    const r = rewritten.get(i);
    if (!gone.has(i))
      out.push({ text: r ? text.slice(0, text.length - r.old.length) + r.text : text, from: i });
    out.push(...after(i));
  });
  return out;
}
