import { newStoredMeeting } from '../../src/taskpane/hooks/useMeetingStore';
import { StoredMeeting } from '../../src/core/model';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../../src/taskpane/Root';
import { App } from '../../src/taskpane/App';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { buildHeaderBlock } from '../../src/core/write';
import { memoryPort, storedWith, testHost } from './harness';

function renderApp(port = memoryPort('Hand-written notes'), host = testHost()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} port={port} />
    </FluentProvider>,
  );
}

describe('the pane shell', () => {
  it('opens on the two starts in a document without Minutebook blocks', async () => {
    renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Minutebook' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start new minutes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check existing minutes' })).toBeInTheDocument();
  });

  it('opens on the meeting details when the document already has blocks', async () => {
    const port = memoryPort('Intro');
    await port.insertBlock(
      buildHeaderBlock(storedWith({ meeting: { title: 'Board', date: '2022-08-25' } }).meeting),
    );
    renderApp(port);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting details' })).toBeInTheDocument();
  });

  it('opens the review view when the ribbon asks for it (?view=review)', async () => {
    renderApp(memoryPort(''), testHost({ requestedView: 'review' }));
    expect(await screen.findByRole('button', { name: 'Check' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('heading', { name: 'Welcome to Minutebook' })).not.toBeInTheDocument();
  });

  it('restores the meeting saved in the document and saves changes back', async () => {
    const port = memoryPort('');
    await port.saveStoredMeeting(storedWith({ meeting: { title: 'Saved title' } }));
    const user = userEvent.setup();
    renderApp(port);
    await user.click(await screen.findByRole('button', { name: 'Details' }));
    const title = await screen.findByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Saved title');
    await user.type(title, ' 2');
    await waitFor(
      async () => expect((await port.loadStoredMeeting()).stored?.meeting.title).toBe('Saved title 2'),
      {
        timeout: 3000,
      },
    );
  });

  it('says when saving to the document fails, and keeps what was typed', async () => {
    const port = memoryPort('');
    const user = userEvent.setup();
    renderApp(port);
    await user.click(await screen.findByRole('button', { name: 'Details' }));
    port.failNext('saveStoredMeeting', 'The document is read-only.');
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'X');
    expect(
      await screen.findByText(
        /could not be saved in the document: The document is read-only/,
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('X');
  });

  it('moves between views with the tab list', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Attendance' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attendance' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Items' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda items' })).toBeInTheDocument();
  });
});

describe('outside Office', () => {
  it('says Minutebook runs inside Word and offers the preview, loaded only on request', async () => {
    const loadPreviewPort = jest.fn(async () => memoryPort('Sample'));
    const user = userEvent.setup();
    render(<Root host={testHost()} port={null} previewAtStart={false} loadPreviewPort={loadPreviewPort} />);
    expect(
      screen.getByText("Minutebook runs inside Microsoft Word. Open it from Word's Home tab."),
    ).toBeInTheDocument();
    expect(loadPreviewPort).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Try the preview' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Minutebook' }),
    ).toBeInTheDocument();
    expect(loadPreviewPort).toHaveBeenCalledTimes(1);
  });

  it('opens the preview at once with ?preview=1', async () => {
    render(
      <Root
        host={testHost()}
        port={null}
        previewAtStart
        loadPreviewPort={async () => memoryPort('Sample')}
      />,
    );
    expect(await screen.findByRole('list', { name: 'Minutebook views' })).toBeInTheDocument();
  });

  it('says what went wrong when the preview cannot start', async () => {
    const user = userEvent.setup();
    render(
      <Root
        host={testHost()}
        port={null}
        previewAtStart={false}
        loadPreviewPort={() => Promise.reject(new Error('chunk missing'))}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Try the preview' }));
    expect(await screen.findByText('The preview could not start: chunk missing')).toBeInTheDocument();
  });
});

describe('newStoredMeeting', () => {
  it('is exactly what the schema gives for an empty form', () => {
    expect(newStoredMeeting()).toEqual(StoredMeeting.parse({ schemaVersion: 1, meeting: { title: '' } }));
  });
});
