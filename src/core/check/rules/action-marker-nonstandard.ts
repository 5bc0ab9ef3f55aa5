import { actionMarkersIn, createOwnerResolver, rememberedMarker, type MarkerUse } from '../../read';
import { defineRule } from '../rule';

/**
 * The house standard is `ACTION:` at the start of the action. Other markers are read, but trackers, searches
 * and colleagues find `ACTION:` reliably, so the reviewer is told which marker was found and what to write.
 * The markers are the reader's own (actionMarkersIn), so the check and the reader never disagree about what a
 * marker is. Actions from an action column, or with the owner in brackets, have no marker and are fine.
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
    const marked = context.minutes.actions.filter((action) => action.marked);
    if (marked.length === 0) return [];
    let resolves: ((owner: string) => boolean) | null = null;
    // Each paragraph is read at most once; its n-th marked action used its n-th marker.
    const markersByParagraph = new Map<number, { markers: MarkerUse[]; next: number }>();
    const markerOf = (action: (typeof marked)[number]): MarkerUse | undefined => {
      const remembered = rememberedMarker(action);
      if (remembered !== undefined) return remembered ?? undefined;
      const index = action.location.paragraph;
      let entry = markersByParagraph.get(index);
      if (entry === undefined) {
        const paragraph = context.paragraphAt(index);
        const inPart = paragraph !== undefined && paragraph.part === action.location.part;
        if (resolves === null) {
          const resolve = createOwnerResolver(context.minutes.attendees);
          resolves = (owner: string) => resolve(owner).length > 0;
        }
        entry = { markers: inPart ? actionMarkersIn(paragraph.text, resolves) : [], next: 0 };
        markersByParagraph.set(index, entry);
      }
      entry.next += 1;
      return entry.markers[entry.next - 1];
    };
    return marked.flatMap((action) => {
      const use = markerOf(action);
      if (use === undefined || use.form === 'standard') return [];
      const owner = action.owner?.trim() || 'JS';
      return [
        report(
          use.form === 'trailing' ? 'trailing' : 'nonstandard',
          { marker: use.marker, owner },
          action.location,
        ),
      ];
    });
  },
});
