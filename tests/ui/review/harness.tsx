import { useState, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StoredMeeting } from '../../../src/core/model';
import type { DocumentPort } from '../../../src/core/port';
import type { HostInfo } from '../../../src/host/types';
import type { ViewProps } from '../../../src/taskpane/views/types';
import { LastCheckProvider } from '../../../src/taskpane/views/review/lastCheck';
import { makeHost } from '../support/fakePort';

export function emptyStored(overrides: Partial<StoredMeeting> = {}): StoredMeeting {
  return { ...StoredMeeting.parse({ schemaVersion: 1, meeting: { title: '' } }), ...overrides };
}

/** Renders a view as the App shell would: Fluent provider, shared last check, stored meeting kept in state. */
export function renderView(
  View: ComponentType<ViewProps>,
  options: { port: DocumentPort; host?: HostInfo; stored?: StoredMeeting; shared?: boolean },
) {
  const saved: StoredMeeting[] = [];
  function Shell() {
    const [stored, setStored] = useState(options.stored ?? emptyStored());
    const view = (
      <View
        port={options.port}
        host={options.host ?? makeHost()}
        stored={stored}
        onStoredChange={(next) => {
          saved.push(next);
          setStored(next);
        }}
        navigate={() => {}}
      />
    );
    return (
      <FluentProvider theme={webLightTheme}>
        {options.shared === false ? view : <LastCheckProvider port={options.port}>{view}</LastCheckProvider>}
      </FluentProvider>
    );
  }
  const utils = render(<Shell />);
  return { ...utils, saved, lastSaved: () => saved.at(-1) };
}
