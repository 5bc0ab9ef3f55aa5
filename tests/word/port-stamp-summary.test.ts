import { createWordDocumentPort } from '../../src/word/port';
import { buildDocument, installFakeOffice, viewOf } from '../fakes/word';

describe('the Word document port: stamping refs and updating the summary', () => {
  test('stampRefs is one Word.run of at most 2 syncs and wraps the ACTION paragraph', async () => {
    const model = buildDocument({ body: ['1. Finance', 'ACTION: HP to write'] });
    const host = installFakeOffice(model);
    try {
      const location = {
        paragraph: 1,
        contentControlId: null,
        excerpt: 'ACTION: HP to write',
        occurrence: 0,
        part: 'body' as const,
      };
      const result = await createWordDocumentPort().stampRefs([{ location, ref: '1-A1' }]);
      expect(result.stamped).toBe(1);
      expect(host.runs).toBe(1);
      expect(host.syncs).toBeLessThanOrEqual(2);
      expect(viewOf(model).body[1]).toMatchObject({ text: 'ACTION: HP to write', titles: ['Action 1-A1'] });
    } finally {
      host.uninstall();
    }
  });

  test('updateActionSummary without a summary table says so and writes nothing', async () => {
    const model = buildDocument({ body: ['1. Finance'] });
    const host = installFakeOffice(model);
    try {
      expect(await createWordDocumentPort().updateActionSummary([['1-A1']], null)).toMatchObject({
        found: false,
      });
      expect(model.writes).toEqual([]);
      expect(host.runs).toBe(1);
    } finally {
      host.uninstall();
    }
  });
});
