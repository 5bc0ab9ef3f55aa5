import { TAGS, type OoxmlBlock } from '../port';
import { BLOCK_CONTROL_IDS } from './block-ids';
import { contentControlXml, heading1Xml, tableXml, type TableSpec } from './ooxml';
import { flatPackage } from './package';

type TableBlockKind = 'attendance' | 'items' | 'actions';

/** A Heading 1 and one table, in the block's tagged content control, as one package. */
export function tableBlock(
  kind: TableBlockKind,
  heading: string,
  controlTitle: string,
  spec: TableSpec,
): OoxmlBlock {
  const control = { tag: TAGS[kind], title: controlTitle, id: BLOCK_CONTROL_IDS[kind] };
  return { kind, ooxml: flatPackage(contentControlXml(control, heading1Xml(heading) + tableXml(spec))) };
}
