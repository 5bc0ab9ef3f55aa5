import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { readSeedText } from '../../support/seed';
import { makePort } from '../support/fakePort';
import { renderView } from './harness';

/** The model document through the real reader and checks, one paragraph per line. */
function seedPort() {
  return makePort(readSeedText().split(/\r?\n/));
}

describe('Review and Actions views on the model document (real reader and checks)', () => {
  it('finds the non-standard ACTION- marker and goes to its line', async () => {
    const user = userEvent.setup();
    const doc = seedPort();
    renderView(ReviewView, { port: doc.port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    const warnings = (await screen.findByRole('heading', { name: /^Warnings \(\d+\)$/ })).closest('section')!;
    const marker = within(warnings)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Rule: action-marker-nonstandard'));
    expect(marker).toBeDefined();
    await user.click(within(marker!).getAllByRole('button')[0]!);
    expect(doc.goTo).toHaveBeenCalledTimes(1);
    expect(doc.port.lastGoTo?.excerpt).toContain('ACTION- DCC to review');
  });

  it('lists the five marked actions and the prose one as a suggestion', async () => {
    const doc = seedPort();
    renderView(ActionsView, { port: doc.port });
    const table = await screen.findByRole('table', { name: 'Actions' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    const suggested = screen.getByRole('table', { name: 'Suggested actions' });
    expect(suggested).toHaveTextContent(/digital strategy/i);
  });
});
