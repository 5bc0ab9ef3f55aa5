import { Text } from '@fluentui/react-components';
import { RULES } from '../../../core/check';
import type { Problem } from '../../../core/model';
import type { DocumentPort } from '../../../core/port';
import { ProblemItem } from './ProblemItem';
import { groupBySeverity, SEVERITY_HEADING, SEVERITY_ORDER } from './severity';
import { useCheckViewStyles } from './styles';

interface ProblemGroupsProps {
  problems: readonly Problem[];
  port: DocumentPort;
  onDismiss(problem: Problem, reason?: string, name?: string): void;
  onSwitchRuleOff?(rule: string): void;
  /** True when nobody's name is known yet: the first dismissal asks for it. */
  askName?: boolean;
  /** The reader's reason behind a finding ("Why?"), or null. */
  whyOf?(problem: Problem): string | null;
}

/** Findings grouped errors, warnings, notes, each group headed with its count. Empty groups are left out. */
export function ProblemGroups({
  problems,
  port,
  onDismiss,
  onSwitchRuleOff,
  whyOf,
  askName,
}: ProblemGroupsProps) {
  const layout = useCheckViewStyles();
  const groups = groupBySeverity(problems);
  const item = (problem: Problem, n: number) => (
    <ProblemItem
      key={`${problem.rule}-${problem.location?.paragraph ?? 'doc'}-${n}`}
      problem={problem}
      port={port}
      onDismiss={onDismiss}
      onSwitchRuleOff={onSwitchRuleOff}
      askName={askName}
      why={whyOf?.(problem) ?? null}
    />
  );
  return (
    <>
      {SEVERITY_ORDER.filter((s) => groups[s].length > 0).map((severity) => (
        <section key={severity} aria-labelledby={`review-group-${severity}`}>
          <h2 id={`review-group-${severity}`} className={layout.subheading}>
            {SEVERITY_HEADING[severity]} ({groups[severity].length})
          </h2>
          <ul className={layout.list}>
            {groupByKind(groups[severity]).map((kind, k) =>
              kind.length === 1 ? (
                item(kind[0]!, k)
              ) : (
                <li key={`${kind[0]!.rule}-${kind[0]!.messageId ?? ''}-group`} className={layout.section}>
                  <Text weight="semibold">{groupTitle(kind)}</Text>
                  <ul className={layout.list} aria-label={groupTitle(kind)}>
                    {kind.map((problem, n) => item(problem, n))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * Findings of one kind (one rule, one of its messages) together, in order of their first: eight "Nothing is
 * recorded under item …" become one group with eight places.
 */
export function groupByKind(problems: readonly Problem[]): Problem[][] {
  const kinds = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.rule}\u0000${problem.messageId ?? problem.message}`;
    const kind = kinds.get(key);
    if (kind) kind.push(problem);
    else kinds.set(key, [problem]);
  }
  return [...kinds.values()];
}

/** "An item has no text under it and no sub-items (8 places)": the rule's description in plain words. */
function groupTitle(kind: readonly Problem[]): string {
  const description = RULES.find((r) => r.id === kind[0]?.rule)?.description ?? kind[0]?.message ?? '';
  return `${description.replace(/\.$/, '')} (${kind.length} places)`;
}
