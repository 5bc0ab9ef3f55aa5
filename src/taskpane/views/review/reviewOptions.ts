import type { DismissedFinding, Problem, StoredMeeting } from '../../../core/model';
import { findingExcerpt } from '../../../core/check';

/** Same matching as the check's own `dismissed` option: rule plus the finding's excerpt. */
export function isDismissed(problem: Problem, dismissed: readonly DismissedFinding[]): boolean {
  const excerpt = findingExcerpt(problem);
  return dismissed.some((d) => d.rule === problem.rule && d.excerpt === excerpt);
}

export function dismissFinding(
  stored: StoredMeeting,
  problem: Problem,
  by: string,
  at: Date,
  reason = '',
): StoredMeeting {
  if (isDismissed(problem, stored.dismissed)) return stored;
  const finding: DismissedFinding = {
    rule: problem.rule,
    excerpt: findingExcerpt(problem),
    by,
    at: at.toISOString(),
    ...(reason.trim() !== '' ? { reason: reason.trim() } : {}),
  };
  return { ...stored, dismissed: [...stored.dismissed, finding] };
}

export function restoreFinding(stored: StoredMeeting, finding: DismissedFinding): StoredMeeting {
  return {
    ...stored,
    dismissed: stored.dismissed.filter((d) => !(d.rule === finding.rule && d.excerpt === finding.excerpt)),
  };
}

export function setRuleEnabled(stored: StoredMeeting, rule: string, enabled: boolean): StoredMeeting {
  const without = stored.disabledRules.filter((r) => r !== rule);
  return { ...stored, disabledRules: enabled ? without : [...without, rule] };
}

/** The house style picked in Check settings: a preset's, or null to use the preset's the minutes started from. */
export function setHouseStyle(stored: StoredMeeting, style: StoredMeeting['houseStyle']): StoredMeeting {
  return { ...stored, houseStyle: style ?? null };
}
