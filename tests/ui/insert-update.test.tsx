import { screen, waitFor, within } from '@testing-library/react';
import { InsertView } from '../../src/taskpane/views/InsertView';
import { renumber } from '../../src/core/items/numbering';
import { readMinutes } from '../../src/core/read';
import type { ViewProps } from '../../src/taskpane/views/types';
import type { AttendanceStatus } from '../../src/core/model/attendee';
import { memoryPort, renderView, storedWith } from './harness';

const ready = () =>
  storedWith({
    meeting: { title: 'Lantern Society committee', date: '2026-02-11' },
    attendees: [
      { name: 'Imogen Sallow', capacity: 'Chair', initials: 'IS', status: 'present' },
      { name: 'Barnaby Quist', capacity: 'Secretary', initials: 'BQ', status: 'present' },
    ],
    items: renumber([
      { number: '', title: 'Welcome', confidential: false, subItems: [] },
      { number: '', title: 'Accounts', confidential: false, subItems: [] },
    ]),
  });

/** The Insert view with a test button that changes one attendee's status in the form, as the Attendance view would. */
function InsertWithFormEdit(props: ViewProps) {
  const set = (status: AttendanceStatus, capacity?: string) =>
    props.onStoredChange({
      ...props.stored,
      attendees: props.stored.attendees.map((a) =>
        a.initials === 'BQ' ? { ...a, status, capacity: capacity ?? a.capacity } : a,
      ),
    });
  return (
    <>
      <button onClick={() => set('apologies')}>Test: BQ sends apologies</button>
      <button onClick={() => set('present', 'Honorary secretary')}>Test: BQ capacity in form</button>
      <InsertView {...props} />
    </>
  );
}

const statusesOf = (port: ReturnType<typeof memoryPort>, name: string) =>
  readMinutes(port.paragraphs)
    .attendees.filter((a) => a.name === name)
    .map((a) => a.status);

async function insertAll(user: ReturnType<typeof renderView>['user']) {
  await user.click(screen.getByRole('button', { name: 'Insert all' }));
  await screen.findByRole('list', { name: 'Inserted parts' });
}

describe('InsertView: blocks already in the document are updated in place', () => {
  it('after Insert all the buttons say Update, and Insert all again adds nothing', async () => {
    const port = memoryPort('Typed before');
    const { user } = renderView(InsertView, { stored: ready(), port });
    await insertAll(user);
    expect(await screen.findByRole('button', { name: 'Update attendance' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update agenda items' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert header' })).toBeNull();
    const count = port.paragraphs.length;
    await user.click(screen.getByRole('button', { name: 'Insert all' }));
    expect(
      await screen.findByRole('heading', {
        name: /^Left as it is: header .*attendance \(already up to date\)/,
      }),
    ).toBeInTheDocument();
    expect(port.paragraphs).toHaveLength(count);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Result' })).toHaveFocus());
    expect(screen.queryByText(/content control/)).toBeNull();
  });

  it('a change in the form: the banner and what will change, then Update puts it in once', async () => {
    const port = memoryPort('Typed before');
    const { user, latest } = renderView(InsertWithFormEdit, { stored: ready(), port });
    await insertAll(user);
    expect(latest().blocksWritten?.['minutebook:attendance']).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Test: BQ sends apologies' }));
    const banner = await screen.findByRole('group', { name: 'Attendance: what Update will change' });
    expect(within(banner).getByText('Update will change: 1 cell changed.')).toBeInTheDocument();
    expect(screen.getByText('The attendance in the document differs from the form.')).toBeInTheDocument();
    const count = port.paragraphs.length;
    await user.click(screen.getByRole('button', { name: 'Update attendance' }));
    expect(
      await screen.findByRole('heading', { name: /^Updated: attendance \(1 cell changed\)$/ }),
    ).toBeInTheDocument();
    expect(statusesOf(port, 'Barnaby Quist')).toEqual(['apologies']);
    expect(port.paragraphs).toHaveLength(count);
    await waitFor(() => expect(screen.queryByText(/differs from the form/)).toBeNull());
    await waitFor(() => expect(screen.getByRole('region', { name: 'Result' })).toHaveFocus());
  });

  it('a cell edited on both sides is shown with both values and left unless the form is chosen', async () => {
    const port = memoryPort('Typed before');
    const { user } = renderView(InsertWithFormEdit, { stored: ready(), port });
    await insertAll(user);
    // The minute-taker edits the capacity in the document, and someone else changes it in the form.
    port.replaceBody(
      port.paragraphs.map((p) => (p.text === 'Secretary' ? { ...p, text: 'Minutes secretary' } : p)),
    );
    await user.click(screen.getByRole('button', { name: 'Test: BQ capacity in form' }));
    expect(
      await screen.findByText(
        /Capacity of “Barnaby Quist”: the form says “Honorary secretary”, the document says “Minutes secretary”\. Update leaves the document’s\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update attendance' }));
    await screen.findByText(/1 cell you edited in the document was left as it is/);
    expect(port.paragraphs.some((p) => p.text === 'Minutes secretary')).toBe(true);
    // Now choose the form's value: Update writes it.
    await user.click(
      await screen.findByRole('button', { name: 'Use the form’s capacity for Barnaby Quist' }),
    );
    expect(screen.getByText(/Update will use the form’s\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update attendance' }));
    await waitFor(() => expect(port.paragraphs.some((p) => p.text === 'Honorary secretary')).toBe(true));
    expect(port.paragraphs.some((p) => p.text === 'Minutes secretary')).toBe(false);
  });

  it("a change in the document: Take the document's version brings it into the form", async () => {
    const port = memoryPort('Typed before');
    const { user, latest } = renderView(InsertView, { stored: ready(), port });
    await insertAll(user);
    port.replaceBody(
      port.paragraphs.map((p) =>
        p.table && p.text === 'Present' && port.paragraphs[p.index - 3]?.text === 'Barnaby Quist'
          ? { ...p, text: 'Apologies' }
          : p,
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Take the document’s version' }));
    await waitFor(() =>
      expect(latest().attendees.find((a) => a.name === 'Barnaby Quist')?.status).toBe('apologies'),
    );
    expect(await screen.findByText(/The form now holds the document’s attendance/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/from the form\.$/)).toBeNull());
  });

  it('an item added in the middle renumbers the rows after it; a ref naming the old number is reported', async () => {
    const port = memoryPort('Typed before');
    function InsertWithNewItem(props: ViewProps) {
      const add = () =>
        props.onStoredChange({
          ...props.stored,
          items: renumber([
            props.stored.items[0]!,
            { number: '', title: 'Apologies', confidential: false, subItems: [] },
            ...props.stored.items.slice(1),
          ]),
        });
      return (
        <>
          <button onClick={add}>Test: add an item second</button>
          <InsertView {...props} />
        </>
      );
    }
    const { user } = renderView(InsertWithNewItem, { stored: ready(), port });
    await insertAll(user);
    // An action with its ref in the Accounts item's notes, as Insert action leaves it.
    port.replaceBody(
      port.paragraphs.map((p) =>
        p.table?.row === 2 && p.table.cell === 2 && p.contentControl?.tag === 'minutebook:items'
          ? {
              ...p,
              text: 'ACTION: BQ to file the accounts',
              contentControl: { tag: 'minutebook:action', id: 77, title: 'Action 2-A1' },
            }
          : p,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Test: add an item second' }));
    await user.click(await screen.findByRole('button', { name: 'Update agenda items' }));
    expect(
      await screen.findByText(/has the ref 2-A1, but item 2 is now numbered 3\. The ref was left as it is/),
    ).toBeInTheDocument();
    const numbers = port.paragraphs.filter((p) => p.table && p.table.cell === 0 && p.table.row > 0);
    expect(numbers.slice(-3).map((p) => p.text)).toEqual(['1', '2', '3']);
    expect(port.paragraphs.some((p) => p.text === 'ACTION: BQ to file the accounts')).toBe(true);
  });

  it('the header is updated in place: a new chair changes one line, Insert all adds nothing', async () => {
    const port = memoryPort('Typed before');
    function InsertWithNewChair(props: ViewProps) {
      return (
        <>
          <button
            onClick={() =>
              props.onStoredChange({
                ...props.stored,
                meeting: { ...props.stored.meeting, chair: 'Ada Fenwick' },
              })
            }
          >
            Test: new chair
          </button>
          <InsertView {...props} />
        </>
      );
    }
    const { user, latest } = renderView(InsertWithNewChair, { stored: ready(), port });
    await insertAll(user);
    expect(latest().blocksWritten?.['minutebook:header']).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Update header' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test: new chair' }));
    const summary = await screen.findByRole('group', { name: 'Header: what Update will change' });
    expect(within(summary).getByText('Update will change: 1 line added.')).toBeInTheDocument();
    expect(within(summary).getByText('Chair: “Ada Fenwick” is added.')).toBeInTheDocument();
    expect(screen.getByText('The header in the document differs from the form.')).toBeInTheDocument();
    const count = port.paragraphs.length;
    await user.click(screen.getByRole('button', { name: 'Insert all' }));
    await screen.findByRole('heading', { name: /^Updated: header \(1 line added\)/ });
    expect(port.paragraphs).toHaveLength(count + 1);
    expect(port.paragraphs.filter((p) => p.text.startsWith('Chair:')).map((p) => p.text)).toEqual([
      'Chair: Ada Fenwick',
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Header: what Update will change' })).toBeNull(),
    );
  });

  it('a header line edited in Word and in the form: the conflict is shown, the user chooses', async () => {
    const port = memoryPort('Typed before');
    function InsertWithNewTitle(props: ViewProps) {
      const retitle = () =>
        props.onStoredChange({
          ...props.stored,
          meeting: { ...props.stored.meeting, title: 'Lantern Society AGM' },
        });
      return (
        <>
          <button onClick={retitle}>Test: new title</button>
          <InsertView {...props} />
        </>
      );
    }
    const { user } = renderView(InsertWithNewTitle, { stored: ready(), port });
    await insertAll(user);
    // The minute-taker retitles the meeting in Word.
    port.replaceBody(
      port.paragraphs.map((p) =>
        p.text === 'Lantern Society committee' ? { ...p, text: 'Lantern Society: committee' } : p,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Test: new title' }));
    const conflicts = await screen.findByRole('list', { name: 'Header: changed on both sides' });
    expect(
      within(conflicts).getByText(
        'Title: the form says “Lantern Society AGM”, the document says “Lantern Society: committee”. Update leaves the document’s.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update header' }));
    await screen.findByRole('heading', { name: /^Left as it is: header/ });
    expect(port.paragraphs.some((p) => p.text === 'Lantern Society: committee')).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Use the form’s title in the header' }));
    await user.click(screen.getByRole('button', { name: 'Update header' }));
    await screen.findByRole('heading', { name: /^Updated: header \(1 line changed\)/ });
    expect(port.paragraphs.some((p) => p.text === 'Lantern Society AGM')).toBe(true);
    expect(port.paragraphs.some((p) => p.text === 'Lantern Society: committee')).toBe(false);
  });

  it("the chair changed in Word: Take the document's version brings it into the form", async () => {
    const port = memoryPort('Typed before');
    const stored = ready();
    const { user, latest } = renderView(InsertView, {
      stored: { ...stored, meeting: { ...stored.meeting, chair: 'Imogen Sallow' } },
      port,
    });
    await insertAll(user);
    port.replaceBody(
      port.paragraphs.map((p) =>
        p.text === 'Chair: Imogen Sallow' ? { ...p, text: 'Chair: Barnaby Quist' } : p,
      ),
    );
    await screen.findByText('The header in the document differs from the form.');
    await user.click(screen.getByRole('button', { name: 'Take the document’s version' }));
    await waitFor(() => expect(latest().meeting.chair).toBe('Barnaby Quist'));
    expect(latest().meeting.title).toBe('Lantern Society committee');
    expect(latest().meeting.date).toBe('2026-02-11');
  });

  it('a person taken off the form whose row someone wrote in: the row stays and the pane says so', async () => {
    const port = memoryPort('Typed before');
    function InsertWithoutBQ(props: ViewProps) {
      const drop = () =>
        props.onStoredChange({
          ...props.stored,
          attendees: props.stored.attendees.filter((a) => a.initials !== 'BQ'),
        });
      return (
        <>
          <button onClick={drop}>Test: take BQ off</button>
          <InsertView {...props} />
        </>
      );
    }
    const { user } = renderView(InsertWithoutBQ, { stored: ready(), port });
    await insertAll(user);
    port.replaceBody(
      port.paragraphs.map((p) => (p.text === 'Secretary' ? { ...p, text: 'Secretary (left early)' } : p)),
    );
    await user.click(screen.getByRole('button', { name: 'Test: take BQ off' }));
    expect(
      await screen.findByText(
        'The row for “Barnaby Quist” stays: someone wrote in it. Delete it in the document if it should go.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update attendance' }));
    await screen.findByRole('heading', { name: /^Left as it is: attendance/ });
    expect(port.paragraphs.some((p) => p.text === 'Barnaby Quist')).toBe(true);
  });

  it('a second copy goes in only when asked for', async () => {
    const port = memoryPort('Typed before');
    const { user } = renderView(InsertView, { stored: ready(), port });
    await insertAll(user);
    const group = await screen.findByRole('group', { name: 'Insert another copy' });
    const tables = () => new Set(port.paragraphs.flatMap((p) => (p.table ? [p.table.table] : []))).size;
    const before = tables();
    await user.click(within(group).getByRole('button', { name: 'Insert another copy of the attendance' }));
    await screen.findByRole('heading', { name: /^Inserted: attendance/ });
    expect(tables()).toBe(before + 1);
  });
});
