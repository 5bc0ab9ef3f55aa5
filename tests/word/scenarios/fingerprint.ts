import { fingerprintOf } from '../../../src/core/fingerprint';
import type { ReadResult } from '../../../src/core/port';
import { documentFingerprint } from '../../../src/word/fingerprint';
import { readParagraphs } from '../../../src/word/read-paragraphs';
import { scenario } from '../scenario';

const cell = { id: 40, tag: 'minutebook:items', title: 'Items' };

/** The cheap "did the minutes change?" read before an export: the body's paragraph texts only, 1 sync. */
export const fingerprintScenarios = [
  scenario({
    name: 'the fingerprint is the body paragraphs\u2019 count and text hash, in 1 sync, headers left out',
    setUp: {
      body: [
        'Minutes',
        { text: '1', cell: [0, 0, 0], controls: [cell] },
        { text: 'Welcome', cell: [0, 0, 1], controls: [cell] },
        '',
      ],
      header: ['OFFICIAL'],
    },
    operation: (context) => documentFingerprint(context),
    check: (o) => expect(o.result).toEqual(fingerprintOf(['Minutes', '1', 'Welcome', ''])),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: "the read's own fingerprint equals the cheap one, so an unchanged document compares equal",
    setUp: {
      // A tracked deletion: the read gives the reviewed text, the fingerprint each paragraph's text.
      body: ['Minutes', { text: 'ACTION: HP to write today.', reviewedText: 'ACTION: HP to write.' }, ''],
      header: ['OFFICIAL'],
    },
    host: { wordApi14: true },
    operation: async (context) => {
      const read = await readParagraphs(context, { reviewedText: true });
      return { read, cheap: await documentFingerprint(context) };
    },
    check: (o) => {
      const { read, cheap } = o.result as { read: ReadResult; cheap: unknown };
      expect(read.paragraphs[1]?.text).toBe('ACTION: HP to write.');
      expect(read.fingerprint).toEqual(cheap);
    },
    budget: { syncs: 3, callbacks: 0 },
  }),
];
