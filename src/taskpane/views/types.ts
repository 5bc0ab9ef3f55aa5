import type { DocumentPort } from '../../core/port';
import type { StoredMeeting } from '../../core/model';
import type { HostInfo } from '../../host/types';

/** What every pane view receives from the App shell. Views never import Office or Word. */
export interface ViewProps {
  port: DocumentPort;
  host: HostInfo;
  /** The meeting form data (also kept in the document). */
  stored: StoredMeeting;
  onStoredChange(next: StoredMeeting): void;
  /** Move to another view (e.g. from the first-run screen). */
  navigate(view: ViewName): void;
}

export type ViewName =
  'start' | 'details' | 'attendance' | 'items' | 'insert' | 'action' | 'review' | 'actions';
