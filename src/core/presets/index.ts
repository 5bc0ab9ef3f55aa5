import { Preset } from '../model/preset';
import policeAssurance from './police-assurance.json';
import board from './board.json';
import team from './team.json';

/** Every shipped preset, validated by the same schema a new preset file must pass. Adding one: a JSON file here. */
export const PRESETS: readonly Preset[] = [policeAssurance, board, team].map((data) => Preset.parse(data));

export function findPreset(idOrName: string): Preset | undefined {
  const wanted = idOrName.trim().toLowerCase();
  return PRESETS.find((p) => p.id === wanted || p.name.toLowerCase() === wanted);
}
