import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { DismissedFinding } from '../../../core/model';
import { RULES } from '../../../core/check';
import { useCheckViewStyles } from './styles';

interface ReviewSettingsProps {
  disabledRules: readonly string[];
  dismissed: readonly DismissedFinding[];
  reviewerName: string;
  onReviewerNameChange(name: string): void;
  onSwitchRuleOn(rule: string): void;
  onRestore(finding: DismissedFinding): void;
}

function describeRule(id: string): string {
  return RULES.find((r) => r.id === id)?.description ?? id;
}

/** The reviewer's choices for this document, each one reversible. */
export function ReviewSettings(props: ReviewSettingsProps) {
  const layout = useCheckViewStyles();
  const { disabledRules, dismissed } = props;
  return (
    <section aria-labelledby="review-settings" className={layout.section}>
      <h2 id="review-settings" className={layout.subheading}>
        Review settings for this document
      </h2>
      <Field label="Your name (recorded with each finding you dismiss)">
        <Input value={props.reviewerName} onChange={(_, data) => props.onReviewerNameChange(data.value)} />
      </Field>
      {disabledRules.length > 0 ? (
        <div>
          <Text weight="semibold">Rules switched off ({disabledRules.length})</Text>
          <ul className={layout.list}>
            {disabledRules.map((rule) => (
              <li key={rule} className={layout.row}>
                <Text>
                  {rule}: {describeRule(rule)}
                </Text>
                <Button
                  size="small"
                  onClick={() => props.onSwitchRuleOn(rule)}
                  aria-label={`Switch rule ${rule} back on`}
                >
                  Switch back on
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Text className={layout.quiet}>Every rule is on.</Text>
      )}
      {dismissed.length > 0 ? (
        <div>
          <Text weight="semibold">Dismissed findings ({dismissed.length})</Text>
          <ul className={layout.list}>
            {dismissed.map((finding) => (
              <li key={`${finding.rule}\u0000${finding.excerpt}`} className={layout.row}>
                <Text>
                  {finding.rule}
                  {finding.excerpt ? `: “${finding.excerpt}”` : ''} (dismissed
                  {finding.by ? ` by ${finding.by}` : ''}, {finding.at.slice(0, 10)})
                </Text>
                <Button
                  size="small"
                  onClick={() => props.onRestore(finding)}
                  aria-label={`Show again: ${finding.rule}${finding.excerpt ? ` at “${finding.excerpt}”` : ''}`}
                >
                  Show again
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
