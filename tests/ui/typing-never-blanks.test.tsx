import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import fc from 'fast-check';
import { App } from '../../src/taskpane/App';
import type { ViewName } from '../../src/taskpane/views/types';
import { propertyRuns } from '../support/property';
import { memoryPort, storedWith, testHost } from './harness';

/** Anything a person (or a paste) can put in a field: control characters, emoji, right-to-left text, huge strings. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000\u0007\u001b[31m',
    '👩🏽‍⚖️ Ünïcødé',
    'مرحبا بالعالم \u202e',
    '<w:p>&amp;</w:p>',
    '{{}}[]()\\',
    'JI',
    '',
  ),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

/** The form views; each is filled field by field. */
const VIEWS: { tab: string; heading: string; view: ViewName }[] = [
  { tab: 'Details', heading: 'Meeting details', view: 'details' },
  { tab: 'Attendance', heading: 'Attendance', view: 'attendance' },
  { tab: 'Items', heading: 'Agenda items', view: 'items' },
  { tab: 'Add action', heading: 'Add an action', view: 'action' },
];

function fields(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      'main input:not([type=radio]):not([type=checkbox]), main textarea',
    ),
  ];
}

describe('nothing a user types can blank the pane', () => {
  it('keeps every form view rendered, with its heading and no crash, whatever goes in every field', async () => {
    const stored = storedWith({
      attendees: [{ name: 'Ann Able', capacity: '', initials: 'AA', status: 'present' }],
      items: [{ number: '1', title: 'Finance', confidential: false, subItems: [] }],
    });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VIEWS),
        fc.array(typed, { minLength: 12, maxLength: 12 }),
        async (target, values) => {
          const port = memoryPort('Typed');
          await port.saveStoredMeeting(stored);
          render(
            <FluentProvider theme={webLightTheme}>
              <App host={testHost({ requestedView: target.view })} port={port} />
            </FluentProvider>,
          );
          try {
            await screen.findByRole('heading', { level: 1, name: target.heading });
            for (const [i, field] of fields().entries()) {
              const value = values[i % values.length] ?? '';
              await act(async () => {
                fireEvent.change(field, { target: { value } });
                fireEvent.blur(field);
              });
            }
            expect(screen.getByRole('heading', { level: 1, name: target.heading })).toBeInTheDocument();
            expect(fields().length).toBeGreaterThan(0);
            expect(screen.queryByText(/stopped working/)).not.toBeInTheDocument();
          } finally {
            cleanup();
          }
        },
      ),
      {
        numRuns: propertyRuns(20),
        // Every view always meets the worst cases once: huge text, control characters, emoji and RTL in every field.
        examples: VIEWS.flatMap((view) => [
          [view, Array.from({ length: 12 }, () => 'x'.repeat(20000))],
          [
            view,
            Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '\u0000\u001b\u202e مرحبا 👩🏽‍⚖️' : '{}<>&')),
          ],
        ]),
      },
    );
    errors.mockRestore();
  });
});
