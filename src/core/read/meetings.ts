import type { SourceParagraph } from '../model/paragraph';
import { cleanText } from './clean';
import { findDate } from './dates';
import { anyOf } from './lexicon/build';
import { MEETING_HEADING_WORDS } from './lexicon/sections';
import { HEADING_STYLE, TITLE_STYLE } from './structure/patterns';

/**
 * Running logs: team and project logs keep every meeting in one file, each under its own heading. The
 * boundaries, in the order tried (the first kind found at least twice wins):
 *  1. a title-styled paragraph each time (a Word minutes template filled in again for every meeting);
 *  2. short lines or headings that start with a date ("22/01/26 – Week 1", "5 March 2024 Meeting with …");
 *  3. headings that hold a date, all in one heading style;
 *  4. headings numbering the meetings ("Meeting 3", "Week 4").
 * Dates must differ (a log of one meeting's agenda with "14 March" twice is not two meetings).
 */

const MEETING_NUMBER = new RegExp(`^${anyOf(MEETING_HEADING_WORDS)}\\s+\\d{1,3}\\b`, 'i');

interface Candidate {
  at: number;
  text: string;
  style: string;
}

/** Positions (in `paragraphs`) where a meeting after the first begins; empty for a file of one meeting. */
export function meetingStarts(paragraphs: readonly SourceParagraph[]): number[] {
  const lines: Candidate[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i]!;
    if (p.part !== 'body' || p.table) continue;
    const style = p.style ?? '';
    // Only a titled or heading line, or one starting with a date, can be a boundary below. A line that starts
    // with a letter keeps it first when cleaned, so plain prose is passed over without cleaning it.
    if (!TITLE_STYLE.test(style) && !HEADING_STYLE.test(style) && startsWithLetter(p.text)) continue;
    const text = cleanText(p.text);
    if (text && text.length <= 100) lines.push({ at: i, text, style });
  }
  const kinds: ((c: Candidate) => boolean)[] = [
    (c) => TITLE_STYLE.test(c.style),
    (c) => startsWithDate(c.text) && !/[.!?]$/.test(c.text),
    (c) => HEADING_STYLE.test(c.style) && findDate(c.text) !== null,
    (c) => HEADING_STYLE.test(c.style) && MEETING_NUMBER.test(c.text),
  ];
  for (let k = 0; k < kinds.length; k += 1) {
    let found = lines.filter(kinds[k]!);
    if (k === 2) found = oneStyle(found);
    if (found.length < 2) continue;
    if (k === 1 || k === 2) {
      const dates = new Set(found.map((c) => findDate(c.text)?.iso ?? c.text));
      if (dates.size < found.length) continue;
    }
    return found.slice(1).map((c) => c.at);
  }
  return [];
}

/** An ASCII letter first: cleaning drops nothing in front of it, so the cleaned line cannot start with a date. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

/** A date at the very start of the line ("22/01/26 …", "5 March 2024 …", "2024-03-05 …"). */
function startsWithDate(text: string): boolean {
  if (!/^\d/.test(text)) return false;
  const date = findDate(text);
  return date !== null && date.index === 0;
}

/** The candidates in the heading style most of them share. */
function oneStyle(found: Candidate[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const c of found) counts.set(c.style, (counts.get(c.style) ?? 0) + 1);
  let best = '';
  for (const [style, n] of counts) if (n > (counts.get(best) ?? 0)) best = style;
  return found.filter((c) => c.style === best);
}

/**
 * The file's paragraphs cut into meetings at the boundaries: body paragraphs before the first boundary go
 * with the first meeting; page header and footer paragraphs go with every meeting. One part for a file of
 * one meeting.
 */
export function splitMeetings(paragraphs: readonly SourceParagraph[]): SourceParagraph[][] {
  const starts = meetingStarts(paragraphs);
  if (starts.length === 0) return [paragraphs.slice()];
  const edges = [0, ...starts, paragraphs.length];
  const margins = paragraphs.filter((p) => p.part !== 'body');
  const parts: SourceParagraph[][] = [];
  for (let m = 0; m + 1 < edges.length; m += 1) {
    const body = paragraphs.slice(edges[m], edges[m + 1]).filter((p) => p.part === 'body');
    parts.push(margins.length > 0 ? [...body, ...margins] : body);
  }
  return parts;
}
