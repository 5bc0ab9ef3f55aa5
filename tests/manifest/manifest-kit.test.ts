// The test kit's manifest: valid by the same offline check, and apart from the real add-in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../scripts/manifest-check.cjs';

const root = join(__dirname, '..', '..');
const kit = readFileSync(join(root, 'manifest-kit.xml'), 'utf8');
const product = readFileSync(join(root, 'manifest.xml'), 'utf8');
const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
const attr = (xml: string, name: string) => new RegExp(`<${name} DefaultValue="([^"]*)"`).exec(xml)?.[1];

describe('the test kit manifest (manifest-kit.xml)', () => {
  test('passes the offline manifest check', () => {
    expect(checkManifest(kit, { assetsDir: join(root, 'assets') })).toEqual([]);
  });

  test('has its own add-in id and name, so it never stands in for Minutebook', () => {
    expect(tag(kit, 'Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(tag(kit, 'Id')).not.toBe(tag(product, 'Id'));
    expect(attr(kit, 'DisplayName')).toBe('Minutebook test kit');
  });

  test('is a task pane only (no ribbon commands), opening the kit page', () => {
    expect(kit).not.toContain('<VersionOverrides');
    expect(attr(kit, 'SourceLocation')).toBe('https://localhost:3100/kit.html');
  });
});
