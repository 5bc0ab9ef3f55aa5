import type { ParagraphSpec } from '../../fakes/word';
import { updateHeader } from '../../../src/word/update-header';
import { insertBlock } from '../../../src/word/insert-block';
import { buildHeaderBlock } from '../../../src/core/write';
import { TAGS } from '../../../src/core/port';
import { headerFingerprints, wantedHeaderLines } from '../../../src/core/write/header-update';
import type { Meeting } from '../../../src/core/model/meeting';
import { newStoredMeeting } from '../../../src/taskpane/hooks/useMeetingStore';
import { scenario } from '../scenario';

const header = { id: 70, tag: TAGS.header, title: 'Minutebook: meeting details' };

const meeting: Meeting = {
  ...newStoredMeeting().meeting,
  title: 'Quillfield Choir trustees',
  date: '2026-04-14',
  chair: 'Maren Oakley',
  venue: 'Vestry room',
};

/** The header block as the add-in wrote it: the title, then each line with its label in bold. */
function headerBlock(m: Meeting, edit: (line: string) => string = (l) => l): ParagraphSpec[] {
  return wantedHeaderLines(m).map(([label, value], i): ParagraphSpec => {
    if (i === 0) return { text: edit(value), style: 'Title', controls: [header] };
    const text = edit(`${label}: ${value}`);
    return { text, bold: [[0, label.length + 2]], controls: [header] };
  });
}

const request = (now: Meeting, last: Meeting | null, extra = {}) => ({
  wanted: wantedHeaderLines(now),
  lastWritten: last ? headerFingerprints(wantedHeaderLines(last)) : null,
  ...extra,
});

/** Update the header block in place: only values the add-in wrote are rewritten, bold labels kept, ≤ 2 syncs. */
export const updateHeaderScenarios = [
  scenario({
    name: 'header: an unedited value is rewritten, its bold label kept, nothing else written',
    setUp: { body: ['Before', ...headerBlock(meeting), 'After'] },
    operation: (context) => updateHeader(context, request({ ...meeting, chair: 'Jasper Wenlock' }, meeting)),
    expected: {
      body: [
        { text: 'Before' },
        { text: 'Quillfield Choir trustees', style: 'Title' },
        { text: 'Date: Tuesday 14 April 2026', bold: 'Date: ' },
        { text: 'Chair: Jasper Wenlock', bold: 'Chair: ', tags: [TAGS.header] },
        { text: 'Venue: Vestry room', bold: 'Venue: ' },
        { text: 'After' },
      ],
    },
    check: (o) => {
      expect(o.result).toMatchObject({ found: true, applied: true, updatedLines: 1, conflicts: [] });
      expect(o.result?.written).toEqual(
        headerFingerprints(wantedHeaderLines({ ...meeting, chair: 'Jasper Wenlock' })),
      );
      expect(o.host.model.writes.map((w) => w.method)).toEqual(['Range.insertText']);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'header: a value the user edited is left as it is and shown as a conflict; the title follows the form',
    setUp: {
      body: headerBlock(meeting, (l) => (l.startsWith('Chair') ? 'Chair: Maren Oakley (acting)' : l)),
    },
    operation: (context) =>
      updateHeader(
        context,
        request({ ...meeting, title: 'Quillfield Choir AGM', chair: 'Jasper Wenlock' }, meeting),
      ),
    expected: {
      body: [
        { text: 'Quillfield Choir AGM', style: 'Title' },
        { text: 'Date: Tuesday 14 April 2026' },
        { text: 'Chair: Maren Oakley (acting)', bold: 'Chair: ' },
        { text: 'Venue: Vestry room' },
      ],
    },
    check: (o) => {
      expect(o.result?.conflicts).toEqual([
        { label: 'Chair', form: 'Jasper Wenlock', document: 'Maren Oakley (acting)' },
      ]);
      expect(o.result?.updatedLines).toBe(1);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'header: a field the form gained goes in its place, bold label; one it lost goes; the user’s line stays',
    setUp: {
      body: [
        ...headerBlock(meeting).slice(0, 2),
        { text: 'Observers: two parishioners', controls: [header] },
        ...headerBlock(meeting).slice(2),
        'After',
      ],
    },
    operation: (context) =>
      updateHeader(context, request({ ...meeting, startTime: '18:30', venue: '' }, meeting)),
    expected: {
      body: [
        { text: 'Quillfield Choir trustees' },
        { text: 'Date: Tuesday 14 April 2026' },
        { text: 'Time: 18:30', bold: 'Time: ', style: 'Normal', tags: [TAGS.header] },
        { text: 'Observers: two parishioners' },
        { text: 'Chair: Maren Oakley' },
        { text: 'After' },
      ],
    },
    check: (o) => {
      expect(o.result).toMatchObject({ addedLines: 1, removedLines: 1, kept: [], conflicts: [] });
      // The user's line was neither rewritten nor deleted.
      const observers = o.host.model.body.paragraphs.find((p) => p.text.startsWith('Observers'))!;
      expect(o.host.model.writes.flatMap((w) => w.paragraphUids)).not.toContain(observers.uid);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'header: a line the form lost that the user edited stays and is reported',
    setUp: {
      body: headerBlock(meeting, (l) => (l.startsWith('Venue') ? 'Venue: Vestry room, side door' : l)),
    },
    operation: (context) => updateHeader(context, request({ ...meeting, venue: '' }, meeting)),
    expected: {
      body: [
        { text: 'Quillfield Choir trustees' },
        { text: 'Date: Tuesday 14 April 2026' },
        { text: 'Chair: Maren Oakley' },
        { text: 'Venue: Vestry room, side door' },
      ],
    },
    check: (o) => {
      expect(o.result?.kept).toEqual([
        { label: 'Venue', document: 'Vestry room, side door', reason: 'someone wrote in it', written: true },
      ]);
      expect(o.result?.applied).toBe(false);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'header: a value with Word’s special characters is found in Word’s notation',
    setUp: { body: headerBlock({ ...meeting, venue: 'Room ^3\u00a0(east)' }) },
    operation: (context) =>
      updateHeader(context, request(meeting, { ...meeting, venue: 'Room ^3\u00a0(east)' })),
    check: (o) => {
      expect(o.view.body.at(-1)).toMatchObject({ text: 'Venue: Vestry room', bold: 'Venue: ' });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'header: a dry run reads once and writes nothing',
    setUp: { body: headerBlock(meeting) },
    operation: (context) =>
      updateHeader(context, request({ ...meeting, chair: 'Jasper Wenlock' }, meeting, { dryRun: true })),
    check: (o) => {
      expect(o.result).toMatchObject({ found: true, applied: false, updatedLines: 1 });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'header: no header block in the document: found false, nothing written',
    setUp: { body: ['Just some minutes'] },
    operation: (context) => updateHeader(context, request(meeting, meeting)),
    check: (o) => {
      expect(o.result).toMatchObject({ found: false, applied: false });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'header: inserted by the add-in, then updated: the new line goes in the control, Insert all twice adds nothing',
    setUp: { body: ['Typed before'], cursor: { paragraph: 0 } },
    operation: async (context) => {
      await insertBlock(context, buildHeaderBlock(meeting));
      const same = await updateHeader(context, request(meeting, meeting));
      const changed = await updateHeader(
        context,
        request({ ...meeting, chair: 'Jasper Wenlock', minuteTaker: 'Bryony Tull' }, meeting),
      );
      return { same, changed };
    },
    check: (o) => {
      // Updating a header that follows the form writes nothing: Insert all twice leaves one header.
      expect(o.result?.same).toMatchObject({ found: true, applied: false, updatedLines: 0, conflicts: [] });
      expect(o.result?.changed).toMatchObject({ applied: true, updatedLines: 1, addedLines: 1 });
      const inHeader = o.view.body.filter((p) => p.tags.includes(TAGS.header) && p.text !== '');
      expect(inHeader.map((p) => p.text)).toEqual([
        'Quillfield Choir trustees',
        'Date: Tuesday 14 April 2026',
        'Chair: Jasper Wenlock',
        'Minute-taker: Bryony Tull',
        'Venue: Vestry room',
      ]);
      expect(inHeader[3]).toMatchObject({ styleBuiltIn: 'Normal' });
    },
    // The insert at 4 syncs (its DRAFT status goes into the section's footers), then 1 (nothing to write) and 2.
    budget: { syncs: 7, callbacks: 0 },
    question:
      'Does a paragraph made by insertParagraph after the last line inside the header control stay inside the control?',
  }),
  scenario({
    name: 'header: a failed write says lines may be part-updated and that updating again is safe',
    setUp: { body: headerBlock(meeting) },
    failSync: { sync: 2, command: 'Range.insertText' },
    operation: (context) => updateHeader(context, request({ ...meeting, chair: 'Jasper Wenlock' }, meeting)),
    check: (o) =>
      expect(o.error).toMatchObject({
        name: 'DocumentOperationError',
        operation: 'Update header',
        changed: expect.stringMatching(/Update again/),
      }),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'header: a two-line venue (a manual line break) is found and rewritten with Word’s line break',
    setUp: {
      body: [
        ...headerBlock(meeting).slice(0, 3),
        { text: 'Venue: Vestry room\vChurch Street', bold: [[0, 7]], controls: [header] },
      ],
    },
    operation: (context) =>
      updateHeader(
        context,
        request(
          { ...meeting, venue: 'Church hall\nMarket Row' },
          { ...meeting, venue: 'Vestry room\nChurch Street' },
        ),
      ),
    check: (o) => {
      expect(o.result).toMatchObject({ applied: true, updatedLines: 1, conflicts: [] });
      expect(o.view.body.at(-1)).toMatchObject({ text: 'Venue: Church hall\vMarket Row', bold: 'Venue: ' });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
];
