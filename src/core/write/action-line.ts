import { longDate } from '../read/dates';

/**
 * One action as the line Minutebook inserts: "ACTION: <owner> to <task>", plus " (due 30 September 2022)"
 * when a due date is given. A leading "to" in the task is dropped (no "to to"); the task's own closing full
 * stop moves after the due date, so the line never ends "… . (due …)." The reader reads the line back to the
 * same owner, task and due date. A task typed with a capital on an ordinary first word ("Share the report")
 * reads on after "to" in lower case ("ACC to share the report"); acronyms, "I" and names of two capitalised
 * words ("Home Office", "Alice Brown") stay as typed.
 */
export function formatActionLine(input: { owner: string; task: string; dueDate?: string | null }): string {
  const owner = input.owner.replace(/\s+/g, ' ').trim();
  let task = input.task
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^to\s+/i, '');
  task = taskAfterTo(task);
  const fullStop = /\.\s*$/.test(task);
  task = task.replace(/[\s.]+$/, '');
  const due =
    input.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) ? ` (due ${longDate(input.dueDate)})` : '';
  return `ACTION: ${owner} to ${task}${due}${fullStop ? '.' : ''}`;
}

/** "Share the report" → "share the report"; "HMICFRS report", "Home Office visit", "I" → unchanged. */
export function taskAfterTo(task: string): string {
  const m = /^(\p{Lu})(\p{Ll}+)(?=$|[\s,;:.!?'’-])(\S*)(\s+(\S+))?/u.exec(task);
  if (!m) return task;
  const next = m[5] ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(next)) return task;
  return m[1]!.toLowerCase() + task.slice(1);
}
