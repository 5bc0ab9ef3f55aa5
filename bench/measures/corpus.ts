import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, formatCorpusTable, runCorpus } from '../corpus/run-corpus';
import {
  FALSE_FINDING_RULES,
  SEVERITIES,
  FIELD_LABELS,
  FIELDS,
  figuresOf,
  ratio,
  type Count,
  type DocumentScore,
} from '../corpus/score';
import type { Figure } from '../results';

const percent = (c: Count) => {
  const r = ratio(c);
  return r === null ? Number.NaN : Math.round(r * 1000) / 10;
};
const of = (c: Count) => `${c.hit} of ${c.of}`;

/**
 * The reader on the real minutes of ../shared/corpus (31 labelled documents), read as `minutebook check` reads
 * them and scored by bench/corpus/score.ts: one figure per field over the whole corpus. Per-document figures go
 * to bench/corpus-results.json (numbers and file names only) and a compact table to stdout.
 */
export function measureCorpus(root: string): Figure[] {
  const run = runCorpus(corpusDir(root));
  const { total } = run;
  process.stdout.write(`Corpus, per document (%; – where nothing is labelled; false = false findings):\n`);
  process.stdout.write(`${formatCorpusTable(run)}\n\n`);
  writeFileSync(
    join(root, 'bench', 'corpus-results.json'),
    `${JSON.stringify(
      {
        documents: Object.fromEntries(run.documents.map((d) => [d.name, countsOf(d.score)])),
        total: countsOf(total),
      },
      null,
      2,
    )}\n`,
  );
  const ref = total.reference;
  const referenceNote: Partial<Record<(typeof FIELDS)[number], string>> = {
    allRecall: `; counting each labelled action as score-corpus does: ${of(ref.recallAll)} = ${percent(ref.recallAll)}%`,
    explicitRecall: `; score-corpus recall_explicit: ${of(ref.recallExplicit)} = ${percent(ref.recallExplicit)}%`,
    ownerAsWritten: `; score-corpus owner_acc: ${of(ref.ownerAcc)} = ${percent(ref.ownerAcc)}%`,
  };
  const docs = `${run.documents.length} documents`;
  return [
    ...FIELDS.map((field): Figure => ({
      id: `corpus.${field}`,
      label: `Corpus: ${FIELD_LABELS[field]}`,
      value: percent(total.fields[field]),
      unit: '%',
      note: `${of(total.fields[field])} in ${docs}${referenceNote[field] ?? ''}`,
    })),
    ...FALSE_FINDING_RULES.map((rule): Figure => ({
      id: `corpus.falseFindings.${rule}`,
      label: `Corpus: false ${rule} findings`,
      value: total.falseFindings[rule],
      unit: 'findings',
      note: `${docs}${rule === 'header-field-missing' ? `; score-corpus header_false_missing ${ref.headerFalseMissing}` : ''}`,
    })),
    ...FALSE_FINDING_RULES.map((rule): Figure => ({
      id: `corpus.falseErrors.${rule}`,
      label: `Corpus: false ${rule} errors`,
      value: total.falseErrors[rule],
      unit: 'findings',
      note: `${docs}; error severity only`,
    })),
    ...SEVERITIES.map((severity): Figure => ({
      id: `corpus.findingsPerDocument.${severity}`,
      label: `Corpus: ${severity} findings per document`,
      value: Math.round((total.findings[severity] / run.documents.length) * 100) / 100,
      unit: 'findings',
      note: `${total.findings[severity]} in ${docs}, true or false`,
    })),
  ];
}

function countsOf(score: DocumentScore) {
  return {
    figures: figuresOf(score),
    counts: score.fields,
    falseFindings: score.falseFindings,
    falseErrors: score.falseErrors,
    findings: score.findings,
    reference: score.reference,
  };
}
