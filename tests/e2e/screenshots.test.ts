import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PANE_VIEWPORT } from './support/browser';
import { expectStayedLocal, usePaneSession } from './support/session';
import { VIEWS_TO_SHOW, backgroundLuminance, showView } from './support/views';

/** Where the README's pictures of the pane live. */
const IMAGES_DIR = join(__dirname, '..', '..', 'docs', 'images');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('screenshots of every view for the README (docs/images/pane-<view>-<theme>.png)', () => {
  const session = usePaneSession();
  beforeAll(() => mkdirSync(IMAGES_DIR, { recursive: true }));

  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    it.each(VIEWS_TO_SHOW)('the %s view at task-pane size', async (view) => {
      const pane = await session.open({ colorScheme: theme });
      await showView(pane.page, view);
      const luminance = await backgroundLuminance(pane.page);
      if (theme === 'dark') expect(luminance).toBeLessThan(0.2);
      else expect(luminance).toBeGreaterThan(0.8);
      // Top of the view at the pane's size: what a person sees on opening it (no scrolled focus ring).
      await pane.page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const file = join(IMAGES_DIR, `pane-${view}-${theme}.png`);
      await pane.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      expect(pngSize(file)).toEqual(PANE_VIEWPORT);
      expect(statSync(file).size).toBeLessThan(200_000);
      expectStayedLocal(pane);
    });
  });
});
