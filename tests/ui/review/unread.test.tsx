import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { makePort } from '../support/fakePort';
import { renderView } from './harness';

// A reading step that throws (as a bug would): the reader's catch-all keeps what it read and names the step.
jest.mock('../../../src/core/read/extract', () => ({
  ...jest.requireActual('../../../src/core/read/extract'),
  extract: () => {
    throw new Error('the action step broke');
  },
}));

it('says when part of the document could not be read, with the details, and still shows what was read', async () => {
  const user = userEvent.setup();
  renderView(ReviewView, { port: makePort(['Team meeting', 'Date: 1 May 2024', 'ACTION: AB to go.']).port });
  await user.click(screen.getByRole('button', { name: 'Check minutes' }));
  expect(await screen.findByText('Part of this document could not be read.')).toBeInTheDocument();
  expect(screen.getByText(/the action step broke/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'The meeting as read' })).toBeInTheDocument();
});
