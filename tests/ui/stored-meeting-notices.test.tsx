import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { StoredMeetingNotices } from '../../src/taskpane/components/StoredMeetingNotices';
import type { MemoryDocumentPort } from '../../src/memory/port';
import { memoryPort, storedWith, testHost } from './harness';

function renderApp(port: MemoryDocumentPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={testHost({ requestedView: 'details' })} port={port} />
    </FluentProvider>,
  );
}

/** The pane opened on a saved meeting; then another person saves theirs and this pane's user types. */
async function conflictAfterTyping() {
  const port = memoryPort('');
  await port.saveStoredMeeting(storedWith({ meeting: { title: 'Board' } }));
  const user = userEvent.setup();
  renderApp(port);
  const title = await screen.findByRole('textbox', { name: /Title/ });
  expect(title).toHaveValue('Board');
  port.saveFromElsewhere(storedWith({ meeting: { title: 'Their board' } }));
  await user.type(title, ' (mine)');
  await screen.findByText('Someone else saved this meeting', {}, { timeout: 3000 });
  return { port, user, title };
}

describe('saving when someone else saved the meeting since the pane opened', () => {
  it('refuses to overwrite and offers their version or mine; reloading shows theirs', async () => {
    const { port, user } = await conflictAfterTyping();
    expect(port.storedMeeting?.meeting.title).toBe('Their board');
    await user.click(screen.getByRole('button', { name: 'Reload their version' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Their board'));
    expect(screen.queryByText('Someone else saved this meeting')).not.toBeInTheDocument();
    expect(port.storedMeeting?.meeting.title).toBe('Their board');
  });

  it('"Keep mine" saves the pane\'s version over theirs', async () => {
    const { port, user } = await conflictAfterTyping();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(port.storedMeeting?.meeting.title).toBe('Board (mine)'));
    expect(screen.queryByText('Someone else saved this meeting')).not.toBeInTheDocument();
  });
});

describe('restoring a meeting whose copy disagrees with the document text', () => {
  it('takes the text, lists what differed in the pane, and keeps it in the form', async () => {
    const port = memoryPort('Finance Panel\nDate: 3 March 2025\nChair: Hana Pell\n\n1. Welcome');
    await port.saveStoredMeeting(
      storedWith({ meeting: { title: 'Finance Panel', date: '2025-03-03', chair: 'Olu Baker' } }),
    );
    renderApp(port);
    const list = await screen.findByRole('list', { name: 'What differed' });
    expect(list).toHaveTextContent(
      'Chair: the document says “Hana Pell”; the saved details said “Olu Baker”.',
    );
    expect(list).toHaveTextContent('Item 1 (“Welcome”) is in the document but was not in the saved details.');
    expect(await screen.findByRole('combobox', { name: /Chair/ })).toHaveValue('Hana Pell');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('list', { name: 'What differed' })).not.toBeInTheDocument();
  });

  it('shares one read of the document between choosing the first view and restoring', async () => {
    const port = memoryPort('Finance Panel\nDate: 3 March 2025\nChair: Hana Pell');
    await port.saveStoredMeeting(
      storedWith({ meeting: { title: 'Finance Panel', date: '2025-03-03', chair: 'Olu Baker' } }),
    );
    const reads = jest.spyOn(port, 'readParagraphs');
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={testHost()} port={port} />
      </FluentProvider>,
    );
    await screen.findByRole('list', { name: 'What differed' });
    await screen.findByRole('heading', { level: 1 });
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('says nothing when the copy and the text agree', async () => {
    const port = memoryPort('Finance Panel\nDate: 3 March 2025\nChair: Hana Pell');
    await port.saveStoredMeeting(
      storedWith({ meeting: { title: 'Finance Panel', date: '2025-03-03', chair: 'Hana Pell' } }),
    );
    const reads = jest.spyOn(port, 'readParagraphs');
    renderApp(port);
    await screen.findByRole('combobox', { name: /Chair/ });
    await waitFor(() => expect(reads).toHaveBeenCalled());
    // Let the read's answer and the reconciling after it run before looking for a notice.
    await act(() => reads.mock.results[0]!.value as Promise<unknown>);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('list', { name: 'What differed' })).not.toBeInTheDocument();
  });
});

describe('the notices about the restored meeting', () => {
  it('lists what was said about the copy and what differed, and can be dismissed', async () => {
    const onDismiss = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <StoredMeetingNotices
          notices={['The saved meeting details were brought up to date.']}
          differences={['Chair: the document says Hana Pell, the saved details said Olu Baker.']}
          onDismiss={onDismiss}
          conflict={false}
          onReloadTheirs={jest.fn()}
          onKeepMine={jest.fn()}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('The saved meeting details were brought up to date.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What differed' })).toHaveTextContent(/Hana Pell/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
  });

  it('shows nothing when all was well', () => {
    const { container } = render(
      <StoredMeetingNotices
        notices={[]}
        differences={[]}
        onDismiss={jest.fn()}
        conflict={false}
        onReloadTheirs={jest.fn()}
        onKeepMine={jest.fn()}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
