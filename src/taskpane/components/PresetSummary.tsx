import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { flattenItems } from '../../core/model/item';
import type { Preset } from '../../core/model/preset';
import { renumber } from '../../core/items/numbering';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
});

/** What a preset sets up, shown before it is chosen: its items, the roles it lists, its marking and quorum. */
export function PresetSummary({ preset, id }: { preset: Preset; id?: string }) {
  const styles = useStyles();
  const items = flattenItems(renumber(preset.items));
  const roles = preset.attendees.map((a) => a.capacity.trim() || a.name.trim()).filter((r) => r !== '');
  return (
    <div className={styles.box} id={id} aria-label={`What the ${preset.name} sets up`} role="group">
      <Caption1>
        {items.length} agenda items
        {roles.length > 0 ? `; ${roles.length} roles to name: ${roles.join(', ')}` : '; no attendees'};
        protective marking: none (set it in Details){preset.quorum ? `; quorum ${preset.quorum}` : ''}.
      </Caption1>
      <ul className={styles.list} aria-label={`Items of the ${preset.name}`}>
        {items.map((item) => (
          <li key={item.number}>
            <Caption1>{`${item.number} ${item.title}`}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
