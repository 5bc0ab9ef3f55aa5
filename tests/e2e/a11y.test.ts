import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Pane } from './support/browser';
import { expectStayedLocal, usePaneSession } from './support/session';
import { TOUR, expectTheme, settle } from './support/views';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Each violation with what is needed to fix it: rule, why, where. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  at ${node.target.join(' ')}\n  ${node.html}\n  ${node.failureSummary?.replace(/\n/g, '\n  ') ?? ''}\n  ${v.helpUrl}`,
    ),
  );
}

/** axe-core on every view, in order through one document per theme; a failing view does not stop the next. */
describe('WCAG 2.2 AA (axe-core) on every view of the built pane', () => {
  const session = usePaneSession();

  it.each(['light', 'dark'] as const)('the page outside Word (%s) has no violations', async (theme) => {
    const pane = await session.open({ colorScheme: theme, preview: false });
    await settle(pane.page);
    await expectTheme(pane.page, theme);
    expect((await axeViolations(pane.page)).join('\n\n')).toBe('');
    expectStayedLocal(pane);
  });

  // The stops run in order in one document per theme: run the whole file, not one test of the tour.
  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    let pane: Pane;
    beforeAll(async () => {
      pane = await session.openShared({ colorScheme: theme });
    });

    it.each(TOUR)('the $view view has no violations', async ({ reach }) => {
      await reach(pane.page);
      await settle(pane.page);
      await expectTheme(pane.page, theme);
      expect((await axeViolations(pane.page)).join('\n\n')).toBe('');
      expectStayedLocal(pane);
    });
  });
});
