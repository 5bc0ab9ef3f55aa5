import { StoredMeeting } from '../core/model/stored';
import { DocumentOperationError } from '../core/port';
import { callOffice } from './common-api';

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
export const STORED_MEETING_LIMIT_BYTES = 64 * 1024;

export interface LoadedMeeting {
  stored: StoredMeeting | null;
  /** Set when a part was there but could not be used; the document text still wins, so this is not fatal. */
  warning: string | null;
}

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

export function storedMeetingXml(stored: StoredMeeting, savedAt: string): string {
  const json = JSON.stringify(stored);
  return `<meeting xmlns="${namespace}" savedAt="${savedAt}">${escapeText(json)}</meeting>`;
}

export function parseStoredMeetingXml(xml: string): LoadedMeeting {
  const body = MEETING_ELEMENT.exec(xml)?.[2];
  if (body === undefined)
    return {
      stored: null,
      warning: 'The saved meeting details in this document are unreadable; the form starts empty.',
    };
  let data: unknown;
  try {
    data = JSON.parse(xmlText(body));
  } catch {
    return {
      stored: null,
      warning: 'The saved meeting details in this document are damaged; the form starts empty.',
    };
  }
  const parsed = StoredMeeting.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` (${first.path.join('.') || 'top level'}: ${first.message})` : '';
    return {
      stored: null,
      warning: `The saved meeting details do not match this version of Minutebook${where}; the form starts empty.`,
    };
  }
  return { stored: parsed.data, warning: null };
}

const savedAtOf = (xml: string) => {
  const attributes = MEETING_ELEMENT.exec(xml)?.[1] ?? '';
  const value = /\bsavedAt\s*=\s*(["'])(.*?)\1/.exec(attributes)?.[2];
  return value === undefined ? '' : xmlText(value);
};

/** Common API: 1 callback to list our parts, 1 per part to read it. */
export async function loadStoredMeeting(): Promise<LoadedMeeting> {
  const parts = Office.context.document.customXmlParts;
  const found = await callOffice<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespace, cb));
  if (found.length === 0) return { stored: null, warning: null };
  const xmls = await Promise.all(found.map((part) => callOffice<string>((cb) => part.getXmlAsync(cb))));
  // After an interrupted save two parts may exist: the newest wins.
  const newest = xmls.reduce((a, b) => (savedAtOf(b) > savedAtOf(a) ? b : a));
  return parseStoredMeetingXml(newest);
}

/** There is no in-place replace: add the new part, and only once Word confirms it, delete the old ones. */
export async function saveStoredMeeting(stored: StoredMeeting, now: Date = new Date()): Promise<void> {
  const xml = storedMeetingXml(stored, now.toISOString());
  const bytes = new TextEncoder().encode(xml).length;
  if (bytes > STORED_MEETING_LIMIT_BYTES) {
    throw new DocumentOperationError(
      'Save meeting details',
      `The meeting details are too large to keep in the document (${Math.ceil(bytes / 1024)} KB; the limit is 64 KB). Shorten the item notes and try again.`,
    );
  }
  const parts = Office.context.document.customXmlParts;
  const old = await callOffice<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(namespace, cb));
  const added = await callOffice<Office.CustomXmlPart>((cb) => parts.addAsync(xml, cb));
  for (const part of old.filter((p) => p.id !== added.id)) {
    await callOffice<void>((cb) => part.deleteAsync(cb));
  }
}
