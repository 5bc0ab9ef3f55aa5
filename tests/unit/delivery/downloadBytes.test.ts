/** @jest-environment jsdom */
import { downloadBytes, MIME } from '../../../src/taskpane/delivery';
import { captureDownloads, readBlobBytes } from './captureDownloads';

describe('downloadBytes', () => {
  it('hands the exact bytes to a temporary link with the file name, then revokes the URL', async () => {
    const capture = captureDownloads();
    try {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42, 0x0d, 0x0a]);
      downloadBytes(bytes, 'Board 2022-08-25 actions.csv', MIME.csv);
      expect(capture.downloads).toHaveLength(1);
      const [download] = capture.downloads;
      expect(download?.filename).toBe('Board 2022-08-25 actions.csv');
      expect(download?.blob.type).toBe(MIME.csv);
      expect(Array.from(await readBlobBytes(download!.blob))).toEqual(Array.from(bytes));
      // The link is gone from the page at once; the URL is released on the next turn.
      expect(document.querySelectorAll('a[download]')).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(capture.revoked).toEqual([download?.url]);
    } finally {
      capture.restore();
    }
  });

  it('writes only the viewed bytes when given a view over a larger buffer', async () => {
    const capture = captureDownloads();
    try {
      const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
      downloadBytes(buffer.subarray(2, 5), 'x.json', MIME.json);
      expect(Array.from(await readBlobBytes(capture.downloads[0]!.blob))).toEqual([1, 2, 3]);
    } finally {
      capture.restore();
    }
  });
});
