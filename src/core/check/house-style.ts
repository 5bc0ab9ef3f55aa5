import { z } from 'zod';
import { describeHouseStyleIssues, HouseStyle, type RuleSetting, type StoredMeeting } from '../model';
import { findPreset, PRESETS } from '../presets';
import { ALL_RULES } from './rules';

export { HouseStyle } from '../model';

/** A house style as a file or the pane gives it, with every rule id checked against the rules that exist. */
const KnownHouseStyle = HouseStyle.superRefine((style, context) => {
  for (const id of Object.keys(style.rules)) {
    if (!ALL_RULES.some((rule) => rule.id === id))
      context.addIssue({
        code: 'custom',
        path: ['rules', id],
        message: `there is no rule '${id}' (rules: ${ALL_RULES.map((r) => r.id).join(', ')})`,
      });
  }
});

export type ParsedHouseStyle = { ok: true; style: HouseStyle } | { ok: false; issues: string[] };

/** Validates a house style (parsed JSON): the style, or one message per wrong field, naming the field. */
export function parseHouseStyle(json: unknown): ParsedHouseStyle {
  const parsed = KnownHouseStyle.safeParse(json);
  return parsed.success
    ? { ok: true, style: parsed.data }
    : { ok: false, issues: describeHouseStyleIssues(parsed.error as z.ZodError) };
}

/** The house style of a preset (by id or name); null when there is no such preset or it sets none. */
export function presetHouseStyle(idOrName: string): HouseStyle | null {
  return findPreset(idOrName)?.houseStyle ?? null;
}

/** Presets that carry a house style: what the pane's Check settings and `--house-style` offer by id. */
export function houseStylePresets(): { id: string; name: string; style: HouseStyle }[] {
  return PRESETS.flatMap((p) => (p.houseStyle ? [{ id: p.id, name: p.name, style: p.houseStyle }] : []));
}

/**
 * The house style in force for a document: the one the reviewer picked, else the one of the preset the minutes
 * were started from, else none (the document's own conventions are then the measure).
 */
export function houseStyleFor(stored: Pick<StoredMeeting, 'houseStyle' | 'preset'>): HouseStyle | null {
  if (stored.houseStyle) return stored.houseStyle;
  return stored.preset ? presetHouseStyle(stored.preset) : null;
}

/** What the house style sets a rule to; undefined when it leaves the rule as it is. */
export function ruleSetting(style: HouseStyle | null, rule: string): RuleSetting | undefined {
  return style?.rules[rule];
}

const ADJUSTED = ' (adjusted)';

/**
 * A house style with the reviewer's change applied (pane: Check settings, "Adjust"): named "(adjusted)" so it is
 * never mistaken for the preset it came from, and validated like a file, so the pane cannot store a bad one.
 */
export function adjustHouseStyle(style: HouseStyle, change: Partial<HouseStyle>): HouseStyle {
  const name = style.name.endsWith(ADJUSTED) ? style.name : `${style.name}${ADJUSTED}`;
  const parsed = parseHouseStyle({ ...style, ...change, name });
  if (!parsed.ok) throw new Error(`House style change refused: ${parsed.issues.join('; ')}`);
  return parsed.style;
}

/** The house style a reviewer starts from when no preset gives one: the schema's defaults. */
export function startingHouseStyle(): HouseStyle {
  return HouseStyle.parse({ name: 'Custom house style' });
}
