import { callOffice } from '../../../src/word/common-api';
import {
  newStoredPartsState,
  saveStoredMeeting,
  storedMeetingNamespace,
  storedMeetingXml,
} from '../../../src/word/stored-meeting';
import { scenario } from '../scenario';
import { storedMeeting } from './stored-meeting';

const block = { id: 70, tag: 'minutebook:attendance', title: 'Minutebook: attendance' };

/** Reads a Word error's code the way src/word/errors.ts does. */
const codeOf = (e: unknown) => (e as { code?: string } | undefined)?.code;

/**
 * Questions for real Word: each scenario states what the simulated host does where no Microsoft document says
 * what Word does (the host's comments say "a question for the in-Word kit"). On the host they pass by
 * construction; in real Word a failure is the answer, and the host is then corrected to match
 * (docs/word-kit.md lists them).
 */
export const questionScenarios = [
  scenario({
    name: 'a failed request answers none of the actions queued before the failing one',
    question:
      'tests/word-host/host.ts (resultsOnError): does Word still return the results of the actions that ran before the one that failed?',
    setUp: { body: ['First paragraph'] },
    operation: async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.load('text');
      const missing = context.document.contentControls.getById(987654);
      missing.load('id');
      let code: string | undefined;
      try {
        await context.sync();
      } catch (e) {
        code = codeOf(e);
      }
      let textLoaded: boolean;
      try {
        textLoaded = first.text === 'First paragraph';
      } catch {
        textLoaded = false;
      }
      return { code, textLoaded };
    },
    check: (o) => expect(o.result).toEqual({ code: 'ItemNotFound', textLoaded: false }),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a paragraph inserted after a list item joins the list',
    question:
      'tests/word-host/objects.ts (insertParagraph): does a new paragraph take the list membership of the one it is inserted after, as well as its style?',
    setUp: { body: [{ text: 'Apologies were received.', style: 'ListParagraph', list: '1.' }, 'After'] },
    operation: async (context) => {
      const added = context.document.body.paragraphs.getFirst().insertParagraph('Inserted', 'After');
      added.load('isListItem,styleBuiltIn');
      await context.sync();
      return { isListItem: added.isListItem, style: added.styleBuiltIn };
    },
    check: (o) => expect(o.result).toEqual({ isListItem: true, style: 'ListParagraph' }),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a paragraph inserted after a table that a control wraps lands inside that control',
    question:
      'tests/word-host/objects.ts (Table.insertParagraph): does a block-level control around a table hold the paragraph inserted after the table?',
    setUp: { body: [{ text: 'Name', cell: [0, 0, 0], controls: [block] }, 'Outside'] },
    operation: async (context) => {
      const added = context.document.body.tables.getFirst().insertParagraph('After the table', 'After');
      const control = added.parentContentControlOrNullObject;
      control.load('tag');
      await context.sync();
      return control.isNullObject ? null : control.tag;
    },
    check: (o) => expect(o.result).toBe('minutebook:attendance'),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'detaching a paragraph that is in no list fails',
    question:
      'tests/word-host/objects.ts (detachFromList): does Word refuse detachFromList on a paragraph outside any list, or do nothing?',
    setUp: { body: ['Plain paragraph'] },
    expectsError: true,
    operation: async (context) => {
      context.document.body.paragraphs.getFirst().detachFromList();
      await context.sync();
    },
    check: (o) => expect(codeOf(o.error)).toBe('GeneralException'),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'reading the first-page header of a section without "Different first page" fails',
    question:
      'tests/word-host/objects.ts (getHeader): does reading a FirstPage header the section does not use fail with GeneralException, as writing to it is reported to?',
    setUp: { body: ['Minutes'], header: ['OFFICIAL'] },
    expectsError: true,
    operation: async (context) => {
      const header = context.document.sections.getFirst().getHeader('FirstPage');
      header.load('text');
      await context.sync();
      return header.text;
    },
    check: (o) => expect(codeOf(o.error)).toBe('GeneralException'),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a search text with a lone caret is refused as invalid',
    question:
      'tests/word-host/search.ts: does Word refuse "^" not followed by a special character with SearchStringInvalidOrTooLong?',
    setUp: { body: ['Cost ^ rise agreed'] },
    expectsError: true,
    operation: async (context) => {
      const hits = context.document.body.search('Cost ^ rise', { matchCase: true });
      hits.load('$none');
      await context.sync();
      return hits.items.length;
    },
    check: (o) => expect(codeOf(o.error)).toBe('SearchStringInvalidOrTooLong'),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a custom XML part reads back exactly as it was written',
    question:
      'tests/word-host/office.ts (reserialise): does Word give a part back as written, or in its own serialisation (declaration, attribute order, escapes)?',
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async () => {
      const at = new Date('2022-08-25T10:00:00Z');
      await saveStoredMeeting(storedMeeting, newStoredPartsState(), { now: at });
      const parts = Office.context.document.customXmlParts;
      const [part] = await callOffice<Office.CustomXmlPart[]>((cb) =>
        parts.getByNamespaceAsync(storedMeetingNamespace(), cb),
      );
      if (!part) throw new Error('no part came back');
      const xml = await callOffice<string>((cb) => part.getXmlAsync(cb));
      // Each save stamps a revision of its own: the one written is the one to compare with.
      const revision = /\brevision="([^"]*)"/.exec(xml)?.[1];
      return { written: storedMeetingXml(storedMeeting, at.toISOString(), revision), read: xml };
    },
    check: (o) => {
      const r = o.result as { written: string; read: string };
      expect(r.read).toBe(r.written);
    },
    // save: list + add; then list + read.
    budget: { syncs: 0, callbacks: 4 },
  }),
];
