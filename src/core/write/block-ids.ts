import type { BlockKind } from '../port';

/**
 * Content-control ids written into each block. Word keeps them unique in a document (it renumbers a clash on
 * insert); fixed values keep the packages deterministic and the .docx files reproducible.
 */
export const BLOCK_CONTROL_IDS: Record<BlockKind, number> = {
  header: 1_100_001,
  attendance: 1_100_002,
  items: 1_100_003,
  actions: 1_100_004,
};
