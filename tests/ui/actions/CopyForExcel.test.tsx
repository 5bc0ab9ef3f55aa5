import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { makePort } from '../support/fakePort';
import { renderView } from '../review/harness';
import { TEXTS } from '../review/fixtures';
import { readBlobBytes } from '../../unit/delivery/captureDownloads';

jest.mock('../../../src/core/review', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fakeReview } = require('../review/fixtures');
  return { review: jest.fn(fakeReview), quorumFor: () => null };
});

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const originalExec = document.execCommand;
afterEach(() => {
  document.execCommand = originalExec;
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
});

async function openAndCopy(prepare: (user: ReturnType<typeof userEvent.setup>) => void) {
  const user = userEvent.setup();
  prepare(user);
  renderView(ActionsView, { port: makePort(TEXTS).port });
  await screen.findByRole('table', { name: 'Actions' });
  await user.click(screen.getByRole('button', { name: 'Copy for Excel' }));
  return user;
}

describe('Copy for Excel in the Actions view', () => {
  it('puts TSV and an HTML table on the clipboard through the Clipboard API and says so', async () => {
    const write = jest.fn().mockResolvedValue(undefined);
    document.execCommand = jest.fn(() => true);
    await openAndCopy(() => {
      Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
      jest.spyOn(navigator.clipboard, 'write').mockImplementation(write);
    });
    expect(await screen.findByText(/^Copied 4 rows with a header row\./)).toBeInTheDocument();
    const item = write.mock.calls[0][0][0] as FakeClipboardItem;
    const text = new TextDecoder().decode(await readBlobBytes(item.items['text/plain']!));
    const html = new TextDecoder().decode(await readBlobBytes(item.items['text/html']!));
    expect(text.split(/\r?\n/)[0]).toMatch(/^Ref\tMeeting\tMeeting date\t/);
    expect(text).toContain('write to the Home Office');
    expect(html).toContain('<table');
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it("falls back to execCommand('copy') when the Clipboard API is refused, and says it copied", async () => {
    document.execCommand = jest.fn(() => true);
    await openAndCopy(() => {
      Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
      jest
        .spyOn(navigator.clipboard, 'write')
        .mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    });
    expect(await screen.findByText(/^Copied 4 rows with a header row\./)).toBeInTheDocument();
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(screen.queryByLabelText(/Press Ctrl\+C/)).not.toBeInTheDocument();
  });

  it('shows the rows selected in a text area with "Press Ctrl+C" when nothing else works', async () => {
    document.execCommand = jest.fn(() => false);
    await openAndCopy(() => {});
    const area = (await screen.findByLabelText(/Press Ctrl\+C \(⌘C on Mac\) to copy/)) as HTMLTextAreaElement;
    expect(area.value.split('\n')[0]).toMatch(/^Ref\tMeeting\t/);
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(screen.getByText(/This pane may not copy by itself/)).toBeInTheDocument();
  });
});
