import { render, screen, waitFor } from '@testing-library/react';
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
