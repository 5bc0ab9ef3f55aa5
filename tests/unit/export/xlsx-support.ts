import { strFromU8, unzipSync } from 'fflate';

/** The parts of a workbook as text, by path inside the zip. */
export function workbookParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) parts[path] = strFromU8(data);
  return parts;
}

function decodeXml(text: string): string {
  return text
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface RawCell {
  ref: string;
  /** The `t` attribute: "s" for a shared string, absent for a number (a date is a number with a date format). */
  type: string | null;
  hasFormula: boolean;
  /** Shared strings resolved to their text; numbers as written. */
  value: string | null;
}

/** Every cell of one sheet as the XML has it, so tests see cell types, not a reader's interpretation. */
export function rawCells(parts: Record<string, string>, sheetPath: string): RawCell[] {
  const shared = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    decodeXml([...(si[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const sheet = parts[sheetPath] ?? '';
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((match) => {
    const type = /\bt="([^"]+)"/.exec(match[2] ?? '')?.[1] ?? null;
    const body = match[3] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? null;
    return {
      ref: match[1] ?? '',
      type,
      hasFormula: /<f[\s>/]/.test(body),
      value: v === null ? null : type === 's' ? (shared[Number(v)] ?? null) : decodeXml(v),
    };
  });
}
