import { strToU8, zipSync } from 'fflate';
import { readDocx, UnreadableDocumentError, type InflateRaw } from '../../src/docx/read';
import { inflateRawPortable } from '../../src/docx/inflate';
import type { ZipLimits } from '../../src/docx/zip';
import { inflateRawWithZlib } from '../../src/cli/zlib-inflate';
import { writeDocx } from '../../src/docx/write';
import { buildMinutesBlocks } from '../../src/core/write';
import { MODEL_MINUTES } from '../fixtures/model-meeting';

const INFLATERS: [string, InflateRaw][] = [
  ['portable (fflate)', inflateRawPortable],
  ["Node's zlib", inflateRawWithZlib],
];

function reasonWith(bytes: Uint8Array, inflateRaw: InflateRaw, limits?: ZipLimits): string {
  try {
    readDocx(bytes, { inflateRaw, limits });
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    return (error as UnreadableDocumentError).reason;
  }
  throw new Error('readDocx read the file without complaint');
}

const compoundFile = (extra: number[] = []) => {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(extra, 1024);
  return bytes;
};

/** The zip with its first central-directory entry declaring a different uncompressed size. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error('no central directory entry');
}

/** Overwrites the first entry's compressed bytes with noise. */
function scramble(zip: Uint8Array): void {
  const start = 30 + 'word/document.xml'.length;
  for (let i = start; i < start + 200; i++) zip[i] = (i * 131) % 256;
}

describe.each(INFLATERS)(
  'readDocx with the %s inflater refuses what it cannot read, saying why',
  (_, inflateRaw) => {
    const reasonFor = (bytes: Uint8Array, limits?: ZipLimits) => reasonWith(bytes, inflateRaw, limits);

    it('names an empty file', () => {
      expect(reasonFor(new Uint8Array(0))).toBe('is empty');
    });

    it('names a file that is not a zip', () => {
      expect(reasonFor(strToU8('Minutes of the meeting, saved as text'))).toBe(
        'is not a Word .docx file (not a zip package)',
      );
    });

    it('names a truncated zip', () => {
      const whole = writeDocx(buildMinutesBlocks(MODEL_MINUTES));
      for (const cut of [0.3, 0.6, 0.95]) {
        expect(reasonFor(whole.slice(0, Math.floor(whole.length * cut)))).toMatch(
          /damaged or incomplete \(the zip is truncated\)/,
        );
      }
    });

    it('names a password-protected .docx by its compound-file signature', () => {
      const encryptedPackage = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
      expect(reasonFor(compoundFile(encryptedPackage))).toBe(
        'is password-protected; remove the password in Word and try again',
      );
      expect(reasonFor(compoundFile())).toMatch(/^is password-protected or an old-format Word \.doc file/);
    });

    it('refuses a zip bomb from its declared sizes before inflating anything', () => {
      // 300 MB declared; the compressed bytes are garbage, so inflating them would fail differently
      const bomb = withDeclaredSize(
        zipSync({ 'word/document.xml': new Uint8Array(400_000) }, { level: 9 }),
        300 * 1024 * 1024,
      );
      scramble(bomb);
      expect(reasonFor(bomb)).toMatch(
        /is too large: it would unpack to more than 200 MB \(uncompressed size\).*zip bomb/,
      );
    });

    it('refuses an entry with an impossible compression ratio', () => {
      const bomb = withDeclaredSize(
        zipSync({ 'word/document.xml': new Uint8Array(400_000) }, { level: 9 }),
        50 * 1024 * 1024,
      );
      expect(reasonFor(bomb)).toMatch(/not a safe zip: word\/document\.xml would unpack/);
    });

    it('refuses a zip with too many entries', () => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < 60; i++) files[`part${i}.xml`] = strToU8('<x/>');
      expect(reasonFor(zipSync(files), { maxEntries: 50, maxTotalBytes: 1e9, maxRatio: 1000 })).toMatch(
        /too many parts \(60\)/,
      );
    });

    it('stops inflating a part that is larger than the zip declares', () => {
      const honest = zipSync(
        { 'word/document.xml': strToU8(`<w:document>${'<w:p/>'.repeat(5000)}</w:document>`) },
        { level: 9 },
      );
      const lying = withDeclaredSize(honest, 100);
      expect(reasonFor(lying)).toMatch(/word\/document\.xml is larger than the zip says/);
    });

    it('names a part whose compressed bytes are corrupt', () => {
      const honest = zipSync(
        {
          'word/document.xml': strToU8(
            `<w:document>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(500)}</w:document>`,
          ),
        },
        { level: 9 },
      );
      const corrupt = honest.slice();
      // deflate block type 3 does not exist: the stream is invalid from its first byte
      corrupt[30 + 'word/document.xml'.length] = 0xff;
      expect(reasonFor(corrupt)).toMatch(/word\/document\.xml cannot be decompressed/);
    });

    it('names a zip without word/document.xml', () => {
      expect(reasonFor(zipSync({ 'hello.txt': strToU8('hi') }))).toMatch(
        /has no document body \(word\/document\.xml is missing\)/,
      );
    });

    it('names a document part that is not well-formed XML', () => {
      const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') });
      expect(reasonFor(broken)).toMatch(/^is damaged: word\/document\.xml is not well-formed XML/);
    });

    it('never hangs on random bytes after a zip signature', () => {
      for (let seed = 1; seed <= 50; seed++) {
        const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 * seed + seed) % 256);
        bytes.set([0x50, 0x4b, 0x03, 0x04]);
        expect(reasonFor(bytes)).toMatch(/damaged|not a zip/);
      }
    });
  },
);
