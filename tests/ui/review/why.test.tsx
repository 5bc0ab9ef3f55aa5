import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { makePort } from '../support/fakePort';
import { renderView } from './harness';

/** "Why?" on demand, beside a finding and beside each action read, from the reader's trace. */
const MINUTES = [
  'Allotment committee',
  'Date: 4 March 2025',
  'Chair: Rosa Ferrante',
  'Present: Rosa Ferrante (RF), Idris Kaya (IK)',
  '1. Water troughs',
  'ACTION- IK to fix the leaking trough by 1 April 2025.',
];

async function checked() {
  const user = userEvent.setup();
  renderView(ReviewView, { port: makePort(MINUTES).port });
  await user.click(screen.getByRole('button', { name: 'Check minutes' }));
  await screen.findByRole('heading', { name: 'Actions as read' });
  return user;
}

describe('Why? in the Review view', () => {
  it('shows, beside a finding on an action, which line made it an action and whom the owner matched', async () => {
    const user = await checked();
    const finding = screen
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Rule: action-marker-nonstandard'))!;
    const why = within(finding).getByRole('button', { name: 'Why? (this finding)' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(within(finding).queryByText(/owner IK matched Idris Kaya/)).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(within(finding).getByText(/ACTION- – .*owner IK matched Idris Kaya/)).toBeVisible();
  });

  it('lists each action as read, with its own Why?', async () => {
    const user = await checked();
    const section = screen.getByRole('heading', { name: 'Actions as read' }).closest('section')!;
    expect(section).toHaveTextContent('1 · IK: fix the leaking trough');
    await user.click(within(section).getByRole('button', { name: 'Why? (the action for IK)' }));
    expect(within(section).getByText(/matched Idris Kaya \(IK\)/)).toBeVisible();
  });

  it('shows why each attendee was read, on request', async () => {
    const user = await checked();
    await user.click(screen.getByRole('button', { name: 'Show attendees as read (2)' }));
    const list = screen.getByRole('list', { name: 'Attendees as read' });
    await user.click(within(list).getByRole('button', { name: 'Why? (Idris Kaya)' }));
    expect(within(list).getByText(/Idris Kaya \(present\) – an attendance list, ¶4/)).toBeVisible();
  });
});
