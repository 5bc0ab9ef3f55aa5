import type { StoredMeeting } from '../core/model/stored';
import { readStoredData, storedSizeProblem, type StoredRead } from '../core/model/stored-migrations';
import { DocumentOperationError, type StoredMeetingLoad } from '../core/port';
import { callOffice } from './common-api';
import { storedMeetingChangedError } from './errors';

/** Our custom XML part's namespace; one part holds the StoredMeeting JSON. */
export const STORED_MEETING_NAMESPACE = 'urn:minutebook:stored-meeting:1';

let namespace = STORED_MEETING_NAMESPACE;

/** The namespace parts are saved and looked up under: the product's, unless the in-Word test kit set its own. */
export function storedMeetingNamespace(): string {
  return namespace;
}

/**
 * The in-Word test kit (tests/kit) keeps its parts under a namespace of its own so that a test run never reads
 * or replaces the real add-in's meeting. Nothing in the product calls this.
 */
export function setStoredMeetingNamespace(next: string = STORED_MEETING_NAMESPACE): void {
  namespace = next;
}
export { STORED_MEETING_LIMIT_BYTES } from '../core/model/stored-migrations';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text content as an XML parser would give it: every predefined entity and every numeric character reference
 * decoded, CDATA sections kept as they are. Word keeps the part as XML and may write it back with other escapes
 * than ours (`&quot;`, `&#x27;`, a CDATA section): what comes back is not the string that went in.
 */
export function xmlText(raw: string): string {
  return raw.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g,
    (whole, cdata, ref) => {
      if (cdata !== undefined) return cdata as string;
      const name = ref as string;
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return NAMED_ENTITIES[name] ?? whole;
    },
  );
}

/** Our root element, with or without a namespace prefix, its attributes in any order and either quote. */
const MEETING_ELEMENT =
  /<(?:[A-Za-z_][\w.-]*:)?meeting\b([^>]*)>([\s\S]*)<\/(?:[A-Za-z_][\w.-]*:)?meeting\s*>/;

/** The part's XML: the JSON as text, stamped with when it was saved and a revision of its own. */
export function storedMeetingXml(stored: StoredMeeting, savedAt: string, revision = newRevision()): string {
  const json = JSON.stringify(stored);
  return `<meeting xmlns="${namespace}" savedAt="${savedAt}" revision="${revision}">${escapeText(json)}</meeting>`;
}

function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** One part as read: what it held (see readStoredData) and its stamps. */
export interface ParsedPart {
  read: StoredRead;
  savedAt: string;
  revision: string;
}

/** A part's XML → the meeting in the current schema, or why not. Never throws. */
export function parseStoredMeetingXml(xml: string): ParsedPart {
  const match = MEETING_ELEMENT.exec(xml);
  const savedAt = attributeOf(match?.[1] ?? '', 'savedAt');
  const revision = attributeOf(match?.[1] ?? '', 'revision');
  if (match?.[2] === undefined)
    return {
      read: {
        kind: 'invalid',
        message:
          'The saved meeting details in this document are unreadable, so they were ignored and the pane starts from what the document says.',
      },
      savedAt,
      revision,
    };
  let data: unknown;
  try {
    data = JSON.parse(xmlText(match[2]));
  } catch {
    return {
      read: {
        kind: 'invalid',
        message:
          'The saved meeting details in this document are damaged, so they were ignored and the pane starts from what the document says.',
      },
      savedAt,
      revision,
    };
  }
  return { read: readStoredData(data), savedAt, revision };
}

function attributeOf(attributes: string, name: string): string {
  const value = new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes)?.[2];
  return value === undefined ? '' : xmlText(value);
}

/**
 * Which parts this pane knows, so a save can tell its own copies from another person's. Each save makes a new
 * part, and a new part has a new id (`CustomXmlPart.id`, a GUID), so a part id this pane has not seen is a save
 * from elsewhere: the check costs no read. That a co-author's part keeps its id on this side is not documented
 * (a question for the in-Word kit).
 */
export interface StoredPartsState {
  /** Every part id seen at the last load or written since. */
  seen: Set<string>;
  /** Parts refused (a newer schema): never deleted by a save. */
  keep: Set<string>;
}

export function newStoredPartsState(): StoredPartsState {
  return { seen: new Set(), keep: new Set() };
}

const listParts = () =>
  callOffice<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(namespace, cb),
  );

/**
 * Common API: 1 callback to list our parts, 1 to read the part (2 in all). After an interrupted save there are
 * more; they are read together (one callback each, in parallel) and the newest readable one wins.
 */
export async function loadStoredMeeting(
  state: StoredPartsState = newStoredPartsState(),
): Promise<StoredMeetingLoad> {
  const found = await listParts();
  state.seen = new Set(found.map((p) => p.id));
  state.keep = new Set();
  if (found.length === 0) return { stored: null, notices: [] };
  let xmls: string[];
  try {
    xmls = await Promise.all(found.map((part) => callOffice<string>((cb) => part.getXmlAsync(cb))));
  } catch (error) {
    // Not read is not known to be bad: no later save may delete these parts.
    state.keep = new Set(state.seen);
    throw error;
  }
  const parsed = xmls.map((xml, i) => ({ ...parseStoredMeetingXml(xml), id: found[i]!.id, order: i }));
  for (const p of parsed) if (p.read.kind === 'refused') state.keep.add(p.id);
  // Newest first; equal stamps: the part listed later was added later.
  const newestFirst = [...parsed].sort((a, b) =>
    a.savedAt === b.savedAt ? b.order - a.order : a.savedAt < b.savedAt ? 1 : -1,
  );
  const used = newestFirst.find((p) => p.read.kind === 'read');
  const notices: string[] = [];
  for (const p of newestFirst) {
    if (p === used) break;
    if (p.read.kind !== 'read') notices.push(p.read.message);
  }
  if (!used) return { stored: null, notices };
  if (notices.length > 0) notices.push('An earlier saved copy was restored instead.');
  if (used.read.kind === 'read' && used.read.migratedFrom !== null)
    notices.push(
      `The saved meeting details were written by an older Minutebook (schema ${used.read.migratedFrom}) and were brought up to date; they are saved in the new form with your next change.`,
    );
  return { stored: used.read.kind === 'read' ? used.read.stored : null, notices };
}

export interface SaveOptions {
  overwrite?: boolean;
  now?: Date;
}

/**
 * No in-place replace: add the new part (1), list the parts to confirm Word has it (2), then delete the old one
 * (3). A failure at any step leaves a part in the document: before the add, the old one; after it, both (a
 * load takes the newest). When the listing shows a part this pane has not seen, another person saved since:
 * without `overwrite` our new part is taken out again (a 4th callback, on that path only) and the save refused
 * with STORED_MEETING_CHANGED.
 */
export async function saveStoredMeeting(
  stored: StoredMeeting,
  state: StoredPartsState = newStoredPartsState(),
  options: SaveOptions = {},
): Promise<void> {
  const xml = storedMeetingXml(stored, (options.now ?? new Date()).toISOString());
  const tooLarge = storedSizeProblem(xml);
  if (tooLarge) throw new DocumentOperationError('Save meeting details', tooLarge);
  const parts = Office.context.document.customXmlParts;
  const added = await callOffice<Office.CustomXmlPart>((cb) => parts.addAsync(xml, cb));
  state.seen.add(added.id);
  const listed = await listParts();
  if (!listed.some((p) => p.id === added.id))
    throw new DocumentOperationError(
      'Save meeting details',
      'Word did not confirm the new copy of the meeting details, so the earlier copy was left in place. Try again.',
    );
  const theirs = listed.filter((p) => !state.seen.has(p.id));
  if (theirs.length > 0 && !options.overwrite) {
    await callOffice<void>((cb) => added.deleteAsync(cb));
    state.seen.delete(added.id);
    throw storedMeetingChangedError();
  }
  const old = listed.filter((p) => p.id !== added.id && !state.keep.has(p.id));
  await Promise.all(old.map((part) => callOffice<void>((cb) => part.deleteAsync(cb))));
  state.seen = new Set([added.id, ...state.keep]);
}
