import { PRESETS, findPreset } from '../../src/core/presets';
import { Preset } from '../../src/core/model';

describe('presets', () => {
  it('ships the three standard meeting types, each valid against the schema', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['police-assurance', 'board', 'team']);
    for (const preset of PRESETS) expect(Preset.safeParse(preset).success).toBe(true);
  });
  it('gives the board meeting a quorum and an agenda with declarations of interest', () => {
    const board = findPreset('Board meeting');
    expect(board?.quorum).toBeGreaterThan(0);
    expect(board?.items.map((i) => i.title)).toContain('Declarations of interest');
  });
  it('finds nothing for an unknown name', () => {
    expect(findPreset('no such preset')).toBeUndefined();
  });
});
