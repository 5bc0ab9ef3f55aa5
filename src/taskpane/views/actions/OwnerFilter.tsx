import { Dropdown, Field, Option } from '@fluentui/react-components';

export const ALL_OWNERS = '';

interface OwnerFilterProps {
  owners: readonly string[];
  value: string;
  onChange(owner: string): void;
}

/** Shows the actions of one owner; "All owners" shows every action. */
export function OwnerFilter({ owners, value, onChange }: OwnerFilterProps) {
  const label = value === ALL_OWNERS ? 'All owners' : value;
  return (
    <Field label="Show actions of">
      <Dropdown
        value={label}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? ALL_OWNERS)}
      >
        <Option value={ALL_OWNERS}>All owners</Option>
        {owners.map((owner) => (
          <Option key={owner} value={owner}>
            {owner}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
