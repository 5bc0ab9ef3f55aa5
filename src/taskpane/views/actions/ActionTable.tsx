import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ActionFacts } from './actionFacts';
import { nextSort, sortActions, type SortColumn, type SortState } from './sortActions';
import { useActionsStyles } from './styles';

const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'ref', label: 'Ref' },
  { column: 'item', label: 'Item' },
  { column: 'action', label: 'Action' },
  { column: 'owner', label: 'Owner' },
  { column: 'due', label: 'Due' },
  { column: 'status', label: 'Status' },
];

interface ActionTableProps {
  caption: string;
  actions: readonly ActionFacts[];
  sort: SortState | null;
  onSortChange(sort: SortState): void;
}

/**
 * The actions, sortable by any column. Each header is a button (Enter or Space sorts) and the header cell
 * carries aria-sort; problems are written out beside the action, never shown by colour alone. Drawn as a
 * card per action (each value with its column's name) so every column's content fits a 320 px pane; the
 * table's roles stay, so it reads as the table it is.
 */
export function ActionTable({ caption, actions, sort, onSortChange }: ActionTableProps) {
  const styles = useActionsStyles();
  const rows = sortActions(actions, sort);
  return (
    <div className={styles.tableWrap}>
      <Table sortable noNativeElements size="small" aria-label={caption} className={styles.table}>
        <TableHeader>
          <TableRow className={styles.sortRow}>
            {COLUMNS.map(({ column, label }) => (
              <TableHeaderCell
                key={column}
                className={styles.sortCell}
                sortDirection={sort?.column === column ? sort.direction : undefined}
                onClick={() => onSortChange(nextSort(sort, column))}
              >
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body}>
          {rows.map((facts) => (
            <TableRow key={facts.key} className={styles.card}>
              <TableCell className={styles.field} data-label="Ref">
                {facts.action.ref ?? <Text className={styles.note}>at first export</Text>}
              </TableCell>
              <TableCell className={styles.field} data-label="Item">
                {facts.action.item ?? '–'}
                {facts.confidential ? <Text className={styles.note}>Part II</Text> : null}
              </TableCell>
              <TableCell className={styles.field} data-label="Action">
                {facts.action.text}
              </TableCell>
              <TableCell className={styles.field} data-label="Owner">
                {facts.action.owner &&
                facts.action.owners.length > 0 &&
                facts.action.owner !== facts.owner ? (
                  <>
                    {facts.owner}
                    <Text className={styles.note}>written “{facts.action.owner}”</Text>
                  </>
                ) : (
                  facts.owner
                )}
                {facts.problems.map((p, n) => (
                  <Text key={n} className={styles.problemText}>
                    Problem: {p.message}
                  </Text>
                ))}
              </TableCell>
              <TableCell className={styles.field} data-label="Due">
                {facts.action.dueDate ?? facts.action.due ?? 'No date'}
              </TableCell>
              <TableCell className={styles.field} data-label="Status">
                {facts.action.status}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
