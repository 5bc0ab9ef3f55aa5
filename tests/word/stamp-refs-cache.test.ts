import { stampRefs } from '../../src/word/stamp-refs';
import { stampRefs as stampRefsBefore16 } from './legacy/stamp-refs-before-16';
import { runScenario } from './run-scenario';
import { stampRefsScenarios } from './scenarios/stamp-refs';
import type { WordScenario } from './scenario';
import type { RefStamp, StampResult } from '../../src/core/port';

/**
 * Issue 16's first bug, shown on the real Office.js client: the stamp-refs code before the fix loaded the one
 * cached `body.paragraphs` once per stamp in one batch, so every stamp saw the last stamp's paragraph. The
 * hand-written Word fake built a fresh proxy on every access and never showed it.
 */
const repeated = stampRefsScenarios.find((s) => s.name.startsWith('two actions with the same text'))!;

function withImplementation(
  s: WordScenario,
  implementation: (context: Word.RequestContext, stamps: RefStamp[]) => Promise<StampResult>,
): WordScenario {
  const stamps: RefStamp[] = [
    {
      location: {
        paragraph: 0,
        excerpt: 'ACTION: GC to check.',
        contentControlId: null,
        occurrence: 0,
        part: 'body',
      },
      ref: '1-A1',
    },
    {
      location: {
        paragraph: 2,
        excerpt: 'ACTION: GC to check.',
        contentControlId: null,
        occurrence: 0,
        part: 'body',
      },
      ref: '1-A2',
    },
  ];
  return { ...s, operation: (context) => implementation(context, stamps) };
}

describe('stamp refs with repeated text, on the real Office.js client', () => {
  test('the code before the fix puts both refs on one paragraph and still says "stamped 2"', async () => {
    const outcome = await runScenario(withImplementation(repeated, stampRefsBefore16));
    expect(outcome.result).toMatchObject({ stamped: 2 });
    expect(outcome.view.body.map((p) => p.titles)).toEqual([[], [], ['Action 1-A1', 'Action 1-A2']]);
  });

  test('the fixed code gives each paragraph its own ref', async () => {
    const outcome = await runScenario(withImplementation(repeated, stampRefs));
    expect(outcome.view.body.map((p) => p.titles)).toEqual([['Action 1-A1'], [], ['Action 1-A2']]);
  });
});
