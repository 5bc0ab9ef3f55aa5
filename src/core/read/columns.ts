import { anyOf } from './lexicon/build';
import { COLUMN_HEADERS } from './lexicon/columns';

/**
 * What a table's columns hold, read from its header row ("No. | Item | Notes", "Name | Capacity | Initials |
 * Status", "Item | Discussion | Action | Lead | Due").
 */
export type ColumnRole =
  | 'number'
  | 'title'
  | 'text'
  | 'action'
  | 'owner'
  | 'due'
  | 'status'
  | 'decision'
  | 'mover'
  | 'result'
  | 'name'
  | 'capacity'
  | 'initials'
  | 'notes';

const HEADER_WORDS: [RegExp, ColumnRole][] = COLUMN_HEADERS.map(([role, words]) => [
  new RegExp(`^${anyOf(words)}$`),
  role,
]);

const known = new Map<string, ColumnRole | null>();

// No column is named with a digit; figures in data rows are refused before the cache, which they would fill.
const DIGIT = /\d/;

/** The column a header cell names ("Lead", "Due date"), or null. */
export function columnRole(cell: string): ColumnRole | null {
  return headerWord(cell);
}

function headerWord(cell: string): ColumnRole | null {
  if (DIGIT.test(cell)) return null;
  const cached = known.get(cell);
  if (cached !== undefined) return cached;
  const role = headerWordUncached(cell);
  if (known.size < 2000) known.set(cell, role);
  return role;
}

function headerWordUncached(cell: string): ColumnRole | null {
  const t = cell
    .toLowerCase()
    .replace(/[:.*]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.length > 40) return null;
  for (const [re, role] of HEADER_WORDS) if (re.test(t)) return role;
  return null;
}

export interface Columns {
  byIndex: (ColumnRole | null)[];
  first(role: ColumnRole): number;
}

/** The columns a header row names (cells in order, each with its text), or null when it is not a header row. */
export function readHeaderRow(cells: readonly { text: string }[]): Columns | null {
  // Header cells are short: a row with any long cell is a data row, decided without looking further.
  for (let i = 0; i < cells.length; i += 1) if (cells[i]!.text.length > 40) return null;
  // Every filled cell must name a column: the first that does not makes it a data row.
  const roles: (ColumnRole | null)[] = [];
  let filled = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i]!.text;
    if (!cell.trim()) {
      roles.push(null);
      continue;
    }
    const role = headerWord(cell);
    if (role === null) return null;
    roles.push(role);
    filled += 1;
  }
  if (filled === 0 || (filled < 2 && roles[0] !== 'action')) return null;
  // In an attendance table "Title" is the person's role, and "Status" their attendance.
  if (roles.includes('name')) {
    for (let i = 0; i < roles.length; i += 1) if (roles[i] === 'title') roles[i] = 'capacity';
  }
  return columns(roles);
}

function columns(roles: (ColumnRole | null)[]): Columns {
  return {
    byIndex: roles,
    first: (role) => roles.indexOf(role),
  };
}
