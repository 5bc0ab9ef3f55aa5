import type { Minutes } from '../model';
import { indexItems } from './items';
import { exportedActions, exportedDecisions, type ExportOptions, type LeftOut } from './rows';
import { ACTIONS_EXPORT_VERSION, ActionsExport } from './schema';

/** The versioned JSON export of the actions and decisions, with what it left out. */
export function toActionsJson(
  minutes: Minutes,
  options: ExportOptions = {},
): { json: string; leftOut: LeftOut } {
  const items = indexItems(minutes.items);
  const { actions, leftOut } = exportedActions(minutes, options);
  const { decisions } = exportedDecisions(minutes, options);
  const document: ActionsExport = {
    schemaVersion: ACTIONS_EXPORT_VERSION,
    meeting: minutes.meeting,
    actions: actions.map((action) => ({
      ref: action.ref,
      item: action.item,
      itemTitle: action.item === null ? null : items.title(action.item),
      text: action.text,
      owner: action.owner,
      owners: action.owners.map(({ name, capacity, initials }) => ({ name, capacity, initials })),
      due: action.due,
      dueDate: action.dueDate,
      status: action.status,
      marked: action.marked,
      confidential: items.isConfidential(action.item),
    })),
    decisions: decisions.map((decision) => ({
      item: decision.item,
      itemTitle: decision.item === null ? null : items.title(decision.item),
      text: decision.text,
      confidential: items.isConfidential(decision.item),
    })),
  };
  return { json: JSON.stringify(document, null, 2) + '\n', leftOut };
}

export type ParsedActionsJson = { ok: true; value: ActionsExport } | { ok: false; message: string };

/** Reads a JSON export back with the same schema; the message says what is wrong and where. */
export function parseActionsJson(text: string): ParsedActionsJson {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: `This is not valid JSON (${(error as Error).message}).` };
  }
  const parsed = ActionsExport.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: `This is not a Minutebook actions export (schema version 1): ${details}.` };
}
