/**
 * The reader on the real minutes of ../shared/corpus, held to per-document floors (npm run test:shared, or
 * `npx jest --selectProjects corpus`). Every labelled document is read exactly as `minutebook check` reads it
 * (bench/corpus/read.ts) and scored by the same scorer as `npm run bench -- --only corpus` (bench/corpus/score.ts).
 *
 * tests/corpus/floors.json holds, per document file name, the figures it reached: ratios 0–1 (rounded down to
 * 4 decimals) that may not fall, and `falseFindings.<rule>` (any severity) and `falseErrors.<rule>` (error
 * severity only) counts that may not rise. Numbers only: never corpus text.
 * - A figure below its floor (or false findings above theirs) fails, naming the document and the field.
 * - A document in the corpus with no floors fails, and so do floors for a document no longer there.
 * - A floored field with no figure now fails when its total comes from the labels (recall, header, items); a
 *   precision, owner or due figure may vanish when the reader predicts or matches nothing there (recall guards it).
 * Raising the bar is a one-line change in floors.json. To write the current figures as the new floors (only when
 * a change has made them better, and say so in the commit):
 *   npm run corpus:floors      (MINUTEBOOK_CORPUS_FLOORS=write jest --selectProjects corpus)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpusDocument, listCorpus, readLabels } from '../../bench/corpus/read';
import { figuresOf, scoreDocument } from '../../bench/corpus/score';
import { sharedPath } from '../support/shared';

type Floors = Record<string, Record<string, number>>;

const FLOORS_FILE = join(__dirname, 'floors.json');
const WRITE = process.env.MINUTEBOOK_CORPUS_FLOORS === 'write';
/** Fields whose total is set by the labels alone: they exist whatever the reader does. */
const LABEL_TOTALS =
  /^(allRecall|markedRecall|explicitRecall|attendeeRecall|header(\..+)?|items\.(number|title)|decisions\.recall)$/;

const documents = listCorpus(sharedPath('corpus'));
const figures = (doc: (typeof documents)[number]) =>
  figuresOf(scoreDocument(readLabels(doc), checkCorpusDocument(doc)));
/** Counts of false findings: fewer is better, kept as whole numbers. */
const isCount = (field: string) => field.startsWith('falseFindings.') || field.startsWith('falseErrors.');
const floorOf = (value: number, field: string) => (isCount(field) ? value : Math.floor(value * 1e4) / 1e4);

if (WRITE) {
  test('writes the current figures as the floors', () => {
    const floors: Floors = {};
    for (const doc of documents) {
      floors[doc.name] = Object.fromEntries(Object.entries(figures(doc)).map(([f, v]) => [f, floorOf(v, f)]));
    }
    writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
    process.stdout.write(`Wrote floors for ${documents.length} documents to ${FLOORS_FILE}.\n`);
  });
} else {
  const floors = JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;

  test('floors.json names exactly the documents of the corpus', () => {
    const inCorpus = documents.map((d) => d.name);
    expect({
      withoutFloors: inCorpus.filter((name) => !(name in floors)),
      floorsWithoutDocument: Object.keys(floors).filter((name) => !inCorpus.includes(name)),
    }).toEqual({ withoutFloors: [], floorsWithoutDocument: [] });
  });

  test.each(documents.map((doc) => [doc.name, doc] as const))('%s keeps its floors', (name, doc) => {
    const floor = floors[name];
    if (!floor)
      throw new Error(`${name}: no floors in tests/corpus/floors.json (run npm run corpus:floors).`);
    const now = figures(doc);
    const failures: string[] = [];
    for (const [field, bound] of Object.entries(floor)) {
      const value = now[field];
      if (value === undefined) {
        if (LABEL_TOTALS.test(field))
          failures.push(`${name} ${field}: no figure now (floor ${bound}); labels changed?`);
      } else if (isCount(field)) {
        if (value > bound)
          failures.push(`${name} ${field}: ${value} false findings, more than the ${bound} allowed`);
      } else if (value < bound - 1e-9) {
        failures.push(`${name} ${field}: ${value.toFixed(4)}, below its floor of ${bound}`);
      }
    }
    if (failures.length > 0) throw new Error(failures.join('\n'));
  });
}
