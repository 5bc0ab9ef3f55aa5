import { Inflate } from 'fflate';
import type { InflateRaw } from './zip';

/** Compressed bytes handed to the inflater at a time, so the size cap is checked as output grows. */
const SLICE = 64 * 1024;

class OutputTooLarge extends Error {}

/** The portable inflater (fflate, streaming): works wherever JavaScript runs, no Node built-ins. */
export const inflateRawPortable: InflateRaw = (data, maxOutputLength) => {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > maxOutputLength) throw new OutputTooLarge();
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof OutputTooLarge) return null;
    throw error;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
