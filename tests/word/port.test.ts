import { DocumentOperationError, STORED_MEETING_CHANGED } from '../../src/core/port';
import { createWordDocumentPort } from '../../src/word/port';
import { buildDocument, installFakeOffice, type FakeHostOptions } from '../fakes/word';
import { storedMeeting } from './scenarios/stored-meeting';

function withHost<T>(
  options: FakeHostOptions,
  body: (host: ReturnType<typeof installFakeOffice>) => Promise<T>,
) {
  const host = installFakeOffice(buildDocument({ body: ['Intro', 'Body'] }), options);
  return body(host).finally(() => host.uninstall());
}

describe('the Word document port', () => {
  test('each method is one Word.run', () =>
    withHost({}, async (host) => {
      const port = createWordDocumentPort();
      await port.insertActionLine('ACTION: HP to write', '1-A1');
      await port.readParagraphs();
      expect(host.runs).toBe(2);
    }));

  test('reads reviewed text when the host has WordApi 1.4', () =>
    withHost({ wordApi14: true }, async () => {
      const result = await createWordDocumentPort().readParagraphs();
      expect(result.trackedDeletionsMayCount).toBe(false);
    }));

  test("a failed operation becomes a DocumentOperationError with the operation's name and Office's code", () =>
    withHost({ failSync: { sync: 1, code: 'AccessDenied' } }, async () => {
      const error = await createWordDocumentPort()
        .insertActionLine('ACTION: HP to write', '1-A1')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocumentOperationError);
      expect(error).toMatchObject({
        operation: 'Add action',
        code: 'AccessDenied',
        message: expect.stringMatching(/read-only/),
      });
    }));

  test('an unusable stored meeting loads as null and the notice reaches the pane', () =>
    withHost({}, async (host) => {
      host.parts.push({
        id: 'x',
        xml: '<meeting xmlns="urn:minutebook:stored-meeting:1">{"schemaVersion":2}</meeting>',
      });
      expect(await createWordDocumentPort().loadStoredMeeting()).toEqual({
        stored: null,
        notices: [expect.stringMatching(/newer Minutebook \(schema 2.*kept in the document unchanged/)],
      });
    }));

  test('save and load round-trip through the port', () =>
    withHost({}, async () => {
      const port = createWordDocumentPort();
      await port.saveStoredMeeting(storedMeeting);
      expect(await port.loadStoredMeeting()).toEqual({ stored: storedMeeting, notices: [] });
    }));

  test('one port remembers the parts it read: a save after another pane saved is refused, "keep mine" goes through', () =>
    withHost({}, async (host) => {
      const port = createWordDocumentPort();
      await port.saveStoredMeeting(storedMeeting);
      expect((await port.loadStoredMeeting()).stored).toEqual(storedMeeting);
      const other = createWordDocumentPort();
      await other.loadStoredMeeting();
      await other.saveStoredMeeting({ ...storedMeeting, disabledRules: ['theirs'] });
      await expect(port.saveStoredMeeting(storedMeeting)).rejects.toMatchObject({
        code: STORED_MEETING_CHANGED,
        operation: 'Save meeting details',
      });
      expect(host.parts).toHaveLength(1);
      await port.saveStoredMeeting({ ...storedMeeting, disabledRules: ['mine'] }, { overwrite: true });
      expect(host.parts).toHaveLength(1);
      expect((await other.loadStoredMeeting()).stored?.disabledRules).toEqual(['mine']);
    }));
});
