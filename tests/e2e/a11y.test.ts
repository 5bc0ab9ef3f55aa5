import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expectStayedLocal, usePaneSession } from './support/session';
import { VIEWS_TO_SHOW, backgroundLuminance, showView } from './support/views';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Each violation with what is needed to fix it: rule, why, where. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  at ${node.target.join(' ')}\n  ${node.failureSummary?.replace(/\n/g, '\n  ') ?? ''}\n  ${v.helpUrl}`,
    ),
  );
}

describe('WCAG 2.2 AA (axe-core) on every view of the built pane', () => {
  const session = usePaneSession();

  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    it.each(VIEWS_TO_SHOW)('the %s view has no axe violations', async (view) => {
      const pane = await session.open({ colorScheme });
      await showView(pane.page, view);
      const luminance = await backgroundLuminance(pane.page);
      if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.2);
      else expect(luminance).toBeGreaterThan(0.8);
      const violations = await axeViolations(pane.page);
      expect(violations.join('\n\n')).toBe('');
      expectStayedLocal(pane);
    });
  });
});
