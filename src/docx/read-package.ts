import type { SourceParagraph } from '../core/model/paragraph';
import { UnreadableDocumentError } from './errors';
import { ParagraphCollector, createSink, type XmlHandler } from './paragraph-collector';
import { StylesCollector } from './styles-collector';
import { finishParagraphs } from './finish-paragraphs';
import { NumberingCollector } from './numbering';
import {
  RelationshipsCollector,
  relationshipOfType,
  relationshipsPartOf,
  resolveTarget,
  type Relationship,
} from './relationships';
import { parseXml } from './xml-parse';
import { DEFAULT_ZIP_LIMITS, ZipArchive, type InflateRaw, type ZipLimits } from './zip';

/** Signature of an OLE compound file: how Word stores a password-protected .docx (and the old .doc format). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE: the stream an encrypted .docx keeps its content in. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (
    let at = bytes.indexOf(first!);
    at >= 0 && at + needle.length <= bytes.length;
    at = bytes.indexOf(first!, at + 1)
  ) {
    if (needle.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableDocumentError('is empty');
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new UnreadableDocumentError(
      contains(bytes, ENCRYPTED_PACKAGE)
        ? 'is password-protected; remove the password in Word and try again'
        : 'is password-protected or an old-format Word .doc file; remove the password, or save it as .docx in Word, and try again',
    );
  }
}

function parsePart(archive: ZipArchive, part: string, handler: XmlHandler): boolean {
  const xml = archive.readTextChunks(part);
  if (xml === null) return false;
  try {
    parseXml(xml, handler);
  } catch (error) {
    throw new UnreadableDocumentError(
      `is damaged: ${part} is not well-formed XML (${(error as Error).message.split('\n')[0]})`,
    );
  }
  return true;
}

function relationshipsOf(archive: ZipArchive, part: string): Relationship[] {
  const collector = new RelationshipsCollector();
  parsePart(archive, relationshipsPartOf(part), collector);
  return collector.relationships;
}

/**
 * Reads a .docx into the reader's paragraphs: the body in reading order, table cells with their position,
 * content controls, style names, tracked changes as the final text reads; then the page header and footer
 * paragraphs (part 'header' / 'footer', each with its own index). Inflates only the parts it reads.
 * Throws UnreadableDocumentError, with a reason a person can act on, for anything that is not a readable .docx.
 * The inflater is given (rather than imported) so that Node can pass its native zlib and never load the
 * portable one: see readDocx in ./read for the portable default.
 */
export function readDocxPackage(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): SourceParagraph[] {
  checkSignature(bytes);
  const archive = new ZipArchive(bytes, inflateRaw, limits);
  const officeDocument = relationshipOfType(relationshipsOf(archive, ''), 'officeDocument');
  const main = officeDocument ? resolveTarget('', officeDocument.target) : 'word/document.xml';
  if (!archive.has(main)) {
    throw new UnreadableDocumentError(`has no document body (${main} is missing); it is not a Word document`);
  }
  const relationships = relationshipsOf(archive, main);
  const stylesRelationship = relationshipOfType(relationships, 'styles');
  const styles = new StylesCollector();
  const hasStyles = stylesRelationship
    ? parsePart(archive, resolveTarget(main, stylesRelationship.target), styles)
    : false;

  const numberingRelationship = relationshipOfType(relationships, 'numbering');
  const numbering = new NumberingCollector();
  const hasNumbering = numberingRelationship
    ? parsePart(archive, resolveTarget(main, numberingRelationship.target), numbering)
    : false;

  const body = createSink('body');
  const bodyCollector = new ParagraphCollector(body);
  parsePart(archive, main, bodyCollector);
  bodyCollector.end();

  const sinks = { header: createSink('header'), footer: createSink('footer') };
  const read = new Set<string>();
  for (const reference of bodyCollector.references) {
    const relationship = relationships.find((r) => r.id === reference.relationshipId);
    if (!relationship) continue;
    const part = resolveTarget(main, relationship.target);
    if (read.has(part)) continue;
    read.add(part);
    const collector = new ParagraphCollector(sinks[reference.kind]);
    parsePart(archive, part, collector);
    collector.end();
  }
  return finishParagraphs(
    [body, sinks.header, sinks.footer],
    hasStyles ? styles : null,
    hasNumbering ? numbering : null,
  );
}
