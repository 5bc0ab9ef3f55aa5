import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paragraph } from '../../../src/core/model';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { makePort } from '../support/fakePort';
import { renderView } from '../review/harness';
import { TEXTS } from '../review/fixtures';
import { captureDownloads } from '../../unit/delivery/captureDownloads';

jest.mock('../../../src/core/review', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fakeReview } = require('../review/fixtures');
  return { review: jest.fn(fakeReview), quorumFor: () => null };
});

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => downloads.restore());

async function openActions() {
  const user = userEvent.setup();
  const doc = makePort(TEXTS);
  const fingerprints = jest.spyOn(doc.port, 'documentFingerprint');
  renderView(ActionsView, { port: doc.port });
  await screen.findByRole('table', { name: 'Actions' });
  return { user, doc, fingerprints };
}

describe('before an export, the minutes are compared with the last check', () => {
  it('an unchanged document exports from the last check after one fingerprint, with no new read', async () => {
    const { user, doc, fingerprints } = await openActions();
    expect(doc.reads).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.downloads).toHaveLength(1));
    expect(fingerprints).toHaveBeenCalledTimes(1);
    expect(doc.reads).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/minutes changed since the last check/)).not.toBeInTheDocument();
  });

  it('an edit Word sent no event for stops the export and offers Check again, which reads the document', async () => {
    const { user, doc } = await openActions();
    doc.port.replaceBodyUnannounced(
      [...TEXTS, 'ACTION: a line added by a co-author.'].map((t, i) => paragraph(i, t)),
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/The minutes changed since the last check/)).toBeInTheDocument();
    expect(downloads.downloads).toHaveLength(0);
    expect(doc.reads).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(doc.reads).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(/The minutes changed since the last check/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.downloads).toHaveLength(1));
  });

  it('a text change that keeps the paragraph count is seen too', async () => {
    const { user, doc } = await openActions();
    doc.port.replaceBodyUnannounced(TEXTS.map((t, i) => paragraph(i, i === 0 ? `${t} (edited)` : t)));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/The minutes changed since the last check/)).toBeInTheDocument();
  });

  it('when the fingerprint cannot be had, the export goes on from the last check', async () => {
    const { user, doc } = await openActions();
    doc.port.failNext('documentFingerprint');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.downloads).toHaveLength(1));
  });
});
