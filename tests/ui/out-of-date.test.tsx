import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { OutOfDateNotice } from '../../src/taskpane/views/insert/OutOfDateNotice';
import { insertedCopy, insertedHeaderCopy, withWritten } from '../../src/taskpane/views/insert/block-parts';
import { buildAttendanceBlock, buildHeaderBlock } from '../../src/core/write';
import { memoryPort, storedWith } from './harness';

const people = [
  { name: 'Hester Coyle', capacity: 'Chair', initials: 'HC', status: 'present' as const },
  { name: 'Lionel Pratt', capacity: 'Member', initials: 'LP', status: 'present' as const },
];

async function setUp(changed: boolean) {
  const port = memoryPort('Typed before');
  await port.insertBlock(buildAttendanceBlock(people));
  const asInserted = storedWith({ attendees: people });
  const stored = withWritten(
    changed
      ? { ...asInserted, attendees: [people[0]!, { ...people[1]!, status: 'apologies' as const }] }
      : asInserted,
    { attendance: insertedCopy('attendance', asInserted) },
  );
  const opened: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <OutOfDateNotice port={port} stored={stored} onOpenInsert={() => opened.push('insert')} />
    </FluentProvider>,
  );
  return { opened };
}

describe('OutOfDateNotice (above the other views)', () => {
  it('says which block no longer follows the form, and opens Insert', async () => {
    const { opened } = await setUp(true);
    expect(
      await screen.findByText('The attendance in the document differs from the form.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Review and update' }));
    expect(opened).toEqual(['insert']);
  });

  it('says nothing while the document follows the form', async () => {
    await setUp(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 2000)));
    expect(screen.queryByText(/differs from the form/)).toBeNull();
  });

  it('names the header when a detail changed in the form since it went in', async () => {
    const port = memoryPort('Typed before');
    const asInserted = storedWith({ meeting: { title: 'Gannet Point wardens', chair: 'Hester Coyle' } });
    await port.insertBlock(buildHeaderBlock(asInserted.meeting));
    const stored = withWritten(
      { ...asInserted, meeting: { ...asInserted.meeting, chair: 'Lionel Pratt' } },
      { header: insertedHeaderCopy(asInserted) },
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <OutOfDateNotice port={port} stored={stored} onOpenInsert={() => undefined} />
      </FluentProvider>,
    );
    expect(
      await screen.findByText('The header in the document differs from the form.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});
