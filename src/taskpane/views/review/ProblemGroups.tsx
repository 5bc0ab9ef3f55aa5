import { Text } from '@fluentui/react-components';
import { groupByKind, groupTitle } from '../../../core/check/group';
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
