import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { makePort } from '../support/fakePort';
import { renderView } from './harness';
import { TEXTS } from './fixtures';

jest.mock('../../../src/core/review', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fakeReview } = require('./fixtures');
  return { review: jest.fn(fakeReview), quorumFor: () => null };
});

/**
 * axe-core's WCAG 2.2 A/AA rules on the rendered view. jsdom has no layout, so contrast and target size are left
 * to the Playwright run in a real browser; names, roles, headings, lists and tables are checked here.
 */
async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      'color-contrast': { enabled: false },
      region: { enabled: false },
      'target-size': { enabled: false },
    },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function headingLevels(): number[] {
  return screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
}

describe('accessibility of the Review and Actions views', () => {
  it('the checked Review view has no axe violations and headings go h1 then h2', async () => {
    const user = userEvent.setup();
    const { container } = renderView(ReviewView, { port: makePort(TEXTS).port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    await screen.findByRole('heading', { name: 'Errors (2)' });
    expect(await violations(container)).toEqual([]);
    const levels = headingLevels();
    expect(levels[0]).toBe(1);
    expect(levels.slice(1).every((level) => level === 2)).toBe(true);
  });

  it('the Actions view has no axe violations, a labelled owner filter and headings in order', async () => {
    const { container } = renderView(ActionsView, { port: makePort(TEXTS).port });
    await screen.findByRole('table', { name: 'Actions' });
    expect(await violations(container)).toEqual([]);
    expect(screen.getByRole('combobox', { name: 'Show actions of' })).toBeInTheDocument();
    const levels = headingLevels();
    expect(levels[0]).toBe(1);
    expect(levels.slice(1).every((level) => level === 2)).toBe(true);
  });
});
