import { longDate } from '../read/dates';

/**
 * One action as the line Minutebook inserts: "ACTION: <owner> to <task>", plus " (due 30 September 2022)"
 * when a due date is given. A leading "to" in the task is dropped (no "to to"); the task's own closing full
 * stop moves after the due date, so the line never ends "… . (due …)." The reader reads the line back to the
 * same owner, task and due date.
 */
export function formatActionLine(input: { owner: string; task: string; dueDate?: string | null }): string {
  const owner = input.owner.replace(/\s+/g, ' ').trim();
  let task = input.task
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^to\s+/i, '');
  const fullStop = /\.\s*$/.test(task);
  task = task.replace(/[\s.]+$/, '');
  const due =
    input.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) ? ` (due ${longDate(input.dueDate)})` : '';
  return `ACTION: ${owner} to ${task}${due}${fullStop ? '.' : ''}`;
}
