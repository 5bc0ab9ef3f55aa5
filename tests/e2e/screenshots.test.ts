import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PANE_VIEWPORT, type Pane } from './support/browser';
import { expectStayedLocal, usePaneSession } from './support/session';
import { TOUR, expectTheme, settle } from './support/views';

/** Where the README's pictures of the pane live. */
const IMAGES_DIR = join(__dirname, '..', '..', 'docs', 'images');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Word's default pane width, and the desktop's usual one (PANE_VIEWPORT). */
const WIDTHS = [
  { width: 320, suffix: '-320' },
  { width: PANE_VIEWPORT.width, suffix: '' },
] as const;

/**
 * Every view, light and dark, at 320 px (Word's default) and 350 px, for the README:
 * docs/images/pane-<view>-<theme>.png (350 px) and pane-<view>-<theme>-320.png.
 */
describe('screenshots of the pane for the README', () => {
  const session = usePaneSession();
  beforeAll(() => mkdirSync(IMAGES_DIR, { recursive: true }));

  // The stops run in order in one document per theme: run the whole file, not one test of the tour.
  describe.each((['light', 'dark'] as const).flatMap((theme) => WIDTHS.map((w) => ({ theme, ...w }))))(
    '$theme theme at $width px',
    ({ theme, width, suffix }) => {
      let pane: Pane;
      beforeAll(async () => {
        pane = await session.openShared({ colorScheme: theme });
        await pane.page.setViewportSize({ width, height: PANE_VIEWPORT.height });
      });

      it.each(TOUR)('the $view view', async ({ view, reach }) => {
        await reach(pane.page);
        await settle(pane.page);
        await expectTheme(pane.page, theme);
        // The top of the view as it opens: no focus ring left from the steps, nothing scrolled.
        await pane.page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        const file = join(IMAGES_DIR, `pane-${view}-${theme}${suffix}.png`);
        await pane.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        expect(pngSize(file)).toEqual({ width, height: PANE_VIEWPORT.height });
        expect(statSync(file).size).toBeLessThan(200_000);
        expectStayedLocal(pane);
      });
    },
  );
});
