import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { HouseStyle } from '../../../src/core/model';
import { houseStylePresets } from '../../../src/core/check';
import { ReviewSettings } from '../../../src/taskpane/views/review/ReviewSettings';

/** Check settings with the house style kept in state, as the Review view keeps it in the stored meeting. */
function renderSettings(initial: HouseStyle | null) {
  const changes: (HouseStyle | null)[] = [];
  function Shell() {
    const [style, setStyle] = useState<HouseStyle | null>(initial);
    return (
      <FluentProvider theme={webLightTheme}>
        <ReviewSettings
          disabledRules={[]}
          dismissed={[]}
          reviewerName=""
          onReviewerNameChange={() => {}}
          onSwitchRuleOn={() => {}}
          onRestore={() => {}}
          houseStyle={style}
          onHouseStyleChange={(next) => {
            changes.push(next);
            setStyle(next);
          }}
        />
      </FluentProvider>
    );
  }
  render(<Shell />);
  return { changes, last: () => changes.at(-1)! };
}

const preset = houseStylePresets()[0]!;

async function openEditor() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Adjust the house style' }));
  return { user, editor: screen.getByRole('group', { name: /^Adjust / }) };
}

describe('house style editor in Check settings (issue 15: every field of the house style in the pane)', () => {
  it('a required header field can be dropped and added; the style is stored as an adjusted copy', async () => {
    const { last } = renderSettings(preset.style);
    const { user, editor } = await openEditor();
    const venue = within(editor).getByRole('checkbox', { name: 'venue' });
    expect(venue).toBeChecked();
    await user.click(venue);
    expect(last()!.requiredHeaderFields).not.toContain('venue');
    expect(last()!.name).toBe(`${preset.style.name} (adjusted)`);
    await user.click(venue);
    expect(last()!.requiredHeaderFields).toContain('venue');
    // The select now names the adjusted style, not the preset or "None".
    const select = screen.getByRole('combobox', { name: 'House style' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe(`${preset.style.name} (adjusted)`);
  });

  it('the standard marker, due dates and the next-meeting line', async () => {
    const { last } = renderSettings(preset.style);
    const { user, editor } = await openEditor();
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Standard action marker' }),
      'Action –',
    );
    expect(last()!.actionMarker).toBe('Action –');
    await user.click(within(editor).getByRole('checkbox', { name: 'Every action needs a due date' }));
    expect(last()!.dueDateRequired).toBe(!preset.style.dueDateRequired);
    await user.click(
      within(editor).getByRole('checkbox', { name: 'The minutes must give the next meeting' }),
    );
    expect(last()!.nextMeetingRequired).toBe(!preset.style.nextMeetingRequired);
  });

  it("each rule's severity, and back to the house style's own", async () => {
    const { last } = renderSettings(preset.style);
    const { user, editor } = await openEditor();
    const rule = within(editor).getByRole('combobox', { name: /^An action names no owner/ });
    await user.selectOptions(rule, 'warning');
    expect(last()!.rules['action-without-owner']).toBe('warning');
    await user.selectOptions(rule, 'off');
    expect(last()!.rules['action-without-owner']).toBe('off');
    await user.selectOptions(rule, '');
    expect(last()!.rules).not.toHaveProperty('action-without-owner');
  });

  it('with no house style in force, adjusting starts from the defaults and puts one in force', async () => {
    const { last, changes } = renderSettings(null);
    const { user, editor } = await openEditor();
    expect(changes).toEqual([]);
    await user.click(within(editor).getByRole('checkbox', { name: 'chair' }));
    expect(last()!.name).toBe('Custom house style (adjusted)');
    expect(last()!.requiredHeaderFields).not.toContain('chair');
  });
});
