import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scenario, type WordScenario } from '../../word/scenario';
import type { KitReport, KitResult } from '../results';
import { KitPane } from './KitPane';

const one = (name: string): WordScenario =>
  scenario({
    name,
    setUp: { body: ['x'] },
    operation: async () => undefined,
    budget: { syncs: 2, callbacks: 0 },
  });
const groups = { insertBlock: [one('block goes in')], goTo: [one('go to a control')] };
const results: KitResult[] = [
  {
    operation: 'insertBlock',
    name: 'block goes in',
    status: 'passed',
    syncs: 2,
    callbacks: 0,
    budget: { syncs: 2, callbacks: 0 },
    ms: 41.6,
    problems: [],
    notes: [],
  },
  {
    operation: 'goTo',
    name: 'go to a control',
    status: 'failed',
    syncs: 3,
    callbacks: 0,
    budget: { syncs: 2, callbacks: 0 },
    ms: 20,
    problems: ['3 syncs, over the budget of 2'],
    notes: [],
  },
];
const report: KitReport = {
  kit: 'minutebook-word-kit',
  platform: 'PC',
  wordVersion: '16.0',
  date: '2026-12-03T10:00:00.000Z',
  refused: null,
  results,
};

function renderPane(props: Partial<Parameters<typeof KitPane>[0]> = {}) {
  const copy = jest.fn(async (_text: string) => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <KitPane
        groups={groups}
        where="Word 16.0 on PC."
        copy={copy}
        run={async (onResult) => {
          results.forEach(onResult);
          return report;
        }}
        {...props}
      />
    </FluentProvider>,
  );
  return { copy };
}

describe('the test kit pane', () => {
  test('runs, then shows each scenario passed or failed with its counts, time and problem', async () => {
    renderPane();
    await userEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    await screen.findByText('1 passed, 1 failed, 0 not run.');
    const rows = within(screen.getByRole('table', { name: 'Scenarios' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('passed');
    expect(rows[1]).toHaveTextContent('syncs 2/2, callbacks 0/0, 42 ms');
    expect(rows[2]).toHaveTextContent('failed');
    expect(rows[2]).toHaveTextContent('3 syncs, over the budget of 2');
  });

  test('Copy results copies the report as text', async () => {
    const { copy } = renderPane();
    expect(screen.getByRole('button', { name: 'Copy results' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    await screen.findByText(/1 passed/);
    await userEvent.click(screen.getByRole('button', { name: 'Copy results' }));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copy.mock.calls[0]![0]).toMatch(/^Minutebook Word kit: PC, Word 16.0/);
    expect(copy.mock.calls[0]![0]).toContain('FAIL  goTo / go to a control  syncs 3/2');
    await screen.findByText('Results copied.');
  });

  test('a refused document says why, and nothing is marked passed', async () => {
    renderPane({ run: async () => ({ ...report, refused: 'this document is not blank', results: [] }) });
    await userEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    await screen.findByText('Not run: this document is not blank');
    expect(screen.queryByText('passed')).toBeNull();
  });

  test('the finished report goes to the results server when there is one, and the pane says so', async () => {
    const onReport = jest.fn(async () => 'Results sent to npm run test:word.');
    renderPane({ onReport });
    await userEvent.click(screen.getByRole('button', { name: 'Run all scenarios' }));
    await screen.findByText(/Results sent to npm run test:word\./);
    expect(onReport).toHaveBeenCalledWith(report);
  });
});
