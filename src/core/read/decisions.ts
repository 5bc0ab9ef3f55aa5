/**
 * Decisions and resolutions: "RESOLVED", "RESOLVED:", "DECISION:", "AGREED:", "It was resolved that …",
 * "The Board approved …", "The Committee agreed to …". Read as decisions, never as actions.
 */
const DECISION_START =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:RESOLVED|DECISION|DECIDED|AGREED|APPROVED|RATIFIED|ENDORSED)\b|(?:Resolved|Decision|Decided|Agreed|Approved)\s*(?::|[-–—]|\bthat\b|\bto\b(?!\s+[A-Z]{2,}\b)))/;
const BODY_DECIDED =
  /\b(?:it was (?:unanimously |therefore |further )?(?:resolved|agreed|decided|approved)\b(?! to note)|(?:^|\bthe )(?:board|committee|sub-committee|council|panel|governing body|governors|trustees|group|meeting|authority|cabinet|senate|directors|forum|partnership) (?:unanimously |formally |therefore )?(?:approved|agreed|resolved|ratified|endorsed|adopted|decided)\b|members (?:unanimously )?(?:approved|resolved|agreed) (?:that|to)\b)/i;

/** True when the sentence records a decision. */
const MAYBE_DECISION = /resolved|agreed|approved|decision|decided|ratified|endorsed|adopted/i;

export function isDecision(sentence: string): boolean {
  if (!MAYBE_DECISION.test(sentence)) return false;
  if (sentence.length > 4000) return DECISION_START.test(sentence);
  return DECISION_START.test(sentence) || BODY_DECIDED.test(sentence);
}

/** A line that is only a decision label ("RESOLVED:", "Decision"), whose words follow on the next line. */
export function isDecisionLabel(line: string): boolean {
  return /^(?:RESOLVED|DECISION|DECISIONS|AGREED|Resolved|Decision|Decisions|Agreed)\s*[:\-–—]?\s*$/.test(
    line,
  );
}

/** The decision's words without the label. */
export function decisionText(sentence: string): string {
  return sentence
    .replace(
      /^(?:RESOLVED|DECISION|DECIDED|AGREED|APPROVED|Resolved|Decision|Decided|Agreed)\s*[:\-–—]?\s*/,
      '',
    )
    .trim();
}
