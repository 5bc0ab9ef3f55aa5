import { documentFingerprint } from '../../src/word/fingerprint';
import { readParagraphs } from '../../src/word/read-paragraphs';
import { buildDocument, type ParagraphSpec } from '../../tests/fakes/word';
import { installWordHost } from '../../tests/word-host/office';
import { runScenario } from '../../tests/word/run-scenario';
import { meantToSucceed } from '../../tests/word/scenario';
import { SCENARIO_GROUPS } from '../../tests/word/scenarios';
import type { Figure } from '../results';

/**
 * What the web pays besides round trips: the bytes of each request the real Office.js client sends and of each
 * response (tests/word-host: the request messages as JSON, UTF-8). Per operation, the largest of its scenarios
 * that are meant to succeed; then reads of 1,000, 5,000 and 30,000 paragraphs of minutes-like text.
 */

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A paragraph of minutes-like text: headings, prose, actions, some in tables and controls. */
function minutesParagraph(i: number): ParagraphSpec {
  if (i % 40 === 0) return { text: `${i / 40 + 1}. Item heading number ${i / 40 + 1}`, style: 'Heading1' };
  if (i % 9 === 0)
    return `ACTION: GC to check the figures for item ${Math.floor(i / 40) + 1} by 30 September 2022.`;
  if (i % 7 === 0) return { text: `Attendee ${i}`, cell: [Math.floor(i / 100), i % 5, 0] };
  return `The panel discussed paragraph ${i} of the report and noted the points raised by members at length.`;
}

async function readFigures(count: number): Promise<Figure[]> {
  const body = Array.from({ length: count }, (_, i) => minutesParagraph(i));
  const host = installWordHost(buildDocument({ body, header: ['OFFICIAL'], footer: ['DRAFT'] }));
  try {
    await Word.run((context) => readParagraphs(context, { reviewedText: false }));
    const syncs = host.requests.filter((r) => r.kind === 'sync');
    const request = syncs.reduce((n, r) => n + r.requestBytes, 0);
    const response = syncs.reduce((n, r) => n + r.responseBytes, 0);
    const largest = Math.max(...syncs.map((r) => r.responseBytes));
    return [
      {
        id: `bytes.read.${count}.request`,
        label: `Read ${count.toLocaleString('en-GB')} paragraphs: sent`,
        value: kb(request),
        unit: 'KB',
        note: `${syncs.length} syncs`,
      },
      {
        id: `bytes.read.${count}.response`,
        label: `Read ${count.toLocaleString('en-GB')} paragraphs: received`,
        value: kb(response),
        unit: 'KB',
        note: `${syncs.length} syncs, largest answer ${kb(largest)} KB`,
      },
      {
        id: `bytes.read.${count}.largestResponse`,
        label: `Read ${count.toLocaleString('en-GB')} paragraphs: largest single answer`,
        value: kb(largest),
        unit: 'KB',
      },
    ];
  } finally {
    host.uninstall();
  }
}

/** Per Word operation: the largest request and response of its successful scenarios, summed over its syncs. */
async function perOperation(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [operation, scenarios] of Object.entries(SCENARIO_GROUPS)) {
    // The questions for real Word probe the host's behaviour; they are no operation of the add-in.
    if (operation === 'questionsForWord') continue;
    let worst = { request: 0, response: 0, name: '' };
    for (const s of scenarios.filter(meantToSucceed)) {
      // The reads of many paragraphs are measured below with minutes-like text.
      if (s.setUp.body.length > 1000) continue;
      const outcome = await runScenario(s);
      const syncs = outcome.requests.filter((r) => r.kind === 'sync');
      const request = syncs.reduce((n, r) => n + r.requestBytes, 0);
      const response = syncs.reduce((n, r) => n + r.responseBytes, 0);
      if (request + response > worst.request + worst.response) worst = { request, response, name: s.name };
    }
    if (worst.name === '') continue;
    figures.push({
      id: `bytes.${operation}`,
      label: `${operation}: bytes sent + received (worst scenario)`,
      value: kb(worst.request + worst.response),
      unit: 'KB',
      note: `${kb(worst.request)} KB sent, ${kb(worst.response)} KB received: "${worst.name}"`,
    });
  }
  return figures;
}

/** The fingerprint the pane takes before an export (1 sync): what it costs beside a whole read. */
async function fingerprintFigure(count: number): Promise<Figure> {
  const body = Array.from({ length: count }, (_, i) => minutesParagraph(i));
  const host = installWordHost(buildDocument({ body }));
  try {
    await Word.run((context) => documentFingerprint(context));
    const syncs = host.requests.filter((r) => r.kind === 'sync');
    const request = syncs.reduce((n, r) => n + r.requestBytes, 0);
    const response = syncs.reduce((n, r) => n + r.responseBytes, 0);
    return {
      id: `bytes.fingerprint.${count}`,
      label: `Fingerprint of ${count.toLocaleString('en-GB')} paragraphs: sent + received`,
      value: kb(request + response),
      unit: 'KB',
      note: `${syncs.length} sync, ${kb(request)} KB sent, ${kb(response)} KB received`,
    };
  } finally {
    host.uninstall();
  }
}

export async function measureBytes(): Promise<Figure[]> {
  const reads: Figure[] = [];
  for (const count of [1000, 5000, 30000]) reads.push(...(await readFigures(count)));
  const fingerprints: Figure[] = [];
  for (const count of [5000, 30000]) fingerprints.push(await fingerprintFigure(count));
  return [...(await perOperation()), ...reads, ...fingerprints];
}
