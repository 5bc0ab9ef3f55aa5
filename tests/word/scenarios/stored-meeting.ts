import { Meeting } from '../../../src/core/model/meeting';
import { StoredMeeting } from '../../../src/core/model/stored';
import { STORED_MEETING_CHANGED } from '../../../src/core/port';
import {
  loadStoredMeeting,
  newStoredPartsState,
  saveStoredMeeting,
  storedMeetingNamespace,
  storedMeetingXml,
} from '../../../src/word/stored-meeting';
import type { InstalledHost } from '../../word-host/office';
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

const at = (minute: number) => ({ now: new Date(Date.UTC(2022, 7, 25, 10, minute)) });

/** Why the kit cannot run a scenario that plants a part (real Word has no way in but our own counted callbacks). */
const PLANTS_A_PART =
  "it puts another person's saved part straight into the document, which only the simulated host can do without callbacks of its own";

/** A part as a save elsewhere (another person's pane) leaves it: straight into the document. */
function partFromElsewhere(host: InstalledHost, id: string, xml: string): void {
  host.parts.push({ id, xml });
}

/** A version-0 part as an older Minutebook would have written it (shape invented: see stored-migrations.ts). */
const versionZeroXml = () =>
  `<meeting xmlns="${storedMeetingNamespace()}" savedAt="2021-01-01T00:00:00.000Z">${JSON.stringify({
    schemaVersion: 0,
    meeting: { title: 'Old board', date: '2021-01-01' },
    refScheme: 'year',
  })}</meeting>`;

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
      const state = newStoredPartsState();
      await saveStoredMeeting(awkward, state, at(0));
      await saveStoredMeeting(awkward, state, at(5));
      return loadStoredMeeting(state);
    },
    check: (o) => {
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain('&quot;');
      expect(o.result).toEqual({ stored: awkward, notices: [] });
    },
    // first save: add + list; second: add + list + delete; load: list + read.
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save then load gives the same meeting back and leaves exactly one part',
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async () => {
      const state = newStoredPartsState();
      await saveStoredMeeting(storedMeeting, state, at(0));
      await saveStoredMeeting(storedMeeting, state, at(5));
      return loadStoredMeeting(state);
    },
    check: (o) => {
      expect(o.result).toEqual({ stored: storedMeeting, notices: [] });
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain(storedMeetingNamespace());
      expect(o.host.parts[0]?.xml).toMatch(/revision="[^"]+"/);
    },
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save whose add fails keeps the old part',
    setUp: { body: [''] },
    outsideWordRun: true,
    // save 1: add (1), list (2); save 2: add (3) fails.
    host: { failCallback: 3 },
    operation: async () => {
      const state = newStoredPartsState();
      await saveStoredMeeting(storedMeeting, state, at(0));
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['item-empty'] }, state, at(5));
    },
    check: (o) => {
      expect(o.error).toBeDefined();
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).not.toContain('item-empty');
    },
    budget: { syncs: 0, callbacks: 3 },
  }),
  scenario({
    name: 'Save whose second step (the confirming list) fails leaves the old part there, and a load takes the newest',
    setUp: { body: [''] },
    outsideWordRun: true,
    // save 1: add (1), list (2); save 2: add (3), list (4) fails; load: list (5), read both (6, 7).
    host: { failCallback: 4 },
    operation: async () => {
      const state = newStoredPartsState();
      await saveStoredMeeting(storedMeeting, state, at(0));
      const failed = await saveStoredMeeting(
        { ...storedMeeting, disabledRules: ['item-empty'] },
        state,
        at(5),
      ).then(
        () => null,
        (error: unknown) => error,
      );
      return { failed, loaded: await loadStoredMeeting(state) };
    },
    check: (o) => {
      expect(o.result?.failed).toBeInstanceOf(Error);
      expect(o.host.parts).toHaveLength(2);
      expect(o.host.parts[0]?.xml).not.toContain('item-empty');
      expect(o.result?.loaded.stored?.disabledRules).toEqual(['item-empty']);
    },
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save whose delete fails leaves both parts, and a load takes the newest',
    setUp: { body: [''] },
    outsideWordRun: true,
    // save 1: add (1), list (2); save 2: add (3), list (4), delete (5) fails.
    host: { failCallback: 5 },
    operation: async () => {
      const state = newStoredPartsState();
      await saveStoredMeeting(storedMeeting, state, at(0));
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['x'] }, state, at(5)).catch(() => null);
      return loadStoredMeeting(state);
    },
    check: (o) => {
      expect(o.host.parts).toHaveLength(2);
      expect(o.result?.stored?.disabledRules).toEqual(['x']);
    },
    budget: { syncs: 0, callbacks: 8 },
  }),
  scenario({
    name: 'A concurrent save: another person saved since the load, so the save is refused and theirs stays',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    expectsError: true,
    operation: async (_context, host) => {
      partFromElsewhere(host, '{p1}', storedMeetingXml(storedMeeting, '2022-08-25T10:00:00.000Z'));
      const state = newStoredPartsState();
      await loadStoredMeeting(state);
      // Their pane replaces the part the way a save does.
      host.parts.splice(0, 1, {
        id: '{theirs}',
        xml: storedMeetingXml({ ...storedMeeting, disabledRules: ['theirs'] }, '2022-08-25T10:03:00.000Z'),
      });
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['mine'] }, state, at(5));
    },
    check: (o) => {
      expect(o.error).toMatchObject({
        code: STORED_MEETING_CHANGED,
        message: expect.stringMatching(/Reload/),
      });
      expect(o.host.parts.map((p) => p.id)).toEqual(['{theirs}']);
    },
    // load: list + read; save: add, list, take ours out again.
    budget: { syncs: 0, callbacks: 5 },
  }),
  scenario({
    name: '"Keep mine" after a concurrent save replaces theirs',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      const state = newStoredPartsState();
      await loadStoredMeeting(state);
      partFromElsewhere(host, '{theirs}', storedMeetingXml(storedMeeting, '2022-08-25T10:03:00.000Z'));
      const refused = await saveStoredMeeting(storedMeeting, state, at(5)).catch((e: unknown) => e);
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['mine'] }, state, {
        ...at(6),
        overwrite: true,
      });
      return { refused, loaded: await loadStoredMeeting(state) };
    },
    check: (o) => {
      expect(o.result?.refused).toMatchObject({ code: STORED_MEETING_CHANGED });
      expect(o.host.parts).toHaveLength(1);
      expect(o.result?.loaded.stored?.disabledRules).toEqual(['mine']);
    },
    budget: { syncs: 0, callbacks: 12 },
  }),
  scenario({
    name: 'A part that fails validation is ignored with a notice, never a crash, and the next save replaces it',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(
        host,
        '{bad}',
        `<meeting xmlns="${storedMeetingNamespace()}">{"schemaVersion":1,"meeting":{"title":42}}</meeting>`,
      );
      const state = newStoredPartsState();
      const loaded = await loadStoredMeeting(state);
      await saveStoredMeeting(storedMeeting, state, at(5));
      return loaded;
    },
    check: (o) => {
      expect(o.result).toEqual({
        stored: null,
        notices: [
          expect.stringMatching(/do not match this version of Minutebook \(meeting\.title: .*ignored/),
        ],
      });
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain('Board &amp; &lt;friends&gt;');
    },
    budget: { syncs: 0, callbacks: 5 },
  }),
  scenario({
    name: 'A part from a newer schema is refused, kept as it is, and never deleted by a save',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(
        host,
        '{newer}',
        `<meeting xmlns="${storedMeetingNamespace()}">{"schemaVersion":7}</meeting>`,
      );
      const state = newStoredPartsState();
      const loaded = await loadStoredMeeting(state);
      await saveStoredMeeting(storedMeeting, state, at(5));
      await saveStoredMeeting(storedMeeting, state, at(6));
      return loaded;
    },
    check: (o) => {
      expect(o.result?.notices).toEqual([
        expect.stringMatching(/newer Minutebook \(schema 7.*kept in the document unchanged/),
      ]);
      expect(o.host.parts.map((p) => p.id)).toContain('{newer}');
      expect(o.host.parts).toHaveLength(2);
    },
    budget: { syncs: 0, callbacks: 8 },
  }),
  scenario({
    name: 'A part that could not be read (the read failed) is never deleted by a later save',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    // load: list (1), read (2) fails; save: add (3), list (4), nothing to delete.
    host: { failCallback: 2 },
    operation: async (_context, host) => {
      partFromElsewhere(host, '{p1}', storedMeetingXml(storedMeeting, '2022-08-25T10:00:00.000Z'));
      const state = newStoredPartsState();
      const failed = await loadStoredMeeting(state).catch((error: unknown) => error);
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['new'] }, state, at(5));
      return failed;
    },
    check: (o) => {
      expect(o.result).toBeInstanceOf(Error);
      expect(o.host.parts.map((p) => p.id)).toContain('{p1}');
      expect(o.host.parts).toHaveLength(2);
    },
    budget: { syncs: 0, callbacks: 4 },
  }),
  scenario({
    name: 'A damaged newest copy: the older readable one is restored and the pane told',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(host, '{good}', storedMeetingXml(storedMeeting, '2022-08-25T10:00:00.000Z'));
      partFromElsewhere(
        host,
        '{bad}',
        `<meeting xmlns="${storedMeetingNamespace()}" savedAt="2022-08-25T10:05:00.000Z">{not json</meeting>`,
      );
      return loadStoredMeeting(newStoredPartsState());
    },
    check: (o) => {
      expect(o.result?.stored).toEqual(storedMeeting);
      expect(o.result?.notices).toEqual([
        expect.stringMatching(/damaged/),
        'An earlier saved copy was restored instead.',
      ]);
    },
    budget: { syncs: 0, callbacks: 3 },
  }),
];

/** Restoring the meeting when the pane opens: the figure `roundTrips.restoreMeeting` (at most 2 callbacks). */
export const restoreStoredMeetingScenarios = [
  scenario({
    name: 'Restore reads one part in 2 callbacks',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(host, '{p1}', storedMeetingXml(storedMeeting, '2022-08-25T10:00:00.000Z'));
      return loadStoredMeeting(newStoredPartsState());
    },
    check: (o) => expect(o.result).toEqual({ stored: storedMeeting, notices: [] }),
    budget: { syncs: 0, callbacks: 2 },
  }),
  scenario({
    name: 'Restore from an older schema: the part is migrated and the pane told',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(host, '{old}', versionZeroXml());
      return loadStoredMeeting(newStoredPartsState());
    },
    check: (o) => {
      expect(o.result?.stored).toMatchObject({
        schemaVersion: 1,
        meeting: { title: 'Old board' },
        refs: { scheme: 'year', nextYearNumber: 1 },
      });
      expect(o.result?.notices).toEqual([
        expect.stringMatching(/older Minutebook \(schema 0\).*brought up to date/),
      ]);
    },
    budget: { syncs: 0, callbacks: 2 },
  }),
];

/** One save of the meeting over the copy last read: the figure `roundTrips.saveMeeting` (at most 3 callbacks). */
export const saveStoredMeetingScenarios = [
  scenario({
    name: 'Save is add, confirm, delete: 3 callbacks',
    hostOnly: PLANTS_A_PART,
    setUp: { body: [''] },
    outsideWordRun: true,
    operation: async (_context, host) => {
      partFromElsewhere(host, '{p1}', storedMeetingXml(storedMeeting, '2022-08-25T10:00:00.000Z'));
      // As after a load that saw that part.
      const state = newStoredPartsState();
      state.seen.add('{p1}');
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['item-empty'] }, state, at(5));
    },
    check: (o) => {
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain('item-empty');
    },
    budget: { syncs: 0, callbacks: 3 },
  }),
];
