import type { Problem } from '../../../core/model';
import type { DocumentPort } from '../../../core/port';
import { ProblemItem } from './ProblemItem';
import { groupBySeverity, SEVERITY_HEADING, SEVERITY_ORDER } from './severity';
import { useCheckViewStyles } from './styles';

interface ProblemGroupsProps {
  problems: readonly Problem[];
  port: DocumentPort;
  onDismiss(problem: Problem): void;
  onSwitchRuleOff(rule: string): void;
}

/** Findings grouped errors, warnings, notes, each group headed with its count. Empty groups are left out. */
export function ProblemGroups({ problems, port, onDismiss, onSwitchRuleOff }: ProblemGroupsProps) {
  const layout = useCheckViewStyles();
  const groups = groupBySeverity(problems);
  return (
    <>
      {SEVERITY_ORDER.filter((s) => groups[s].length > 0).map((severity) => (
        <section key={severity} aria-labelledby={`review-group-${severity}`}>
          <h2 id={`review-group-${severity}`} className={layout.subheading}>
            {SEVERITY_HEADING[severity]} ({groups[severity].length})
          </h2>
          <ul className={layout.list}>
            {groups[severity].map((problem, n) => (
              <ProblemItem
                key={`${problem.rule}-${problem.location?.paragraph ?? 'doc'}-${n}`}
                problem={problem}
                port={port}
                onDismiss={onDismiss}
                onSwitchRuleOff={onSwitchRuleOff}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
