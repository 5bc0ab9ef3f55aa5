// MINUTEBOOK_URL: the production base URL that the build writes into dist/manifest.xml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAddinUrl, rewriteManifest } from '../../scripts/addin-url.cjs';
import { checkManifest } from '../../scripts/manifest-check.cjs';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('production URL', () => {
  test('without MINUTEBOOK_URL the dev server address is used', () => {
    expect(resolveAddinUrl({})).toEqual({
      url: 'https://localhost:3000/',
      origin: 'https://localhost:3000',
      isDefault: true,
    });
  });

  test('an https URL ending in / is accepted with its origin', () => {
    expect(resolveAddinUrl({ MINUTEBOOK_URL: 'https://minutes.example.org/minutebook/' })).toEqual({
      url: 'https://minutes.example.org/minutebook/',
      origin: 'https://minutes.example.org',
      isDefault: false,
    });
  });

  test.each([
    ['http://minutes.example.org/', /must start with https/],
    ['https://minutes.example.org', /must end with "\/"/],
    ['minutes.example.org/', /is not a URL/],
    ['https://minutes.example.org/?v=2/', /query or fragment/],
  ])('"%s" is refused with a message saying what to fix', (value, message) => {
    expect(() => resolveAddinUrl({ MINUTEBOOK_URL: value })).toThrow(message);
  });

  test('the rewritten manifest has no localhost left, points at the production URL and still passes the check', () => {
    const target = resolveAddinUrl({ MINUTEBOOK_URL: 'https://minutes.example.org/minutebook/' });
    const rewritten = rewriteManifest(manifest, target);
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain(
      '<SourceLocation DefaultValue="https://minutes.example.org/minutebook/taskpane.html"/>',
    );
    expect(rewritten).toContain('<AppDomain>https://minutes.example.org</AppDomain>');
    expect(checkManifest(rewritten, { assetsDir: join(root, 'assets') })).toEqual([]);
  });
});
