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
 * carries aria-sort; problems are written out beside the action, never shown by colour alone.
 */
export function ActionTable({ caption, actions, sort, onSortChange }: ActionTableProps) {
  const styles = useActionsStyles();
  const rows = sortActions(actions, sort);
  return (
    <div className={styles.tableWrap}>
      <Table sortable size="small" aria-label={caption} className={styles.table}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map(({ column, label }) => (
              <TableHeaderCell
                key={column}
                sortDirection={sort?.column === column ? sort.direction : undefined}
                onClick={() => onSortChange(nextSort(sort, column))}
              >
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((facts) => (
            <TableRow key={facts.key}>
              <TableCell>
                {facts.action.ref ?? <Text className={styles.note}>at first export</Text>}
              </TableCell>
              <TableCell>
                {facts.action.item ?? '–'}
                {facts.confidential ? <Text className={styles.note}>Part II</Text> : null}
              </TableCell>
              <TableCell>{facts.action.text}</TableCell>
              <TableCell>
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
              <TableCell>{facts.action.dueDate ?? facts.action.due ?? 'No date'}</TableCell>
              <TableCell>{facts.action.status}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
