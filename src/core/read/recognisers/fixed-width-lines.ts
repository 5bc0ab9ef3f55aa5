import { type FixedColumns, fixedWidthCells, fixedWidthHeader } from '../fixed-width';
import type { Piece } from '../structure/state';
import { addPiece } from '../structure/state';
import type { LineRecogniser } from './structure-types';

/**
 * An action table laid out in spaces (a page saved as text): its header line names the columns, and each line
 * under it that starts in the first column is a row, read by its Action / Lead / Due columns as a table row's
 * are. Lines that continue a row, or name a group of rows ("May 2012"), are body text; prose ends the table.
 */

/** A row under a header line laid out in spaces: its Action and Lead columns are an action, and the row is no item. */
export const fixedWidthRow: LineRecogniser<Piece['column'] & object> = {
  id: 'fixed-width-row',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    const columns = state.fixedColumns;
    if (columns === null) return null;
    const cells = fixedWidthCells(line.paragraph.text, columns);
    // A line across the columns is prose: the table has ended (fixedWidthTable), and the line is read on; the
    // header written again is no row.
    if (cells === null || fixedWidthHeader(line.paragraph.text) !== null) return null;
    const at = (role: NonNullable<FixedColumns['roles'][number]>) => {
      const i = columns.roles.indexOf(role);
      return i >= 0 ? cells[i]! : '';
    };
    // A row starts in its first column; a line that does not continues the row above.
    if (!cells[0] || (!at('action') && !at('owner'))) return null;
    return { owner: at('owner') || null, task: at('action'), due: at('due'), status: at('status') };
  },
  read(column, line, state) {
    addPiece(state, '', line.paragraph, column);
  },
  examples: [
    {
      given: '01.1  Website     Put the new rota on the website         JS      1 May',
      after: 'fixed-width-table',
      gives: { owner: 'JS', task: 'Put the new rota on the website', due: '1 May', status: '' },
    },
    { given: '      Fete        and the notice board', after: 'fixed-width-table', gives: null },
    {
      given: '01.1  Website     Put the new rota on the website         JS      1 May',
      after: 'item',
      gives: null,
    },
  ],
};

/**
 * "NO   PAPER   ACTION   LEAD   TARGET": a header line starts a table (its lines under it are the rows); under
 * one, prose (a line across its columns) ends it. Both only take note: the line is read on.
 */
export const fixedWidthTable: LineRecogniser<{ columns: FixedColumns | null }> = {
  id: 'fixed-width-table',
  unit: 'line',
  notes: true,
  triggers: [],
  recognise(line, state) {
    const raw = line.paragraph.text;
    if (state.fixedColumns === null) {
      // Headers apart by runs of spaces lose three characters or more to cleaning: most lines lose none, and
      // are refused without a scan.
      if (raw.length - line.text.length < 3) return null;
      const columns = fixedWidthHeader(raw);
      return columns ? { columns } : null;
    }
    return fixedWidthCells(raw, state.fixedColumns) === null ? { columns: null } : null;
  },
  read({ columns }, _, state) {
    state.fixedColumns = columns;
  },
  examples: [
    {
      given: 'NO    ITEM        ACTION                                  LEAD    DUE',
      gives: { columns: { roles: ['number', 'title', 'action', 'owner', 'due'] } },
    },
    { given: 'Action  Fraud   leaflets   were   handed   out', gives: null },
    {
      given: 'The board noted the tracker and asked for it to be kept up to date.',
      after: 'fixed-width-table',
      gives: { columns: null },
    },
    { given: '      Fete        and the notice board', after: 'fixed-width-table', gives: null },
  ],
};
