/**
 * @jest-environment jsdom
 */
// taskpane.html's loader must run in Internet Explorer (ES3) and show the too-old page there and in EdgeHTML,
// while modern engines get the pane's scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const template = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const BUNDLE = ['vendor.js', 'taskpane.js'];

function loaderCode(): string {
  const match = template.match(/<script id="minutebook-loader">([\s\S]*?)<\/script>/);
  if (!match?.[1]) throw new Error('taskpane.html has no <script id="minutebook-loader">');
  return match[1];
}

/** The page as html-webpack-plugin would write it, with a two-file bundle. */
function renderedPage(): string {
  return template
    .replace(/<%=[\s\S]*?%>/g, JSON.stringify(BUNDLE))
    .replace(/<%[\s\S]*?%>/g, '')
    .replace(/^<!doctype html>/i, '');
}

const USER_AGENTS = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  chromium:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macWebKit: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

function openPane(userAgent: string) {
  document.documentElement.innerHTML = renderedPage();
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  const onReady = jest.fn();
  (window as unknown as { Office: unknown }).Office = { onReady };
  new Function(loaderCode())();
  const tooOld = document.getElementById('minutebook-too-old') as HTMLElement;
  return {
    onReady,
    messageShown: getComputedStyle(tooOld).display !== 'none',
    rootShown: getComputedStyle(document.getElementById('root') as HTMLElement).display !== 'none',
    loadedScripts: [...document.querySelectorAll('body script[src]')].map((s) => s.getAttribute('src')),
  };
}

describe('taskpane.html legacy engine page', () => {
  test('the loader script parses as ES3, the JavaScript Internet Explorer understands', () => {
    expect(() => parse(loaderCode(), { ecmaVersion: 3 })).not.toThrow();
    expect(loaderCode()).not.toMatch(/=>|\blet\s|\bconst\s|`/);
  });

  test.each([
    ['Internet Explorer 11 (Trident)', USER_AGENTS.ie11],
    ['EdgeHTML 18', USER_AGENTS.edgeHtml],
  ])('%s sees the too-old message and none of the pane scripts', (_name, userAgent) => {
    const pane = openPane(userAgent);
    expect(pane.messageShown).toBe(true);
    expect(pane.rootShown).toBe(false);
    expect(pane.loadedScripts).toEqual([]);
    expect(document.title).toMatch(/too old/);
    expect(pane.onReady).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['WebView2 (Chromium Edge, "Edg/")', USER_AGENTS.webView2],
    ['Chromium', USER_AGENTS.chromium],
    ['WebKit on Mac', USER_AGENTS.macWebKit],
  ])('%s loads the pane scripts in order and keeps the message hidden', (_name, userAgent) => {
    const pane = openPane(userAgent);
    expect(pane.messageShown).toBe(false);
    expect(pane.rootShown).toBe(true);
    expect(pane.loadedScripts).toEqual(BUNDLE);
  });

  test('the too-old page says what to do: update Office with WebView2 or use Word on the web', () => {
    openPane(USER_AGENTS.ie11);
    const text = document.getElementById('minutebook-too-old')?.textContent ?? '';
    expect(text).toContain('This version of Office is too old for Minutebook');
    expect(text).toMatch(/Microsoft 365/);
    expect(text).toMatch(/Office 2021/);
    expect(text).toMatch(/WebView2/);
    expect(text).toMatch(/Word on the web/);
  });

  test('the page keeps lang en-GB, a viewport, a noscript message and Office.js from the CDN only', () => {
    expect(template).toMatch(/<html lang="en-GB">/);
    expect(template).toMatch(/<meta name="viewport"/);
    expect(template).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
    const externalScripts = [...template.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(externalScripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
