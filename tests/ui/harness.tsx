import { useState, type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import userEvent from '@testing-library/user-event';
import type { HostInfo } from '../../src/host/types';
import type { StoredMeeting } from '../../src/core/model';
import { MemoryDocumentPort } from '../../src/memory/port';
import { readFlatOoxml } from '../../src/docx/flat';
import { textToParagraphs } from '../../src/core/read/text';
import { newStoredMeeting } from '../../src/taskpane/hooks/useMeetingStore';
import type { ViewName, ViewProps } from '../../src/taskpane/views/types';

export function testHost(overrides: Partial<HostInfo> = {}): HostInfo {
  return {
    inOffice: false,
    platform: null,
    displayLanguage: 'en-GB',
    theme: 'light',
    supportsWordApi: () => false,
    requestedView: null,
    ...overrides,
  };
}

/** A memory document with the real OOXML reader, seeded from plain text. */
export function memoryPort(text = ''): MemoryDocumentPort {
  return new MemoryDocumentPort({
    paragraphs: text === '' ? [] : textToParagraphs(text),
    ooxmlToParagraphs: readFlatOoxml,
  });
}

export function storedWith(
  patch: Omit<Partial<StoredMeeting>, 'meeting'> & { meeting?: Partial<StoredMeeting['meeting']> } = {},
): StoredMeeting {
  const base = newStoredMeeting();
  return { ...base, ...patch, meeting: { ...base.meeting, ...patch.meeting } };
}

/**
 * Renders one view the way the App does: real Fluent, a memory port, and state that follows
 * onStoredChange. `latest()` gives the stored meeting as the view last changed it; `navigations` what it asked for.
 */
export function renderView(
  View: ComponentType<ViewProps>,
  options: { stored?: StoredMeeting; port?: MemoryDocumentPort; host?: HostInfo } = {},
) {
  const port = options.port ?? memoryPort('Notes typed before the pane opened.');
  const host = options.host ?? testHost();
  const navigations: ViewName[] = [];
  let current = options.stored ?? storedWith();
  function Harness() {
    const [stored, setStored] = useState(current);
    return (
      <FluentProvider theme={webLightTheme}>
        <View
          port={port}
          host={host}
          stored={stored}
          onStoredChange={(next) => {
            current = next;
            setStored(next);
          }}
          navigate={(view) => navigations.push(view)}
        />
      </FluentProvider>
    );
  }
  const user = userEvent.setup();
  const utils = render(<Harness />);
  return { ...utils, user, port, navigations, latest: () => current };
}
