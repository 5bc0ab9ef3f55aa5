import { initHost } from '../../src/host/init';

type OfficeStub = Record<string, unknown>;

function withOffice(office: OfficeStub | undefined, body: () => Promise<void>): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const saved = g.Office;
  g.Office = office;
  return body().finally(() => {
    g.Office = saved;
  });
}

const media = (matching: string[]) => (query: string) => ({ matches: matching.includes(query) });

function office(
  overrides: { theme?: object; language?: string; sets?: string[]; host?: string | null } = {},
): OfficeStub {
  return {
    onReady: async () => ({
      host: overrides.host === undefined ? 'Word' : overrides.host,
      platform: 'OfficeOnline',
    }),
    context: {
      displayLanguage: overrides.language,
      officeTheme: overrides.theme,
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'WordApi' && (overrides.sets ?? ['1.3']).includes(v),
      },
    },
  };
}

describe('initHost', () => {
  test('outside Office it says so at once, with en-GB-or-browser language and the media theme', () =>
    withOffice(undefined, async () => {
      const info = await initHost({
        url: 'https://localhost:3000/taskpane.html?view=review',
        matchMedia: media(['(prefers-color-scheme: dark)']),
      });
      expect(info).toMatchObject({ inOffice: false, platform: null, theme: 'dark', requestedView: 'review' });
      expect(info.supportsWordApi('1.3')).toBe(false);
    }));

  test('an onReady that never answers times out as outside Office instead of hanging', () =>
    withOffice({ onReady: () => new Promise(() => undefined) }, async () => {
      const info = await initHost({ timeoutMs: 10, url: 'https://x/' });
      expect(info.inOffice).toBe(false);
    }));

  test('an onReady that throws is outside Office, not a crash', () =>
    withOffice({ onReady: () => Promise.reject(new Error('boom')) }, async () => {
      await expect(initHost({ url: 'https://x/' })).resolves.toMatchObject({ inOffice: false });
    }));

  test('Office.js loaded in a plain browser (host null) is outside Office', () =>
    withOffice(office({ host: null }), async () => {
      await expect(initHost({ url: 'https://x/' })).resolves.toMatchObject({ inOffice: false });
    }));

  test('inside Word: platform, display language, requirement sets', () =>
    withOffice(office({ language: 'cy-GB', sets: ['1.3', '1.4'] }), async () => {
      const info = await initHost({ url: 'https://x/taskpane.html' });
      expect(info).toMatchObject({
        inOffice: true,
        platform: 'OfficeOnline',
        displayLanguage: 'cy-GB',
        requestedView: null,
      });
      expect(info.supportsWordApi('1.4')).toBe(true);
      expect(info.supportsWordApi('1.5')).toBe(false);
    }));

  test('display language defaults to en-GB when Office gives none', () =>
    withOffice(office(), async () => {
      await expect(initHost({ url: 'https://x/' })).resolves.toMatchObject({ displayLanguage: 'en-GB' });
    }));

  test.each([
    ['a white body is light', { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626' }, 'light'],
    ['a dark grey body is dark', { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' }, 'dark'],
    [
      'pure black under pure white is high contrast',
      { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF' },
      'highContrast',
    ],
    [
      'pure black under yellow is high contrast',
      { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFF00' },
      'highContrast',
    ],
  ])('theme: %s', (_what, theme, expected) =>
    withOffice(office({ theme }), async () => {
      await expect(initHost({ url: 'https://x/', matchMedia: media([]) })).resolves.toMatchObject({
        theme: expected,
      });
    }),
  );

  test('without Office colours the theme follows forced colours first', () =>
    withOffice(office(), async () => {
      const info = await initHost({
        url: 'https://x/',
        matchMedia: media(['(forced-colors: active)', '(prefers-color-scheme: dark)']),
      });
      expect(info.theme).toBe('highContrast');
    }));

  test('a broken requirements API answers false rather than throwing', () =>
    withOffice(
      {
        onReady: async () => ({ host: 'Word', platform: 'PC' }),
        context: {
          requirements: {
            isSetSupported: () => {
              throw new Error('x');
            },
          },
        },
      },
      async () => {
        const info = await initHost({ url: 'https://x/' });
        expect(info.supportsWordApi('1.3')).toBe(false);
      },
    ));

  test('inside Office a slow onReady is waited for, with "connecting" said once, not taken for the preview', () =>
    withOffice(
      {
        ...office(),
        onReady: () =>
          new Promise((resolve) => setTimeout(() => resolve({ host: 'Word', platform: 'PC' }), 60)),
      },
      async () => {
        const onWaiting = jest.fn();
        const info = await initHost({
          timeoutMs: 10,
          hostedTimeoutMs: 5000,
          url: 'https://localhost:3000/taskpane.html?_host_Info=Word$Win32$16.01$en-GB$$$$0',
          onWaiting,
        });
        expect(onWaiting).toHaveBeenCalledTimes(1);
        expect(info).toMatchObject({ inOffice: true, platform: 'PC' });
      },
    ));

  test('outside Office the same slow onReady falls back to the preview after the short wait', () =>
    withOffice(
      {
        ...office(),
        onReady: () =>
          new Promise((resolve) => setTimeout(() => resolve({ host: 'Word', platform: 'PC' }), 60)),
      },
      async () => {
        const onWaiting = jest.fn();
        const info = await initHost({
          timeoutMs: 10,
          url: 'https://localhost:3000/taskpane.html',
          windowName: '',
          onWaiting,
        });
        expect(onWaiting).not.toHaveBeenCalled();
        expect(info.inOffice).toBe(false);
      },
    ));
});
