/** An action's status written at the end of its words ("… – completed", "(in progress)"). Lower case. */

/** Words that say the action is done. */
export const DONE_WORDS: readonly string[] = ['completed', 'complete', 'closed', 'done', 'discharged'];

/** Words that say the action is under way. */
export const IN_PROGRESS_WORDS: readonly string[] = ['in progress', 'ongoing', 'underway'];

/** A label before the status ("Status: done"). */
export const STATUS_LABELS: readonly string[] = ['status'];

/**
 * Words that close a report of how something went, not a task ("Backup testing successful", "Training
 * postponed until July", "Access review only 70% complete"): under an Actions label such a line is no action.
 */
export const OUTCOME_WORDS: readonly string[] = [
  'completed',
  'complete',
  'done',
  'finished',
  'achieved',
  'successful',
  'unsuccessful',
  'postponed',
  'cancelled',
  'canceled',
  'deferred',
  'delayed',
  'ongoing',
  'in progress',
  'underway',
  'on track',
  'on hold',
];

/** Words of degree between a subject and its outcome ("Migration now complete", "Testing almost finished"). */
export const OUTCOME_DEGREES: readonly string[] = ['now', 'only', 'almost', 'nearly'];

/** Words after an outcome that say until when ("postponed until July"). */
export const OUTCOME_UNTIL: readonly string[] = ['until', 'till', 'to', 'for', 'in'];

/** Verbs after "to" that make a done word the task, not its status ("… to complete"). */
export const TO_BE_DONE: readonly string[] = ['complete', 'close'];
