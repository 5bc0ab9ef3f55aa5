import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyseFiles } from '../../src/cli/analyse';
import type { CheckReport } from '../../src/core/model';
import { parseLabels, type CorpusLabels } from './labels';

/** One corpus document and its labels: `NN-name.<docx|md|txt>` beside `NN-name.labels.json`. */
export interface CorpusDocument {
  /** The document's file name, e.g. `07-name.docx`: the key of every per-document figure. */
  name: string;
  path: string;
  labelsPath: string;
}

const EXTENSIONS = ['.docx', '.md', '.txt'] as const;

/**
 * The labelled documents of a corpus folder, sorted by file name, as the reference scorer finds them: every
 * `*.labels.json` with a document of the same stem (labels without a document are skipped). Throws one line
 * naming the folder when it is missing or holds none.
 */
export function listCorpus(dir: string): CorpusDocument[] {
  if (!existsSync(dir)) {
    throw new Error(
      `The corpus folder ${dir} is missing (the real minutes live in ../shared/corpus beside the checkout).`,
    );
  }
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .flatMap((labelsFile) => {
      const stem = labelsFile.slice(0, -'.labels.json'.length);
      const ext = EXTENSIONS.find((e) => existsSync(join(dir, stem + e)));
      return ext
        ? [{ name: stem + ext, path: join(dir, stem + ext), labelsPath: join(dir, labelsFile) }]
        : [];
    });
  if (docs.length === 0)
    throw new Error(`The corpus folder ${dir} holds no labelled documents (*.labels.json).`);
  return docs;
}

/** The labels, validated; a sibling `NN-name.header.json` (header/items/decisions labelled apart) is merged in. */
export function readLabels(doc: CorpusDocument): CorpusLabels {
  const json = JSON.parse(readFileSync(doc.labelsPath, 'utf8')) as Record<string, unknown>;
  const extra = doc.labelsPath.replace(/\.labels\.json$/, '.header.json');
  if (existsSync(extra))
    Object.assign(json, JSON.parse(readFileSync(extra, 'utf8')) as Record<string, unknown>);
  return parseLabels(json, basename(doc.labelsPath));
}

/**
 * Reads and checks a document exactly as `minutebook check FILE --json` does (src/cli/analyse.ts: the CLI's own
 * loader and review()). A `.txt`/`.md` whose first line starts with `SOURCE:` (where the corpus copy came from,
 * not part of the minutes) is checked from a temporary copy without that line, as the reference scorer does.
 */
export function checkCorpusDocument(doc: CorpusDocument): CheckReport {
  let file = doc.path;
  let tmp: string | null = null;
  if (!doc.name.endsWith('.docx')) {
    const raw = readFileSync(doc.path, 'utf8');
    if (raw.startsWith('SOURCE:')) {
      tmp = mkdtempSync(join(tmpdir(), 'minutebook-corpus-'));
      file = join(tmp, doc.name);
      const newline = raw.indexOf('\n');
      writeFileSync(file, newline < 0 ? '' : raw.slice(newline + 1));
    }
  }
  try {
    const { reports, failures } = analyseFiles([file], '/', { disabledRules: [] });
    const report = reports[0];
    if (!report)
      throw new Error(`${doc.name}: the CLI could not read it (${failures[0]?.reason ?? 'no report'}).`);
    return report;
  } finally {
    if (tmp !== null) rmSync(tmp, { recursive: true, force: true });
  }
}
