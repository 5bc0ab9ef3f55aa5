// The offline manifest check, run on the real manifest and on copies with one fault each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest, type ManifestFault } from '../../scripts/manifest-check.cjs';

const root = join(__dirname, '..', '..');
const assetsDir = join(root, 'assets');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** Replaces exactly one occurrence, so a test fails loudly if the manifest no longer has what it mutates. */
function mutate(from: string | RegExp, to: string): string {
  const hits = manifest.split(from).length - 1;
  if (hits !== 1)
    throw new Error(`expected one occurrence of ${String(from)} in manifest.xml, found ${hits}`);
  return manifest.replace(from, to);
}

const codes = (faults: ManifestFault[]) => faults.map((f) => f.code);

describe('manifest check', () => {
  test('the real manifest passes with no faults', () => {
    expect(checkManifest(manifest, { assetsDir })).toEqual([]);
  });

  test('a ribbon label without a resid is reported as a missing resid', () => {
    const faults = checkManifest(mutate('<Label resid="Group.Label"/>', '<Label/>'), { assetsDir });
    expect(codes(faults)).toEqual(['missing-resid']);
    expect(faults[0]?.message).toMatch(/<Label> has no resid/);
  });

  test('a resid naming no resource is reported with the resid it could not resolve', () => {
    const faults = checkManifest(
      mutate('<Label resid="InsertAction.Label"/>', '<Label resid="InsertActon.Label"/>'),
      {
        assetsDir,
      },
    );
    expect(codes(faults)).toEqual(['unresolved-resid']);
    expect(faults[0]?.message).toContain('"InsertActon.Label"');
  });

  test('an http URL is reported as insecure, naming the URL', () => {
    const faults = checkManifest(
      mutate('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      { assetsDir },
    );
    expect(codes(faults)).toEqual(['insecure-url']);
    expect(faults[0]?.message).toContain('http://localhost:3000/commands.html');
  });

  test('an icon whose file is missing from assets/ is reported with the file it looked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mb-assets-'));
    try {
      for (const size of [16, 32, 64]) {
        writeFileSync(join(dir, `icon-${size}.png`), readFileSync(join(assetsDir, `icon-${size}.png`)));
      }
      const faults = checkManifest(manifest, { assetsDir: dir });
      expect(codes(faults)).toEqual(['missing-icon']);
      expect(faults[0]?.message).toContain('icon-80.png');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a manifest without <Requirements> is reported as missing the WordApi requirement', () => {
    const faults = checkManifest(
      mutate(/\s*<Requirements>\s*<Sets DefaultMinVersion="1.3">[\s\S]*?<\/Requirements>/, ''),
      {
        assetsDir,
      },
    );
    expect(codes(faults)).toEqual(['missing-requirements']);
    expect(faults[0]?.message).toContain('WordApi');
  });

  test("children of <OfficeApp> out of the schema's order are reported, naming the misplaced element", () => {
    const permissions = '\n  <Permissions>ReadWriteDocument</Permissions>';
    const moved = mutate(permissions, '').replace('\n  <Requirements>', `${permissions}\n  <Requirements>`);
    const faults = checkManifest(moved, { assetsDir });
    expect(codes(faults)).toEqual(['element-order']);
    expect(faults[0]?.message).toMatch(/<Requirements> comes after <Permissions>/);
  });

  test('two ribbon controls with the same id are reported as a duplicate id', () => {
    const faults = checkManifest(mutate('id="Minutebook.CheckMinutes"', 'id="Minutebook.OpenPane"'), {
      assetsDir,
    });
    expect(codes(faults)).toEqual(['duplicate-id']);
    expect(faults[0]?.message).toContain('"Minutebook.OpenPane"');
  });

  test('two resources with the same id are reported as a duplicate id', () => {
    const faults = checkManifest(
      mutate(
        '<bt:String id="CheckMinutes.Label"',
        '<bt:String id="CheckMinutes.Label" /><bt:String id="CheckMinutes.Label"',
      ),
      { assetsDir },
    );
    expect(codes(faults)).toContain('duplicate-id');
  });

  test('malformed XML is reported as not well-formed', () => {
    const faults = checkManifest(mutate('</Hosts>\n  <Requirements>', '<Requirements>'), { assetsDir });
    expect(codes(faults)).toEqual(['not-well-formed']);
  });

  test('a version that is not four numbers is reported', () => {
    const faults = checkManifest(mutate('<Version>1.0.0.0</Version>', '<Version>1.0</Version>'), {
      assetsDir,
    });
    expect(codes(faults)).toEqual(['version-format']);
  });
});
