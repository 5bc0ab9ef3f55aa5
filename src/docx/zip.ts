import { UnreadableDocumentError } from './errors';

/**
 * Inflates raw deflate data (a zip entry). Returns null as soon as the output would pass `maxOutputLength`
 * (without inflating the rest: declared sizes can lie); throws when the data are not valid deflate.
 * Injected so that Node can use its native zlib, many times faster than any JavaScript inflater.
 */
export type InflateRaw = (data: Uint8Array, maxOutputLength: number) => Uint8Array | null;

/** Caps that keep a hostile or broken file from exhausting memory or time. */
export interface ZipLimits {
  /** Total declared uncompressed size of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio for an entry over 1 MB (deflate's own maximum is about 1032). */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 1000,
};

interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const MB = 1024 * 1024;
/** Bytes of XML decoded at a time (see readTextChunks). */
const TEXT_CHUNK = 64 * 1024;

const damaged = (what: string) =>
  new UnreadableDocumentError(`is damaged or incomplete (${what}); open it in Word and save it again`);

/**
 * A zip package read from its central directory. Declared sizes are checked against the caps before anything
 * is inflated, and each entry is capped again while it inflates (declared sizes can lie).
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry as UTF-8 text (a BOM dropped), or null when there is no such entry. */
  readText(name: string): string | null {
    const chunks = this.readTextChunks(name);
    return chunks === null ? null : chunks.join('');
  }

  /**
   * The entry as UTF-8 text in pieces of about TEXT_CHUNK bytes each, for a parser that takes text in pieces.
   * One character beyond Latin-1 (an en dash, a curly quote: most minutes have one) makes a whole string
   * two bytes a character, and every later scan of every paragraph cut from it slower; decoded in pieces, only
   * the pieces that hold such a character are.
   */
  readTextChunks(name: string): string[] | null {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return null;
    const data = this.compressedData(entry);
    let inflated: Uint8Array | null;
    if (entry.method === 0) inflated = data;
    else {
      try {
        inflated = this.inflateRaw(data, entry.size);
      } catch {
        throw damaged(`${entry.name} cannot be decompressed`);
      }
    }
    if (inflated === null || inflated.length > entry.size)
      throw damaged(`${entry.name} is larger than the zip says`);
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    for (let at = 0; at < inflated.length; at += TEXT_CHUNK) {
      const last = at + TEXT_CHUNK >= inflated.length;
      chunks.push(decoder.decode(inflated.subarray(at, at + TEXT_CHUNK), { stream: !last }));
    }
    return chunks;
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }

  private findEnd(): number {
    const last = this.bytes.length - 22;
    for (let at = last; at >= 0 && at >= last - 65535; at--) {
      if (this.bytes[at] === 0x50 && this.u32(at) === SIG_END) return at;
    }
    return -1;
  }

  private readDirectory(): void {
    const end = this.findEnd();
    if (end < 0) {
      const startsLikeZip = this.bytes.length >= 4 && this.u32(0) === SIG_LOCAL;
      throw startsLikeZip
        ? damaged('the zip is truncated')
        : new UnreadableDocumentError('is not a Word .docx file (not a zip package)');
    }
    let count = this.u16(end + 10);
    let directorySize = this.u32(end + 12);
    let directoryOffset = this.u32(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = end - 20;
      if (locator < 0 || this.u32(locator) !== SIG_END64_LOCATOR)
        throw damaged('the zip64 directory is missing');
      const end64 = this.u64(locator + 8);
      if (end64 + 56 > this.bytes.length || this.u32(end64) !== SIG_END64)
        throw damaged('the zip64 directory is missing');
      count = this.u64(end64 + 32);
      directorySize = this.u64(end64 + 40);
      directoryOffset = this.u64(end64 + 48);
    }
    if (count > this.limits.maxEntries) {
      throw new UnreadableDocumentError(
        `has too many parts (${count}) to be a Word document; Minutebook reads at most ${this.limits.maxEntries}`,
      );
    }
    if (directoryOffset + directorySize > this.bytes.length) throw damaged('the zip is truncated');
    let at = directoryOffset;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.u32(at) !== SIG_CENTRAL)
        throw damaged('the zip directory is broken');
      const entry = this.readCentralEntry(at);
      at += 46 + this.u16(at + 28) + this.u16(at + 30) + this.u16(at + 32);
      total += entry.size;
      if (total > this.limits.maxTotalBytes) {
        throw new UnreadableDocumentError(
          `is too large: it would unpack to more than ${Math.round(this.limits.maxTotalBytes / MB)} MB (uncompressed size), which no minutes need; it may be a zip bomb`,
        );
      }
      if (entry.size > MB && entry.size > Math.max(entry.compressedSize, 1) * this.limits.maxRatio) {
        throw new UnreadableDocumentError(
          `is not a safe zip: ${entry.name} would unpack to ${entry.size} bytes from ${entry.compressedSize} (a zip bomb)`,
        );
      }
      this.entries.set(entry.name.toLowerCase(), entry);
    }
  }

  private readCentralEntry(at: number): ZipEntry {
    const flags = this.u16(at + 8);
    const nameLength = this.u16(at + 28);
    const extraLength = this.u16(at + 30);
    if (at + 46 + nameLength + extraLength > this.bytes.length) throw damaged('the zip directory is broken');
    const name = new TextDecoder()
      .decode(this.bytes.subarray(at + 46, at + 46 + nameLength))
      .replace(/^\//, '');
    let size = this.u32(at + 24);
    let compressedSize = this.u32(at + 20);
    let localHeaderOffset = this.u32(at + 42);
    // zip64: the real values sit in extra field 0x0001, in this order, for the fields that overflowed
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = this.u16(extra);
      const length = this.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next64 = () => {
          const value = field + 8 <= extraEnd ? this.u64(field) : null;
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = next64() ?? size;
        if (compressedSize === 0xffffffff) compressedSize = next64() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next64() ?? localHeaderOffset;
      }
      extra += 4 + length;
    }
    return {
      name,
      method: this.u16(at + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      localHeaderOffset,
    };
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    if (entry.encrypted)
      throw new UnreadableDocumentError('is encrypted; remove the password in Word and try again');
    if (entry.method !== 0 && entry.method !== 8) {
      throw new UnreadableDocumentError(
        `uses a zip compression Minutebook cannot read (method ${entry.method}); save it again in Word`,
      );
    }
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.u32(at) !== SIG_LOCAL) throw damaged(`${entry.name} is missing`);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    if (start + entry.compressedSize > this.bytes.length) throw damaged('the zip is truncated');
    return this.bytes.subarray(start, start + entry.compressedSize);
  }
}
