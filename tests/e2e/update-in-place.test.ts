import AxeBuilder from '@axe-core/playwright';
import { readPreviewPort } from './support/previewPort';
import { expectStayedLocal, usePaneSession } from './support/session';
import { draftMinutes, openView } from './support/steps';

/** Issue 17: blocks already in the document follow the form in place, on the built pane in its preview. */
describe('update in place (built pane, browser preview)', () => {
  const session = usePaneSession();

  it('insert all, change an attendee’s status, update: the preview document shows the change once', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    const before = await readPreviewPort(page);

    await openView(page, 'Attendance', 'Attendance');
    await page.getByRole('combobox', { name: 'Status' }).nth(1).selectOption('apologies');
    await openView(page, 'Insert', 'Insert into the document');
    await page.getByText('The attendance in the document differs from the form.').waitFor();
    await page.getByRole('group', { name: 'Attendance: what Update will change' }).waitFor();
    // The banner and what will change meet WCAG 2.2 AA like every view (a11y.test.ts covers the rest).
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.getByRole('button', { name: 'Update attendance' }).click();
    await page.getByRole('heading', { level: 2, name: /^Updated: attendance/ }).waitFor();

    const after = await readPreviewPort(page);
    expect(after.paragraphs).toHaveLength(before.paragraphs.length);
    const attendance = after.paragraphs.flatMap((p, i) =>
      p.tag === 'minutebook:attendance' && after.cells[i] ? [{ text: p.text, ...after.cells[i]! }] : [],
    );
    const carl = attendance.filter((c) => c.text === 'Carl Dunn');
    expect(carl).toHaveLength(1);
    const status = attendance.find((c) => c.row === carl[0]!.row && c.cell === 3);
    expect(status?.text).toBe('Apologies');
    const preview = page.getByRole('complementary', { name: 'The document (preview, read-only)' });
    expect(await preview.getByText('Carl Dunn', { exact: true }).count()).toBe(1);

    // Insert all again: nothing is doubled.
    await page.getByRole('button', { name: 'Insert all' }).click();
    await page.getByRole('heading', { level: 2, name: /^Left as it is:/ }).waitFor();
    expect((await readPreviewPort(page)).paragraphs).toHaveLength(before.paragraphs.length);
    expectStayedLocal(pane);
  });
});
