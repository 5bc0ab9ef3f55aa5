import { Component, type ErrorInfo, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

interface Props {
  children: ReactNode;
  /** Where this boundary sits, so the message says what stopped working. */
  area?: string;
  /** Reloads the page; replaceable in tests. */
  onReload?: () => void;
}

interface State {
  error: Error | null;
}

/** Never a blank pane: whatever throws while rendering, the person sees what happened and a way back. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; nothing leaves the machine.
    console.error('Minutebook pane error', error, info.componentStack);
  }

  private readonly reload = () => {
    if (this.props.onReload) this.props.onReload();
    else window.location.reload();
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {this.props.area ? `${this.props.area} stopped working` : 'Minutebook stopped working'}
            </MessageBarTitle>
            {error.message || error.name}. Your document has not been changed by this; reload the pane to
            carry on.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={this.reload}>Reload the pane</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
}
