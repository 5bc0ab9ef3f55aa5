import type { SourceParagraph } from '../model/paragraph';
import { anyOf } from './lexicon/build';
import { LINE_BREAK_TAGS } from './lexicon/markup';
import { BULLET_CHARS } from './clean';

/**
 * Plain text or Markdown to the reader's paragraphs: one paragraph per non-blank line (a `<br>` tag ends a line
 * too). Runs of lines with a tab after their text (tabs that only indent a line make no cells) become one table (each tab-separated cell a paragraph, empty cells kept so columns line up; blank lines
 * inside the run do not end it), as do Markdown `| a | b |` rows (the `|---|` row is skipped).
 * Markdown `#` / `##` / `###` headings get styles Heading1 / Heading2 / Heading3. Markdown front matter (a
 * `---` block on the first line) is the page's metadata, not the minutes: its lines come out as paragraphs
 * of the page-header part in the FRONT_MATTER_STYLE, which the reader reads apart (front-matter.ts).
 */
export function textToParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let tableCount = 0;
  let currentTable: number | null = null;
  let currentKind: 'tab' | 'pipe' | null = null;
  let row = 0;
  const lines = text.split(/\r\n|\n|\r/).flatMap(brokenAtTags);
  const metadata = frontMatterEnd(lines);
  const header: SourceParagraph[] = [];
  for (let i = 0; i <= metadata; i += 1)
    if (lines[i]!.trim() && !FENCE.test(lines[i]!))
      header.push({ ...para(header.length, lines[i]!, FRONT_MATTER_STYLE), part: 'header' });
  let body = 0;
  const ordinals = markdownOrdinals(lines, metadata + 1);
  for (let at = metadata + 1; at < lines.length; at += 1) {
    const line = lines[at]!;
    if (line.trim() === '') {
      currentTable = null;
      continue;
    }
    const kind = rowKind(line);
    if (kind === null) {
      currentTable = null;
      currentKind = null;
      const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
      if (heading) {
        const level = Math.min(heading[1]!.length, 3);
        out.push(para(body++, heading[2]!.replace(/\s+#+\s*$/, ''), `Heading${level}`));
      } else if (ordinals.has(at)) {
        const entry = ordinals.get(at)!;
        out.push({ ...para(body++, entry.text), listString: entry.listString });
      } else {
        const level = bulletLevel(line);
        out.push(level === null ? para(body++, line) : { ...para(body++, line), listLevel: level });
      }
      continue;
    }
    if (kind === 'separator') continue;
    if (currentTable === null || currentKind !== kind) {
      currentTable = tableCount++;
      currentKind = kind;
      row = 0;
    }
    const cells = kind === 'tab' ? line.split('\t') : pipeCells(line);
    cells.forEach((cell, index) => {
      out.push(para(body++, cell, '', { table: currentTable!, row, cell: index }));
    });
    row += 1;
  }
  return header.length > 0 ? [...out, ...header] : out;
}

const ONE_DOT = /^(\s*)1\.\s+(\S.*)$/;

/**
 * Markdown ordered lists written "1." on every entry (Markdown shows them 1, 2, 3 …): each entry's text without
 * its marker, and the number it shows, as a list paragraph of Word gives them. An entry ends its run at a line
 * indented no deeper that is not an entry; blank lines and deeper lines (nested text) do not. Lists numbered
 * as typed ("1.", "2.") are left as they are.
 */
function markdownOrdinals(
  lines: readonly string[],
  from: number,
): Map<number, { text: string; listString: string }> {
  const out = new Map<number, { text: string; listString: string }>();
  let run: { indent: number; lines: number[]; texts: string[] } | null = null;
  const close = () => {
    if (run && run.lines.length >= 2)
      run.lines.forEach((at, k) => out.set(at, { text: run!.texts[k]!, listString: `${k + 1}.` }));
    run = null;
  };
  for (let at = from; at < lines.length; at += 1) {
    const line = lines[at]!;
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const entry = ONE_DOT.exec(line);
    if (run && indent > run.indent && !entry) continue;
    if (entry && run && indent === run.indent) {
      run.lines.push(at);
      run.texts.push(entry[2]!);
      continue;
    }
    if (run && entry && indent > run.indent) continue;
    close();
    if (entry) run = { indent, lines: [at], texts: [entry[2]!] };
  }
  close();
  return out;
}

/** The style of a front-matter line ("title: …", "date: …"). */
export const FRONT_MATTER_STYLE = 'Front matter';

const FENCE = /^---\s*$/;

const LINE_BREAK_TAG = new RegExp(String.raw`[ \t]*<${anyOf(LINE_BREAK_TAGS)}\s*/?>[ \t]*`, 'i');

/**
 * A web page kept as text may write its line breaks as tags ("… moved by <br /> Cllr Reed …", a whole page on
 * one line): each tag ends a line, unless the words after it go on in lower case ("Ann Lee and the Clerk <br />
 * will review …": a page's own wrapping inside a sentence, read as a space). Not in a Markdown table row, whose
 * cells use the tag for a break within a cell.
 */
function brokenAtTags(line: string): string[] {
  if (!line.includes('<') || !LINE_BREAK_TAG.test(line) || rowKind(line) === 'pipe') return [line];
  const lines: string[] = [];
  for (const part of line.split(LINE_BREAK_TAG)) {
    if (lines.length > 0 && GOES_ON.test(part)) lines[lines.length - 1] += ` ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** The words after a break tag carry on the sentence before it. */
const GOES_ON = /^\p{Ll}/u;

/** The line that closes front matter opened on the first line (a `---` fence, within 60 lines); -1: none. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines.length < 3 || !FENCE.test(lines[0]!)) return -1;
  for (let i = 1; i < Math.min(lines.length, 60); i += 1) {
    if (FENCE.test(lines[i]!)) return i;
    if (!/^\s*(?:[\w-]+\s*:|-\s|#|\s)/.test(lines[i]!) && lines[i]!.trim()) return -1;
  }
  return -1;
}

function rowKind(line: string): 'tab' | 'pipe' | 'separator' | null {
  const trimmed = line.trim();
  if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(trimmed) && trimmed.includes('|'))
    return 'separator';
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) return 'pipe';
  // Tabs only before the text indent the line ("\t\t<p>Apologies …" in a page's source): no cells.
  if (/\S\t/.test(line)) return 'tab';
  return null;
}

function pipeCells(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

// A line-break tag left inside a line (a Markdown table cell's, which brokenAtTags keeps): a reader sees a space.
const BREAK_TAG_IN_LINE = new RegExp(String.raw`\s*<${anyOf(LINE_BREAK_TAGS)}\s*\/?>\s*`, 'gi');

function para(
  index: number,
  written: string,
  style = '',
  table: SourceParagraph['table'] = null,
): SourceParagraph {
  const text = written.includes('<') ? written.replace(BREAK_TAG_IN_LINE, ' ') : written;
  return { index, text, style, table, contentControl: null, part: 'body' };
}

// A bullet as text writes it ("- ", "* ", "• "), after any indentation (BULLET_CHARS keeps its hyphen first).
const BULLET_LINE = new RegExp(`^([ \\t]*)[${BULLET_CHARS}+]\\s`);

/**
 * A bullet line's list level, from its indentation (a tab as four spaces, two spaces a level): nested bullets
 * in Markdown and plain text are details of the line above them, as Word's deeper list levels are.
 */
function bulletLevel(line: string): number | null {
  const m = BULLET_LINE.exec(line);
  if (!m) return null;
  const columns = m[1]!.replace(/\t/g, '    ').length;
  return Math.min(8, Math.floor(columns / 2));
}
