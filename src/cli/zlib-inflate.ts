import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from '../docx/zip';

/**
 * Node's native inflater for readDocxPackage: about ten times faster than the portable one on a large document.
 * zlib itself stops at `maxOutputLength`, so a part larger than the zip declares is never inflated in full.
 */
export const inflateRawWithZlib: InflateRaw = (data, maxOutputLength) => {
  try {
    // zlib refuses a cap of 0; an empty part that inflates to anything is caught by the length check below
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutputLength) });
    return out.length > maxOutputLength ? null : out;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
};
