import { useEffect, useState } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { SourceParagraph } from '../../core/model/paragraph';

/** What the preview needs of the in-memory document: its paragraphs and a call after each change. */
export interface PreviewDocument {
  readonly paragraphs: SourceParagraph[];
  readonly cursor: number;
  readonly pageHeader: string | null;
  readonly pageFooter: string | null;
  watch(watcher: () => void): () => void;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  p: { margin: 0, minHeight: '1em', fontSize: tokens.fontSizeBase200 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  control: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    minWidth: 0,
  },
  tag: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXXS,
    verticalAlign: 'top',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  cursor: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  margin: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textAlign: 'center' },
});

type Piece =
  | { kind: 'p'; p: SourceParagraph }
  | { kind: 'table'; rows: SourceParagraph[][][] }
  | { kind: 'control'; tag: string; title: string; pieces: Piece[] };

/** Paragraphs into tables (by table number) and controls (by id), in reading order. */
function piecesOf(paragraphs: readonly SourceParagraph[], depth = 0): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < paragraphs.length;) {
    const p = paragraphs[i]!;
    const control = depth === 0 ? p.contentControl : null;
    if (control && control.tag !== 'minutebook:action') {
      let j = i;
      // One outline per block: its trailing empty paragraph may carry the adapter's own control of the same
      // tag, and actions in its table cells keep their own outline inside the block's.
      const inBlock = (q: SourceParagraph) =>
        q.contentControl?.tag === control.tag ||
        (q.contentControl?.tag === 'minutebook:action' && q.table !== null);
      while (j < paragraphs.length && inBlock(paragraphs[j]!)) j += 1;
      out.push({
        kind: 'control',
        tag: control.tag,
        title: control.title,
        pieces: piecesOf(paragraphs.slice(i, j), 1),
      });
      i = j;
      continue;
    }
    if (p.table) {
      const table = p.table.table;
      const rows: SourceParagraph[][][] = [];
      let j = i;
      while (j < paragraphs.length && paragraphs[j]!.table?.table === table) {
        const q = paragraphs[j]!;
        ((rows[q.table!.row] ??= [])[q.table!.cell] ??= []).push(q);
        j += 1;
      }
      out.push({ kind: 'table', rows });
      i = j;
      continue;
    }
    out.push({ kind: 'p', p });
    i += 1;
  }
  return out;
}

/**
 * The browser preview's document, drawn read-only below (or beside) the pane: paragraphs and tables as the
 * in-memory document holds them, Minutebook's content controls outlined and named, the cursor's paragraph
 * ringed. So a person trying Minutebook outside Word sees what each button did.
 */
export function DocumentPreview({ document }: { document: PreviewDocument }) {
  const styles = useStyles();
  const [, setVersion] = useState(0);
  useEffect(() => document.watch(() => setVersion((v) => v + 1)), [document]);
  const paragraphs = document.paragraphs;
  const cursor = document.cursor;

  const paragraph = (p: SourceParagraph) => (
    <p
      key={p.index}
      className={mergeClasses(
        styles.p,
        /title/i.test(p.style) && styles.title,
        /heading/i.test(p.style) && styles.heading,
        p.index === cursor && styles.cursor,
        p.contentControl?.tag === 'minutebook:action' && styles.control,
      )}
      data-paragraph={p.index}
    >
      {p.text}
    </p>
  );
  const draw = (pieces: Piece[]): React.ReactNode[] =>
    pieces.map((piece, n) => {
      if (piece.kind === 'p') return paragraph(piece.p);
      if (piece.kind === 'table') {
        return (
          <table key={`t${n}`} className={styles.table}>
            <tbody>
              {piece.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={styles.cell}>
                      {cell.map(paragraph)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
      return (
        <div key={`c${n}`} className={styles.control}>
          <Caption1 className={styles.tag}>{`Content control: ${piece.title || piece.tag}`}</Caption1>
          {draw(piece.pieces)}
        </div>
      );
    });

  return (
    <aside className={styles.page} aria-label="The document (preview, read-only)">
      <Caption1>The document (preview: Word would show this; read-only)</Caption1>
      <div className={styles.sheet}>
        {document.pageHeader ? <div className={styles.margin}>{document.pageHeader}</div> : null}
        {draw(piecesOf(paragraphs))}
        {document.pageFooter ? <div className={styles.margin}>{document.pageFooter}</div> : null}
      </div>
    </aside>
  );
}
