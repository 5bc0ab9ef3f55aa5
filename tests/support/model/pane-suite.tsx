import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { makePort } from '../../ui/support/fakePort';
import { renderView } from '../../ui/review/harness';
import type { ModelExpectations } from './expectations';

/** The Review and Actions views on a model meeting, through the real reader and checks, a paragraph a line. */
export function describeModelPane(name: string, expected: ModelExpectations): void {
  const modelPort = () => makePort(expected.text.split(/\r?\n/));

  describe(`Review and Actions views on ${name} (real reader and checks)`, () => {
    it('finds the non-standard marker and goes to its line', async () => {
      const user = userEvent.setup();
      const doc = modelPort();
      renderView(ReviewView, { port: doc.port });
      await user.click(screen.getByRole('button', { name: 'Check minutes' }));
      const warnings = (await screen.findByRole('heading', { name: /^Warnings \(\d+\)$/ })).closest(
        'section',
      )!;
      const marker = within(warnings)
        .getAllByRole('listitem')
        .find((item) => within(item).queryByText('Rule: action-marker-nonstandard'));
      expect(marker).toBeDefined();
      await user.click(within(marker!).getAllByRole('button')[0]!);
      expect(doc.goTo).toHaveBeenCalledTimes(1);
      expect(doc.port.lastGoTo?.excerpt).toMatch(expected.malformed.excerpt);
    });

    it('lists the marked actions and the prose one as a suggestion', async () => {
      const doc = modelPort();
      renderView(ActionsView, { port: doc.port });
      const table = await screen.findByRole('table', { name: 'Actions' });
      expect(within(table).getAllByRole('row')).toHaveLength(1 + expected.marked.length);
      const suggested = screen.getByRole('table', { name: 'Suggested actions' });
      expect(suggested).toHaveTextContent(expected.suggestion.text);
    });
  });
}
