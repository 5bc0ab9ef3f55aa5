/**
 * The action markers people type, found in a paragraph's text. The house standard is `ACTION:` (any case)
 * at the start of the action; every other form is read but worth correcting.
 */
export interface FoundMarker {
  /** The marker as written ("ACTION-", "[ACTION]", "Action DCC"). */
  text: string;
  /** Where it starts in the paragraph. */
  start: number;
  standard: boolean;
  /** A bare `Action <name>` after the action's words rather than before them. */
  trailing: boolean;
}

/** An owner right after a bare `Action`: initials or a role (2–6 capitals), or a capitalised name. */
const OWNER_AFTER = String.raw`(?:the\s+)?(?:[A-Z]{2,6}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:to|will)\b|\s*\.?\s*$))`;

/** "ACTION" in any case, spelled out so the rest of the pattern can stay case-sensitive. */
const ACTION_ANY_CASE = '[Aa][Cc][Tt][Ii][Oo][Nn]';

/**
 * One pass over the text finds every marker. Only the standard and bracketed forms ignore case: a bare or
 * dashed `Action` must be in capitals or title case, so prose ("an action arose", "action-oriented") is not one.
 */
const MARKER = new RegExp(
  [
    String.raw`(?<bracket>\[\s*${ACTION_ANY_CASE}\s*\])`,
    String.raw`(?<standard>\b${ACTION_ANY_CASE}[Ss]?\s*:)`,
    String.raw`(?<worded>\b${ACTION_ANY_CASE}\s+(?:POINTS?|ITEMS?|REQUIRED|AGREED|BY|OWNER|points?|items?|required|agreed|by|owner)\s*[:\-–—]+)`,
    String.raw`(?<dash>\b(?:ACTION|Action)S?\s*[-–—]+(?=\s|[A-Z]|$))`,
    String.raw`(?<ai>\bAI\s*:)`,
    String.raw`(?<bare>\b(?:ACTION|Action)\s+(?=${OWNER_AFTER}))`,
  ].join('|'),
  'g',
);

/** `Action Fraud` and friends are names, not markers. */
const NOT_A_MARKER_AFTER = /^(?:fraud|plan|log|points?|tracker|list|group|team|notes?)\b/i;

/** Every action marker in `text`, in order. */
export function findMarkers(text: string): FoundMarker[] {
  const found: FoundMarker[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
    const written = match[0];
    const start = match.index;
    if (match.groups?.bare === undefined) {
      found.push({
        text: written.trim(),
        start,
        standard: match.groups?.standard !== undefined,
        trailing: false,
      });
      continue;
    }
    const after = text.slice(start + written.length);
    if (NOT_A_MARKER_AFTER.test(after)) continue;
    const owner = ownerWords(after);
    const trailing = text.slice(0, start).trim() !== '' && /^[\s.;,]*$/.test(after.slice(owner.length));
    found.push({
      text: `${written}${owner}`.trim().replace(/[.,;]+$/, ''),
      start,
      standard: false,
      trailing,
    });
  }
  return found;
}

/** The owner after a bare marker, for the message ("Action DCC", "Action Jane Smith"). */
function ownerWords(after: string): string {
  return /^(?:the\s+)?(?:[A-Z]{2,6}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/.exec(after)?.[0] ?? '';
}

/**
 * The marker that introduces an action written in `text`: the last marker before the action's words, or,
 * when the action's words come first, a trailing `Action <name>` after them. Null when the text has none
 * (an action column, or the owner in parentheses).
 */
export function markerOfAction(text: string, actionText: string, ordinal: number): FoundMarker | null {
  // Spacing flattened on both sides so the action's words can be found with a plain search.
  const flat = text.replace(/\s+/g, ' ');
  const markers = findMarkers(flat);
  if (markers.length === 0) return null;
  const needle = actionText.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ').toLowerCase();
  const at = needle === '' ? -1 : flat.toLowerCase().indexOf(needle);
  if (at >= 0) {
    let before: FoundMarker | null = null;
    for (const marker of markers) if (marker.start <= at) before = marker;
    return before ?? markers.find((m) => m.start > at) ?? null;
  }
  return markers[Math.min(ordinal, markers.length - 1)] ?? null;
}
