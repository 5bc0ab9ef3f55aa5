import { STORED_MEETING_VERSION, StoredMeeting } from './stored';

/** A stored meeting above this size is refused (a custom XML part is meant to stay small; Word keeps it in the file). */
export const STORED_MEETING_LIMIT_BYTES = 64 * 1024;

/** One step: data written by schema `from` becomes data of schema `from + 1`. */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Older schema → the next one, by the version they start from. No version 0 was ever released: its shape here
 * (`refScheme` at the top level where version 1 has `refs`, no `disabledRules`) is invented so the path from an
 * older part is proven before a real version 2 needs it. A later change adds `1: (v1) => v2` and bumps
 * STORED_MEETING_VERSION.
 */
export const STORED_MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: ({ refScheme, ...rest }) => ({
    ...rest,
    schemaVersion: 1,
    refs: { scheme: refScheme === 'year' ? 'year' : 'item', nextYearNumber: 1 },
  }),
};

/** What reading one stored part gave: the meeting, or why it was not used (a sentence for the person). */
export type StoredRead =
  | { kind: 'read'; stored: StoredMeeting; migratedFrom: number | null }
  | { kind: 'refused'; version: number; message: string }
  | { kind: 'invalid'; message: string };

const STARTS_FROM_TEXT = 'the pane starts from what the document says';

function versionOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const version = (data as Record<string, unknown>).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/**
 * Parsed JSON of a stored part → the current schema. An older version goes through every step from its own; a
 * version this build cannot bring up to date (newer, or older with no path) is refused and left in the document
 * as it is; anything that fails validation is ignored. Never throws.
 */
export function readStoredData(data: unknown): StoredRead {
  const version = versionOf(data);
  if (version === null)
    return {
      kind: 'invalid',
      message: `The saved meeting details in this document have no schema version, so they were ignored and ${STARTS_FROM_TEXT}.`,
    };
  if (version > STORED_MEETING_VERSION)
    return {
      kind: 'refused',
      version,
      message: `The saved meeting details were written by a newer Minutebook (schema ${version}; this one reads up to ${STORED_MEETING_VERSION}). They are kept in the document unchanged and ${STARTS_FROM_TEXT}; update Minutebook to use them.`,
    };
  let current = data as Record<string, unknown>;
  for (let v = version; v < STORED_MEETING_VERSION; v++) {
    const step = STORED_MIGRATIONS[v];
    if (!step)
      return {
        kind: 'refused',
        version,
        message: `The saved meeting details use schema ${version}, which this Minutebook cannot bring up to date. They are kept in the document unchanged and ${STARTS_FROM_TEXT}.`,
      };
    try {
      current = step(current);
    } catch {
      return {
        kind: 'invalid',
        message: `The saved meeting details (schema ${version}) could not be brought up to date, so they were ignored and ${STARTS_FROM_TEXT}.`,
      };
    }
  }
  const parsed = StoredMeeting.safeParse(current);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` (${first.path.join('.') || 'top level'}: ${first.message})` : '';
    return {
      kind: 'invalid',
      message: `The saved meeting details do not match this version of Minutebook${where}, so they were ignored and ${STARTS_FROM_TEXT}.`,
    };
  }
  return {
    kind: 'read',
    stored: parsed.data,
    migratedFrom: version === STORED_MEETING_VERSION ? null : version,
  };
}

/** Bytes of a string as UTF-8 (what the part costs in the file). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Null when `text` fits the limit; else the sentence that says so and what to do. */
export function storedSizeProblem(text: string): string | null {
  const bytes = utf8Bytes(text);
  if (bytes <= STORED_MEETING_LIMIT_BYTES) return null;
  return `The meeting details are too large to keep in the document (${Math.ceil(bytes / 1024)} KB; the limit is 64 KB). Shorten the item notes and try again.`;
}
