/**
 * Decisions and resolutions: "RESOLVED", "RESOLVED:", "DECISION:", "AGREED:", "It was resolved that …",
 * "The Board approved …", "The Committee agreed to …". Read as decisions, never as actions.
 */
const DECISION_START =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:RESOLVED|DECISION|DECIDED|AGREED|APPROVED|RATIFIED|ENDORSED)\b|(?:Resolved|Decision|Decided|Agreed|Approved)\s*(?::|[-–—]|\bthat\b|\bto\b(?!\s+[A-Z]{2,}\b)))/;
const BODY_DECIDED =
  /\b(?:it was (?:unanimously |therefore |further )?(?:resolved|agreed|decided|approved)\b(?! to note)|(?:^|\bthe )(?:board|committee|sub-committee|council|panel|governing body|governors|trustees|group|meeting|authority|cabinet|senate|directors|forum|partnership) (?:unanimously |formally |therefore )?(?:approved|agreed|resolved|ratified|endorsed|adopted|decided)\b|members (?:unanimously )?(?:approved|resolved|agreed) (?:that|to)\b)/i;

// "The Board reviewed the framework and agreed the revised score": the body, its first verb, then the decision.
const BODY_THEN_DECIDED =
  /^(?:the )?(?:board|committee|sub-committee|council|panel|governing body|governors|trustees|group|meeting|authority|cabinet|senate|directors|forum|partnership)\b[^.;!?]{3,120}?\band (?:unanimously |formally )?(?:approved|agreed|resolved|ratified|endorsed|adopted|decided)\b/i;
// "We agreed to add …", "We decided that …": a team's notes decide in the first person.
const WE_DECIDED = /\bwe (?:all )?(?:agreed|decided)\b/i;
// "The PCC approved …", "The PCC agreed to …": a body named by its abbreviation.
const ABBREVIATION_DECIDED =
  /^(?:[Tt]he\s+)?([A-Z]{2,6})\s+(?:unanimously\s+|formally\s+)?(approved|ratified|endorsed|adopted|resolved|agreed|decided)\b/;

/** True when the sentence records a decision. */
const MAYBE_DECISION = /resolved|agreed|approved|decision|decided|ratified|endorsed|adopted/i;

/**
 * `isPerson` says whether an abbreviation names an attendee: "The PCC approved …" is a decision whoever the
 * PCC is, but "The PCC agreed to …" is one only where the PCC is a body (a parochial church council), not a
 * person who takes on the work (a police and crime commissioner: a suggested action instead).
 */
export function isDecision(
  sentence: string,
  isPerson: (abbreviation: string) => boolean = () => false,
): boolean {
  if (!MAYBE_DECISION.test(sentence)) return false;
  if (sentence.length > 4000) return DECISION_START.test(sentence);
  if (DECISION_START.test(sentence) || BODY_DECIDED.test(sentence) || BODY_THEN_DECIDED.test(sentence))
    return true;
  if (WE_DECIDED.test(sentence)) return true;
  const abbreviation = ABBREVIATION_DECIDED.exec(sentence);
  if (abbreviation === null) return false;
  const verb = abbreviation[2]!;
  return (verb !== 'agreed' && verb !== 'decided') || !isPerson(abbreviation[1]!);
}

/** A line that is only a decision label ("RESOLVED:", "Decision"), whose words follow on the next line. */
const DECISION_LABEL =
  /^(?:RESOLVED|DECISION|DECISIONS|AGREED|Resolved|Decision|Decisions|Agreed)\s*[:\-–—]?\s*$/;

export function isDecisionLabel(line: string): boolean {
  // Every label starts with R, D or A: the first letter rules out almost every line without the expression.
  const first = line.charCodeAt(0);
  return (first === 82 || first === 68 || first === 65) && DECISION_LABEL.test(line);
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
