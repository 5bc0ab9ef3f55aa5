/** An action's status written at the end of its words ("… – completed", "(in progress)"). Lower case. */

/** Words that say the action is done. */
export const DONE_WORDS: readonly string[] = ['completed', 'complete', 'closed', 'done', 'discharged'];

/** Words that say the action is under way. */
export const IN_PROGRESS_WORDS: readonly string[] = ['in progress', 'ongoing', 'underway'];

/** A label before the status ("Status: done"). */
export const STATUS_LABELS: readonly string[] = ['status'];

/** Verbs after "to" that make a done word the task, not its status ("… to complete"). */
export const TO_BE_DONE: readonly string[] = ['complete', 'close'];
