import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';

function Broken(): never {
  throw new Error('Cannot read the meeting');
}

describe('ErrorBoundary', () => {
  it('replaces a crash with what happened and a reload button', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const onReload = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary area="The Details view" onReload={onReload}>
          <Broken />
        </ErrorBoundary>
      </FluentProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The Details view stopped working');
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read the meeting');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload the pane' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
