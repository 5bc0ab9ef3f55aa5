import type { SourceParagraph } from '../core/model/paragraph';
import { inflateRawPortable } from './inflate';
import { readDocxPackage } from './read-package';
import type { InflateRaw, ZipLimits } from './zip';

export { UnreadableDocumentError } from './errors';
export type { InflateRaw, ZipLimits } from './zip';

export interface ReadDocxOptions {
  /** Caps against zip bombs and broken files; DEFAULT_ZIP_LIMITS when left out. */
  limits?: ZipLimits;
  /** The inflater; the portable one (fflate) when left out. Node can pass its native zlib, many times faster. */
  inflateRaw?: InflateRaw;
}

/**
 * Reads a .docx into the reader's paragraphs (see readDocxPackage), inflating with the portable inflater
 * unless another is given. Throws UnreadableDocumentError, with a reason a person can act on.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): SourceParagraph[] {
  return readDocxPackage(bytes, options.inflateRaw ?? inflateRawPortable, options.limits);
}
