import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryDocumentPort } from '../../../src/memory/port';
import { ReviewView } from '../../../src/taskpane/views/ReviewView';
import { editDocument, makeHost, makePort } from '../support/fakePort';
import { emptyStored, renderView } from './harness';
import { FIXTURE_PROBLEMS, TEXTS } from './fixtures';

jest.mock('../../../src/core/review', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fakeReview } = require('./fixtures');
  return { review: jest.fn(fakeReview), quorumFor: () => null };
});

async function checkFixture(host = makeHost()) {
  const user = userEvent.setup();
  const doc = makePort(TEXTS);
  const view = renderView(ReviewView, { port: doc.port, host });
  await user.click(screen.getByRole('button', { name: 'Check minutes' }));
  await screen.findByRole('heading', { name: 'Errors (2)' });
  return { user, doc, view };
}

describe('Review view', () => {
  // The reviewer's name is remembered in this browser; each test starts with none.
  beforeEach(() => localStorage.clear());

  it('groups the problems by severity with counts and says the totals in a live region', async () => {
    await checkFixture();
    expect(screen.getByRole('heading', { name: 'Warnings (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Notes (1)' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checked: 2 errors, 2 warnings, 1 note.');
    const errors = screen.getByRole('heading', { name: 'Errors (2)' }).closest('section')!;
    expect(within(errors).getAllByRole('listitem')).toHaveLength(2);
  });

  it('lists the meeting as read so the reviewer sees what was understood', async () => {
    await checkFixture();
    const asRead = screen.getByRole('heading', { name: 'The meeting as read' }).closest('section')!;
    expect(asRead).toHaveTextContent('Assurance Meeting');
    expect(asRead).toHaveTextContent('Attendees3');
    expect(asRead).toHaveTextContent('Items3');
    expect(asRead).toHaveTextContent('Actions5 (and 1 suggested)');
  });

  it('goes to the problem’s place when the problem is clicked', async () => {
    const { user, doc } = await checkFixture();
    await user.click(screen.getByRole('button', { name: FIXTURE_PROBLEMS[2]!.message }));
    expect(doc.goTo).toHaveBeenCalledWith(FIXTURE_PROBLEMS[2]!.location);
    expect(doc.port.lastGoTo).toEqual(FIXTURE_PROBLEMS[2]!.location);
  });

  it('says so when the place cannot be found any more', async () => {
    const { user, doc } = await checkFixture();
    doc.port.failNext('goTo', 'Paragraph 8 is no longer in the document.');
    await user.click(screen.getByRole('button', { name: FIXTURE_PROBLEMS[2]!.message }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be found in the document/);
  });

  it('gives a problem about the whole document no go-to button', async () => {
    await checkFixture();
    expect(screen.queryByRole('button', { name: FIXTURE_PROBLEMS[1]!.message })).not.toBeInTheDocument();
    expect(screen.getByText(FIXTURE_PROBLEMS[1]!.message, { exact: false })).toBeInTheDocument();
  });

  it('dismisses a finding: stored with rule, excerpt, name, time and reason, hidden, and can be shown again', async () => {
    const { user, view } = await checkFixture();
    await user.type(screen.getByLabelText(/Your name/), 'Pat Reviewer');
    const problem = FIXTURE_PROBLEMS[3]!;
    await user.click(screen.getByRole('button', { name: `Dismiss: ${problem.message}` }));
    await user.type(screen.getByLabelText('Reason (optional)'), 'our marker is agreed');
    await user.click(screen.getByRole('button', { name: 'Dismiss finding' }));
    const saved = view.lastSaved()!;
    expect(saved.dismissed).toEqual([
      {
        rule: problem.rule,
        excerpt: problem.location!.excerpt,
        by: 'Pat Reviewer',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        reason: 'our marker is agreed',
      },
    ]);
    expect(screen.getByText(/dismissed by Pat Reviewer, .*: our marker is agreed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: problem.message })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Warnings (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Show again: action-marker-nonstandard/ }));
    expect(view.lastSaved()!.dismissed).toEqual([]);
    expect(screen.getByRole('button', { name: problem.message })).toBeInTheDocument();
  });

  it('switches a rule off for the document and back on', async () => {
    const { user, view } = await checkFixture();
    await user.click(
      screen.getByRole('button', { name: /^Switch off for this document: An action gives no due date/ }),
    );
    expect(view.lastSaved()!.disabledRules).toEqual(['action-without-due']);
    expect(screen.queryByRole('heading', { name: /^Notes/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Switch back on: An action gives no due date/ }));
    expect(view.lastSaved()!.disabledRules).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Notes (1)' })).toBeInTheDocument();
  });

  it('shows "results may be out of date" after a document change, and one click re-checks', async () => {
    const { user, doc } = await checkFixture();
    expect(screen.queryByText('Results may be out of date')).not.toBeInTheDocument();
    act(() => editDocument(doc.port, [...TEXTS, 'A new line']));
    expect(await screen.findByText('Results may be out of date')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Re-check now' }));
    await waitFor(() => expect(screen.queryByText('Results may be out of date')).not.toBeInTheDocument());
    expect(doc.reads).toHaveBeenCalledTimes(2);
  });

  it('says there is nothing to check in an empty document, not an empty list', async () => {
    const user = userEvent.setup();
    const doc = makePort(['', '   ', '\t']);
    renderView(ReviewView, { port: doc.port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(await screen.findByText('Nothing to check: this document has no text yet.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^(Errors|Warnings|Notes) \(/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/No problems found/)).not.toBeInTheDocument();
  });

  it('asks once for the name of whoever dismisses, when neither the host nor the settings give one', async () => {
    const { user, view } = await checkFixture();
    const problem = FIXTURE_PROBLEMS[3]!;
    await user.click(screen.getByRole('button', { name: `Dismiss: ${problem.message}` }));
    const confirm = screen.getByRole('button', { name: 'Dismiss finding' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/asked once/), 'Kim Reviewer');
    await user.click(confirm);
    expect(view.lastSaved()!.dismissed[0]).toMatchObject({ by: 'Kim Reviewer' });
    expect(screen.getByLabelText(/Your name \(recorded/)).toHaveValue('Kim Reviewer');
  });

  it('groups repeated findings of one kind, each place one click away; the rule id is a detail, last', async () => {
    await checkFixture();
    for (const item of screen.getAllByRole('listitem')) {
      const rule = within(item).queryByText(/^Rule: /);
      if (rule) expect(item.textContent?.trim().endsWith(rule.textContent ?? '')).toBe(true);
    }
  });

  it('says so positively when there are no problems', async () => {
    const user = userEvent.setup();
    const doc = makePort(['Team notes', 'All fine.']);
    renderView(ReviewView, { port: doc.port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(await screen.findByText(/No problems found: every check passed/)).toBeInTheDocument();
  });

  it('says what happened and what to do when the document cannot be read', async () => {
    const user = userEvent.setup();
    const doc = makePort(TEXTS);
    renderView(ReviewView, { port: doc.port });
    doc.port.failNext('readParagraphs', 'Word did not answer');
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(await screen.findByText('The document could not be read.')).toBeInTheDocument();
    expect(
      screen.getByText(/Word did not answer \(Office error SimulatedFailure\)\. Try Check minutes again/),
    ).toBeInTheDocument();
  });

  it('shows the working state while reading', async () => {
    const user = userEvent.setup();
    const doc = makePort(TEXTS);
    let release: () => void = () => {};
    doc.reads.mockImplementationOnce(
      () =>
        new Promise(
          (resolve) => (release = () => resolve({ paragraphs: [], trackedDeletionsMayCount: false })),
        ),
    );
    renderView(ReviewView, { port: doc.port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(screen.getByText('Checking the document…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check minutes' })).toBeDisabled();
    release();
    expect(await screen.findByText(/Nothing to check/)).toBeInTheDocument();
  });

  it('checks at once when opened from the ribbon’s Check minutes', async () => {
    const doc = makePort(TEXTS);
    renderView(ReviewView, { port: doc.port, host: makeHost({ requestedView: 'review' }) });
    expect(await screen.findByRole('heading', { name: 'Errors (2)' })).toBeInTheDocument();
    expect(doc.reads).toHaveBeenCalledTimes(1);
  });

  it('warns that deleted tracked text may be counted where Word cannot leave it out', async () => {
    const user = userEvent.setup();
    const doc = makePort(TEXTS);
    doc.reads.mockImplementation(async () => ({
      ...(await MemoryDocumentPort.prototype.readParagraphs.call(doc.port)),
      trackedDeletionsMayCount: true,
    }));
    renderView(ReviewView, { port: doc.port });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(await screen.findByText(/deleted text may still be counted/)).toBeInTheDocument();
  });

  it('works without a provider from the App, keeping dismissals already stored hidden', async () => {
    const user = userEvent.setup();
    const doc = makePort(TEXTS);
    const problem = FIXTURE_PROBLEMS[0]!;
    const stored = emptyStored({
      dismissed: [
        { rule: problem.rule, excerpt: problem.location!.excerpt, by: 'Sam', at: '2022-08-26T09:00:00.000Z' },
      ],
    });
    renderView(ReviewView, { port: doc.port, stored, shared: false });
    await user.click(screen.getByRole('button', { name: 'Check minutes' }));
    expect(await screen.findByRole('heading', { name: 'Errors (1)' })).toBeInTheDocument();
    expect(screen.getByText(/dismissed by Sam, 2022-08-26/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Your name/)).toHaveValue('Sam');
  });
});
