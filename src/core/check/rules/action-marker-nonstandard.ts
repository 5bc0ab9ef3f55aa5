import { markerOfAction } from '../markers';
import { defineRule } from '../rule';

/**
 * The house standard is `ACTION:` at the start of the action. Other markers are read, but trackers, searches
 * and colleagues find `ACTION:` reliably, so the reviewer is told which marker was found and what to write.
 * Actions from an action column have no marker in their text and are fine.
 */
export const actionMarkerNonstandard = defineRule({
  id: 'action-marker-nonstandard',
  severity: 'warning',
  description: "An action is marked with something other than the house standard 'ACTION:'.",
  messages: {
    nonstandard:
      "Action marker '{{marker}}' is not the house standard. Write 'ACTION:' at the start of the action, e.g. 'ACTION: {{owner}} to …'.",
    trailing:
      "Action marker '{{marker}}' comes after the action. Write 'ACTION:' at the start of the action instead, e.g. 'ACTION: {{owner}} to …'.",
  },
  check(context, report) {
    const seenInParagraph = new Map<number, number>();
    return context.minutes.actions.flatMap((action) => {
      if (!action.marked) return [];
      const index = action.location.paragraph;
      const ordinal = seenInParagraph.get(index) ?? 0;
      seenInParagraph.set(index, ordinal + 1);
      const paragraph = context.paragraphAt(index);
      if (paragraph === undefined || paragraph.part !== action.location.part) return [];
      const marker = markerOfAction(paragraph.text, action.text, ordinal);
      if (marker === null || marker.standard) return [];
      const owner = action.owner?.trim() || 'JS';
      return [
        report(marker.trailing ? 'trailing' : 'nonstandard', { marker: marker.text, owner }, action.location),
      ];
    });
  },
});
