import { actionRows, actionTable, cellsOf, headerOf, toCsvBytes, toXlsx } from '../../src/core/export';
import { buildDocument, installFakeOffice } from '../../tests/fakes/word';
import { runScenario } from '../../tests/word/run-scenario';
import { meantToSucceed, type WordScenario } from '../../tests/word/scenario';
import { SCENARIO_GROUPS } from '../../tests/word/scenarios';
import { minutesWithActions } from '../generate-actions';
import type { Figure } from '../results';

/** Paragraphs in a scenario's starting document. */
const sizeOf = (s: WordScenario) =>
  s.setUp.body.length + (s.setUp.header?.length ?? 0) + (s.setUp.footer?.length ?? 0);
/** Scenarios that make a sync or callback fail show the clean-up path, not the operation's cost. */
const succeeds = meantToSucceed;

interface Measured {
  operation: string;
  scenario: WordScenario;
  syncs: number;
  callbacks: number;
}

/**
 * The worst scenario of one operation. Scenarios declaring a larger budget than the operation's own cost
 * (an insert followed by a read, a go-to that needs a second search) measure something else: they are set
 * aside and counted in the note, and still count in `scenariosOverOwnBudget`.
 */
function worst(label: string, id: string, list: Measured[], plainCost = Infinity): Figure {
  const counted = list.filter((m) => m.scenario.budget.syncs + m.scenario.budget.callbacks <= plainCost);
  const aside = list.length - counted.length;
  const asideNote = aside > 0 ? `; ${aside} declaring more (combined or later-hit) set aside` : '';
  if (counted.length === 0)
    return { id, label, value: Number.NaN, unit: 'round trips', note: `no scenario found${asideNote}` };
  const top = counted.reduce((a, b) => (b.syncs + b.callbacks > a.syncs + a.callbacks ? b : a));
  return {
    id,
    label,
    value: top.syncs + top.callbacks,
    unit: 'round trips',
    note: `${top.syncs} syncs + ${top.callbacks} callbacks, worst of ${counted.length} scenarios${asideNote}`,
  };
}

/** What an export costs in Word round trips once the minutes are read: it should touch Word not at all. */
async function exportRoundTrips(): Promise<Figure> {
  const host = installFakeOffice(buildDocument({ body: ['Minutes'] }));
  try {
    const minutes = minutesWithActions(50);
    const { rows } = actionRows(minutes);
    const table = actionTable(rows);
    toCsvBytes(headerOf(table), cellsOf(table));
    await toXlsx({ meeting: minutes.meeting, actions: rows });
    return {
      id: 'roundTrips.export',
      label: 'Export CSV + XLSX (after the read)',
      value: host.syncs + host.callbacks + host.runs,
      unit: 'round trips',
      note: `${host.runs} Word.run, ${host.syncs} syncs, ${host.callbacks} callbacks`,
    };
  } finally {
    host.uninstall();
  }
}

/** Round trips per Word operation, from the Word scenarios on Office.js over the simulated host (tests/word/scenarios). */
export async function measureRoundTrips(): Promise<Figure[]> {
  const measured: Measured[] = [];
  for (const [operation, scenarios] of Object.entries(SCENARIO_GROUPS)) {
    for (const scenario of scenarios) {
      const outcome = await runScenario(scenario);
      if (succeeds(scenario) && outcome.error !== undefined) {
        throw new Error(
          `Scenario "${scenario.name}" failed on the simulated Word host: ${String(outcome.error)}`,
        );
      }
      measured.push({ operation, scenario, syncs: outcome.syncs, callbacks: outcome.callbacks });
    }
  }
  const of = (operation: string, also: (m: Measured) => boolean = () => true) =>
    measured.filter((m) => m.operation === operation && succeeds(m.scenario) && also(m));
  const overOwnBudget = measured.filter(
    (m) => m.syncs > m.scenario.budget.syncs || m.callbacks > m.scenario.budget.callbacks,
  );
  return [
    worst('Insert a block', 'roundTrips.insertBlock', of('insertBlock'), 2),
    worst(
      'Insert a block with a page marking (first-page and even-page headers asked)',
      'roundTrips.insertMarkedBlock',
      of('insertBlock'),
      4,
    ),
    worst(
      'Insert ACTION / add action',
      'roundTrips.insertAction',
      [...of('insertActionLine'), ...of('insertActionUnderItem')],
      2,
    ),
    worst(
      'Read, up to 5,000 paragraphs',
      'roundTrips.read',
      of('readParagraphs', (m) => sizeOf(m.scenario) <= 5000),
      2,
    ),
    worst(
      'Read, over 5,000 paragraphs',
      'roundTrips.readLarge',
      of('readParagraphs', (m) => sizeOf(m.scenario) > 5000),
    ),
    // The go-to scenarios that declare one sync are those found by control id or at the first hit.
    worst('Go to, first hit or by control id', 'roundTrips.goToFirst', of('goTo'), 1),
    worst('Go to, any (later hit, fallback)', 'roundTrips.goTo', of('goTo'), 2),
    // The "insert all twice" scenario declares the inserts too, so it is set aside here.
    worst('Update a block in place', 'roundTrips.updateBlock', of('updateBlock'), 2),
    worst('Update the header in place', 'roundTrips.updateHeader', of('updateHeader'), 2),
    worst('Save + save + load meeting (Common API)', 'roundTrips.storedMeeting', of('storedMeeting')),
    worst('Restore the meeting when the pane opens', 'roundTrips.restoreMeeting', of('restoreStoredMeeting')),
    worst('Save the meeting over the copy last read', 'roundTrips.saveMeeting', of('saveStoredMeeting')),
    worst(
      'Clean-up after a failed sync (any operation)',
      'roundTrips.failurePaths',
      measured.filter((m) => !succeeds(m.scenario)),
    ),
    worst('Fingerprint before an export', 'roundTrips.fingerprint', of('documentFingerprint'), 1),
    await exportRoundTrips(),
    {
      id: 'roundTrips.scenariosOverOwnBudget',
      label: 'Scenarios over their own round-trip budget',
      value: overOwnBudget.length,
      unit: 'scenarios',
      note:
        overOwnBudget
          .map((m) => `"${m.scenario.name}" ${m.syncs}/${m.scenario.budget.syncs} syncs`)
          .join('; ') || `all ${measured.length} within`,
    },
  ];
}
