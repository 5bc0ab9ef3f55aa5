import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpusDocument, listCorpus, readLabels } from './read';
import { FALSE_FINDING_RULES, FIELDS, ratio, scoreDocument, sumScores, type DocumentScore } from './score';

/** Every labelled document of the corpus, read as the CLI reads it and scored. */
export interface CorpusRun {
  dir: string;
  documents: { name: string; score: DocumentScore }[];
  total: DocumentScore;
}

/**
 * The shared corpus folder for a checkout at `root`: MINUTEBOOK_SHARED_DIR/corpus, else ../shared/corpus.
 * Throws one line naming what is missing.
 */
export function corpusDir(root: string): string {
  const shared = process.env.MINUTEBOOK_SHARED_DIR ?? join(root, '..', 'shared');
  const dir = join(shared, 'corpus');
  if (!existsSync(dir)) {
    const error = new Error(
      `The corpus of real minutes is missing: ${dir} does not exist (it sits beside the checkout in ../shared/corpus; set MINUTEBOOK_SHARED_DIR to point elsewhere).`,
    );
    error.stack = error.message;
    throw error;
  }
  return dir;
}

export function runCorpus(dir: string): CorpusRun {
  const documents = listCorpus(dir).map((doc) => ({
    name: doc.name,
    score: scoreDocument(readLabels(doc), checkCorpusDocument(doc)),
  }));
  return { dir, documents, total: sumScores(documents.map((d) => d.score)) };
}

const SHORT: Partial<Record<(typeof FIELDS)[number], string>> = {
  markedPrecision: 'mkP',
  markedRecall: 'mkR',
  allPrecision: 'allP',
  allRecall: 'allR',
  ownerAsWritten: 'own',
  ownerResolved: 'res',
  due: 'due',
  attendeeRecall: 'attR',
  attendeePrecision: 'attP',
  header: 'hdr',
  'items.number': 'itN',
  'items.title': 'itT',
  'decisions.recall': 'decR',
};

/** A compact table, one row per document: percentages (– where nothing was labelled), false findings summed. */
export function formatCorpusTable(run: CorpusRun): string {
  const columns = Object.entries(SHORT) as [(typeof FIELDS)[number], string][];
  const cell = (score: DocumentScore, field: (typeof FIELDS)[number]) => {
    const r = ratio(score.fields[field]);
    return r === null ? '–' : String(Math.round(r * 100));
  };
  const falseSum = (score: DocumentScore) =>
    String(FALSE_FINDING_RULES.reduce((n, rule) => n + score.falseFindings[rule], 0));
  const falseErrorSum = (score: DocumentScore) =>
    String(FALSE_FINDING_RULES.reduce((n, rule) => n + score.falseErrors[rule], 0));
  const found = (score: DocumentScore) =>
    `${score.findings.error}/${score.findings.warning}/${score.findings.info}`;
  const tail = (score: DocumentScore) => [falseSum(score), falseErrorSum(score), found(score)];
  const rows = [
    ['document', ...columns.map(([, s]) => s), 'false', 'falseE', 'E/W/I'],
    ...run.documents.map((d) => [d.name, ...columns.map(([f]) => cell(d.score, f)), ...tail(d.score)]),
    ['total', ...columns.map(([f]) => cell(run.total, f)), ...tail(run.total)],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  return [
    line(rows[0]!),
    ...rows.slice(1, -1).map(line),
    widths.map((w) => '-'.repeat(w)).join(' '),
    line(rows[rows.length - 1]!),
  ].join('\n');
}
