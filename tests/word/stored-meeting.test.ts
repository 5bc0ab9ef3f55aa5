import {
  loadStoredMeeting,
  parseStoredMeetingXml,
  saveStoredMeeting,
  setStoredMeetingNamespace,
  STORED_MEETING_NAMESPACE,
  storedMeetingNamespace,
  storedMeetingXml,
  xmlText,
} from '../../src/word/stored-meeting';
import { buildDocument, installFakeOffice } from '../fakes/word';
import { storedMeeting } from './scenarios/stored-meeting';

describe('the stored meeting part', () => {
  test("the test kit's own namespace keeps its parts apart, and the product's is back once it is unset", async () => {
    const host = installFakeOffice(buildDocument({ body: [''] }));
    try {
      await saveStoredMeeting(storedMeeting);
      setStoredMeetingNamespace('urn:minutebook:word-kit:stored-meeting:1');
      await expect(loadStoredMeeting()).resolves.toEqual({ stored: null, notices: [] });
      await saveStoredMeeting(storedMeeting);
      expect(host.parts.map((p) => /xmlns="([^"]+)"/.exec(p.xml)?.[1])).toEqual([
        STORED_MEETING_NAMESPACE,
        'urn:minutebook:word-kit:stored-meeting:1',
      ]);
    } finally {
      setStoredMeetingNamespace();
      host.uninstall();
    }
    expect(storedMeetingNamespace()).toBe(STORED_MEETING_NAMESPACE);
  });

  test.each([
    ['&quot;a&quot; &apos;b&apos;', `"a" 'b'`],
    ['&#39;&#x27;', "''"],
    ['&lt;&gt;&amp;lt;', '<>&lt;'],
    ['&#233;&#x1F600;', 'é😀'],
    ['<![CDATA[{"a":"<&>"}]]>', '{"a":"<&>"}'],
  ])('its text decodes every XML escape: %s', (raw, text) => {
    expect(xmlText(raw)).toBe(text);
  });

  test('its XML escapes the JSON so any text survives', () => {
    const xml = storedMeetingXml(
      { ...storedMeeting, disabledRules: [']]> & </meeting>'] },
      '2022-08-25T10:00:00Z',
    );
    const read = parseStoredMeetingXml(xml).read;
    expect(read.kind === 'read' && read.stored.disabledRules).toEqual([']]> & </meeting>']);
  });

  test('a part that does not match the schema is ignored, with a readable message', () => {
    const { read } = parseStoredMeetingXml(
      '<meeting xmlns="urn:minutebook:stored-meeting:1">{"schemaVersion":1,"attendees":"x"}</meeting>',
    );
    expect(read).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/do not match this version of Minutebook \(meeting: /),
    });
  });

  test('a damaged part is ignored, with a readable message', () => {
    expect(parseStoredMeetingXml('<meeting>{not json</meeting>').read).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/damaged/),
    });
  });

  test('the stamps are read in any attribute order and quote', () => {
    const parsed = parseStoredMeetingXml(
      `<m:meeting revision='r&amp;1' xmlns:m="urn:minutebook:stored-meeting:1" savedAt="2022">{}</m:meeting>`,
    );
    expect(parsed).toMatchObject({ savedAt: '2022', revision: 'r&1' });
  });

  test('details above 64 KB are refused with a message that says what to do, and nothing is written', async () => {
    const host = installFakeOffice(buildDocument({ body: [] }));
    try {
      const big = { ...storedMeeting, disabledRules: ['x'.repeat(70 * 1024)] };
      await expect(saveStoredMeeting(big)).rejects.toMatchObject({
        message: expect.stringMatching(/limit is 64 KB.*Shorten/),
      });
      expect(host.callbacks).toBe(0);
      expect(host.parts).toEqual([]);
    } finally {
      host.uninstall();
    }
  });
});
