import { useState } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import type { DismissedFinding, HouseStyle } from '../../../core/model';
import { houseStylePresets, RULES, startingHouseStyle } from '../../../core/check';
import { HouseStyleEditor } from './HouseStyleEditor';
import { describeHouseStyle } from './houseStyleWords';
import { useCheckViewStyles } from './styles';

const ADJUSTED_OPTION = 'adjusted';

interface ReviewSettingsProps {
  disabledRules: readonly string[];
  dismissed: readonly DismissedFinding[];
  reviewerName: string;
  onReviewerNameChange(name: string): void;
  onSwitchRuleOn(rule: string): void;
  onSwitchRuleOff?(rule: string): void;
  onRestore(finding: DismissedFinding): void;
  /** The house style picked here; null when none is picked. */
  houseStyle?: HouseStyle | null;
  /** The house style of the preset the minutes were started from, if any. */
  presetStyle?: HouseStyle | null;
  onHouseStyleChange?(style: HouseStyle | null): void;
}

/** The reviewer's choices for this document, each one reversible. */
export function ReviewSettings(props: ReviewSettingsProps) {
  const layout = useCheckViewStyles();
  const { disabledRules, dismissed } = props;
  const presets = houseStylePresets();
  const [editing, setEditing] = useState(false);
  const pickedPreset = props.houseStyle
    ? presets.find((p) => p.style.name === props.houseStyle!.name)
    : undefined;
  // A style the reviewer adjusted is no preset's: it gets an option of its own so the select says what is in force.
  const adjusted = props.houseStyle && !pickedPreset ? props.houseStyle : null;
  const picked = pickedPreset?.id ?? (adjusted ? ADJUSTED_OPTION : '');
  const inForce = props.houseStyle ?? props.presetStyle ?? null;
  return (
    <section aria-labelledby="review-settings" className={layout.section}>
      <h2 id="review-settings" className={layout.subheading}>
        Check settings for this document
      </h2>
      {props.onHouseStyleChange ? (
        <Field
          label="House style"
          hint={
            inForce
              ? describeHouseStyle(inForce)
              : "None: the minutes are judged by their own conventions, and a house standard (such as 'ACTION:' or a venue line) is at most a warning."
          }
        >
          <Select
            className={layout.fitPane}
            value={picked}
            onChange={(_, data) => {
              const preset = presets.find((p) => p.id === data.value);
              if (data.value === ADJUSTED_OPTION) return;
              props.onHouseStyleChange?.(preset ? preset.style : null);
            }}
          >
            {adjusted ? <option value={ADJUSTED_OPTION}>{adjusted.name}</option> : null}
            <option value="">
              {props.presetStyle ? `The one these minutes started from (${props.presetStyle.name})` : 'None'}
            </option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.style.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {props.onHouseStyleChange ? (
        <div className={layout.section}>
          <Button
            className={layout.start}
            aria-expanded={editing}
            onClick={() => setEditing((open) => !open)}
          >
            {editing ? 'Hide the house style’s settings' : 'Adjust the house style'}
          </Button>
          {editing ? (
            <HouseStyleEditor
              style={inForce ?? startingHouseStyle()}
              onChange={(style) => props.onHouseStyleChange?.(style)}
            />
          ) : null}
        </div>
      ) : null}
      <Field label="Your name (recorded with each finding you dismiss)">
        <Input value={props.reviewerName} onChange={(_, data) => props.onReviewerNameChange(data.value)} />
      </Field>
      <div>
        <Text weight="semibold">
          Rules ({RULES.length - disabledRules.length} of {RULES.length} on)
        </Text>
        <ul className={layout.list}>
          {RULES.map((rule) => {
            const off = disabledRules.includes(rule.id);
            return (
              <li key={rule.id} className={layout.row}>
                <Text>
                  {rule.description} {off ? '(off)' : ''}
                </Text>
                <Text size={200} className={layout.quiet}>
                  {rule.id}
                </Text>
                {off ? (
                  <Button
                    size="small"
                    onClick={() => props.onSwitchRuleOn(rule.id)}
                    aria-label={`Switch back on: ${rule.description}`}
                  >
                    Switch back on
                  </Button>
                ) : props.onSwitchRuleOff ? (
                  <Button
                    size="small"
                    onClick={() => props.onSwitchRuleOff?.(rule.id)}
                    aria-label={`Switch off for this document: ${rule.description}`}
                  >
                    Switch off
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
      {dismissed.length > 0 ? (
        <div>
          <Text weight="semibold">Dismissed findings ({dismissed.length})</Text>
          <ul className={layout.list}>
            {dismissed.map((finding) => (
              <li key={`${finding.rule}\u0000${finding.excerpt}`} className={layout.row}>
                <Text>
                  {finding.excerpt ? `“${finding.excerpt}”` : finding.rule} (dismissed
                  {finding.by ? ` by ${finding.by}` : ''}, {finding.at.slice(0, 10)}
                  {finding.reason ? `: ${finding.reason}` : ''})
                </Text>
                <Text size={200} className={layout.quiet}>
                  {finding.rule}
                </Text>
                <Button
                  size="small"
                  onClick={() => props.onRestore(finding)}
                  aria-label={`Show again: ${finding.rule}${finding.excerpt ? ` at “${finding.excerpt}”` : ''}`}
                >
                  Show again
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
