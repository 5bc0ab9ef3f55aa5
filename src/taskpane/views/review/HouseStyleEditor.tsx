import { Checkbox, Field, Select } from '@fluentui/react-components';
import type { HouseStyle, RuleSetting } from '../../../core/model';
import { HeaderFieldName, StandardMarker } from '../../../core/model';
import { adjustHouseStyle, RULES } from '../../../core/check';
import { FIELD_WORDS } from './houseStyleWords';
import { useCheckViewStyles } from './styles';

/** Each rule's setting as the reviewer reads it; '' leaves the rule as the house style's other fields decide. */
const SETTING_WORDS: [RuleSetting | '', string][] = [
  ['', 'As the house style decides'],
  ['error', 'Error'],
  ['warning', 'Warning'],
  ['info', 'Note'],
  ['off', 'Off'],
];

interface HouseStyleEditorProps {
  style: HouseStyle;
  onChange(style: HouseStyle): void;
}

/**
 * Every field of a house style, editable (issue 15): required header fields, the standard marker, due dates, the
 * next-meeting line and each rule's severity. Each change is stored at once as an "(adjusted)" style.
 */
export function HouseStyleEditor({ style, onChange }: HouseStyleEditorProps) {
  const layout = useCheckViewStyles();
  const change = (patch: Partial<HouseStyle>) => onChange(adjustHouseStyle(style, patch));
  const toggleField = (field: HeaderFieldName, on: boolean) =>
    change({
      requiredHeaderFields: HeaderFieldName.options.filter((f) =>
        f === field ? on : style.requiredHeaderFields.includes(f),
      ),
    });
  const setRule = (id: string, setting: RuleSetting | '') => {
    const rules = { ...style.rules };
    if (setting === '') delete rules[id];
    else rules[id] = setting;
    change({ rules });
  };
  return (
    <div className={layout.section} role="group" aria-label={`Adjust ${style.name}`}>
      <fieldset className={layout.fieldset}>
        <legend>Header fields the minutes must give</legend>
        {HeaderFieldName.options.map((field) => (
          <Checkbox
            key={field}
            label={FIELD_WORDS[field]}
            checked={style.requiredHeaderFields.includes(field)}
            onChange={(_, data) => toggleField(field, data.checked === true)}
          />
        ))}
      </fieldset>
      <Field label="Standard action marker">
        <Select
          className={layout.fitPane}
          value={style.actionMarker}
          onChange={(_, data) => change({ actionMarker: StandardMarker.parse(data.value) })}
        >
          {StandardMarker.options.map((marker) => (
            <option key={marker} value={marker}>
              {marker}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="Every action needs a due date"
        checked={style.dueDateRequired}
        onChange={(_, data) => change({ dueDateRequired: data.checked === true })}
      />
      <Checkbox
        label="The minutes must give the next meeting"
        checked={style.nextMeetingRequired}
        onChange={(_, data) => change({ nextMeetingRequired: data.checked === true })}
      />
      <fieldset className={layout.fieldset}>
        <legend>How each rule reports</legend>
        {RULES.map((rule) => (
          <Field key={rule.id} label={rule.description} hint={rule.id}>
            <Select
              className={layout.fitPane}
              value={style.rules[rule.id] ?? ''}
              onChange={(_, data) => setRule(rule.id, data.value as RuleSetting | '')}
            >
              {SETTING_WORDS.map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
    </div>
  );
}
