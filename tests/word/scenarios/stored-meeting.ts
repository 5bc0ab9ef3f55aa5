import { Meeting } from '../../../src/core/model/meeting';
import { StoredMeeting } from '../../../src/core/model/stored';
import {
  loadStoredMeeting,
  saveStoredMeeting,
  storedMeetingNamespace,
} from '../../../src/word/stored-meeting';
import { scenario } from '../scenario';

export const storedMeeting = StoredMeeting.parse({
  schemaVersion: 1,
  meeting: Meeting.parse({ title: 'Board & <friends>', date: '2022-08-25' }),
});

/**
 * Word keeps the part as XML and writes it back its own way. Not documented: this stands in for a serialiser
 * that adds a declaration, puts the attributes the other way round and escapes quotes, apostrophes and
 * non-ASCII characters as references.
 */
export function wordReserialise(xml: string): string {
  const [, attributes = '', body = ''] = /^<meeting\b([^>]*)>([\s\S]*)<\/meeting>$/.exec(xml) ?? [];
  const reordered = [...attributes.matchAll(/(\w+)="([^"]*)"/g)]
    .reverse()
    .map(([, name, value]) => ` ${name}='${value}'`)
    .join('');
  const text = body
    .replace(/&gt;/g, '>')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0)};`)
    .replace(/>/g, '&#x3E;');
  return `<?xml version="1.0" standalone="no"?>\r\n<meeting${reordered}>${text}</meeting>`;
}

const awkward = StoredMeeting.parse({
  schemaVersion: 1,
  meeting: Meeting.parse({ title: `O'Brien & "Sons" <Ltd> — Café`, date: '2022-08-25' }),
});

/** The meeting form kept in one custom XML part (Common API: callbacks counted, no syncs). */
export const storedMeetingScenarios = [
  scenario({
    name: 'Load survives Word writing the part back with other escapes and attribute order',
    question:
      'tests/word-host/office.ts (reserialise): however Word writes the part back, does the meeting load unchanged?',
    setUp: { body: [''] },
    outsideWordRun: true,
    host: { reserialise: wordReserialise },
    operation: async () => {
      await saveStoredMeeting(awkward, new Date('2022-08-25T10:00:00Z'));
      await saveStoredMeeting(awkward, new Date('2022-08-25T10:05:00Z'));
      return loadStoredMeeting();
    },
    check: (o) => {
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain('&quot;');
      expect(o.result).toEqual({ stored: awkward, warning: null });
    },
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save then load gives the same meeting back and leaves exactly one part',
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async () => {
      await saveStoredMeeting(storedMeeting, new Date('2022-08-25T10:00:00Z'));
      await saveStoredMeeting(storedMeeting, new Date('2022-08-25T10:05:00Z'));
      return loadStoredMeeting();
    },
    check: (o) => {
      expect(o.result).toEqual({ stored: storedMeeting, warning: null });
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain(storedMeetingNamespace());
    },
    // first save: list + add; second: list + add + delete; load: list + read.
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save whose add fails keeps the old part',
    setUp: { body: [''] },
    outsideWordRun: true,
    host: { failCallback: 4 },
    operation: async () => {
      await saveStoredMeeting(storedMeeting);
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['item-empty'] });
    },
    check: (o) => {
      expect(o.error).toBeDefined();
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).not.toContain('item-empty');
    },
    budget: { syncs: 0, callbacks: 4 },
  }),
];
