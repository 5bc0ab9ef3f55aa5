import { z } from 'zod';
import { ActionStatus, IsoDate, Meeting, ResolvedOwner } from '../model';

export const ACTIONS_EXPORT_VERSION = 1;

/**
 * An action as exported: the model's action without its place in this document (meaningless elsewhere),
 * with its item's title and whether it sits under a Part II item.
 */
export const ExportedAction = z.object({
  ref: z.string().nullable(),
  item: z.string().nullable(),
  itemTitle: z.string().nullable(),
  text: z.string(),
  owner: z.string().nullable(),
  owners: z.array(ResolvedOwner),
  due: z.string().nullable(),
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  /** False for a suggestion read from prose. */
  marked: z.boolean(),
  confidential: z.boolean(),
});
export type ExportedAction = z.infer<typeof ExportedAction>;

export const ExportedDecision = z.object({
  item: z.string().nullable(),
  itemTitle: z.string().nullable(),
  text: z.string(),
  confidential: z.boolean(),
});
export type ExportedDecision = z.infer<typeof ExportedDecision>;

/** The JSON export: versioned, public, and read back by this same schema. */
export const ActionsExport = z.object({
  schemaVersion: z.literal(ACTIONS_EXPORT_VERSION),
  meeting: Meeting,
  actions: z.array(ExportedAction),
  decisions: z.array(ExportedDecision),
});
export type ActionsExport = z.infer<typeof ActionsExport>;
