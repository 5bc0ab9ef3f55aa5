import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { SourceParagraph } from '../core/model';
import { textToParagraphs } from '../core/read/text';
import { UnreadableDocumentError } from '../docx/errors';
import { readDocxPackage } from '../docx/read-package';
import { inflateRawWithZlib } from './zlib-inflate';

export const READABLE_EXTENSIONS = ['.docx', '.txt', '.md'] as const;

/** A file the CLI could not read, with the reason in words a person can act on. */
export interface InputFailure {
  file: string;
  reason: string;
}

/**
 * Expands the paths given on the command line: files as they are, folders walked for the readable
 * extensions (hidden entries and Word's `~$` lock files skipped), in a stable sorted order.
 */
export function collectInputs(
  paths: readonly string[],
  cwd: string,
): { files: string[]; failures: InputFailure[] } {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  for (const given of paths) {
    const full = resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      failures.push({ file: given, reason: 'no such file or folder' });
      continue;
    }
    if (isDirectory) files.push(...walkFolder(full).map((f) => relativeTo(cwd, f)));
    else files.push(given);
  }
  return { files, failures };
}

function walkFolder(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walkFolder(path));
    else if ((READABLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
      found.push(path);
  }
  return found;
}

function relativeTo(cwd: string, file: string): string {
  const base = resolve(cwd) + '/';
  return file.startsWith(base) ? file.slice(base.length) : file;
}

/** Thrown for a file that cannot be read as minutes; `reason` is for the person running the command. */
export class UnreadableInputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableInputError';
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one file into the reader's paragraphs. Throws UnreadableInputError with a reason. */
export function loadParagraphs(file: string, cwd: string): SourceParagraph[] {
  const extension = extname(file).toLowerCase();
  if (!(READABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UnreadableInputError(`not a .docx, .txt or .md file`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (error) {
    throw new UnreadableInputError(describeFsError(error));
  }
  if (bytes.length === 0) throw new UnreadableInputError('the file is empty');
  if (extension === '.docx') {
    try {
      return readDocxPackage(bytes, inflateRawWithZlib);
    } catch (error) {
      if (error instanceof UnreadableDocumentError) throw new UnreadableInputError(error.message);
      throw new UnreadableInputError(`could not be read as a Word document (${(error as Error).message})`);
    }
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new UnreadableInputError('is not UTF-8 text; save it as UTF-8 and try again');
  }
  return textToParagraphs(text.replace(/^\uFEFF/, ''));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `could not be read (${code ?? (error as Error).message})`;
}
