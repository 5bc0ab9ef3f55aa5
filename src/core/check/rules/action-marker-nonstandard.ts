import { actionMarkersIn, createOwnerResolver, type MarkerUse } from '../../read';
import { defineRule } from '../rule';

/**
 * Under a house style, its marker (`ACTION:` by default) at the start of the action is the standard: other
 * markers are read, but trackers, searches and colleagues find one form reliably, so the reviewer is told which
 * marker was found and what to write. Without a house style the document's own convention is the measure: a
 * consistent `Action –` throughout is fine; a marker in another form than most (mixed forms) or a malformed one
 * (`ACTION-`, no space) is reported, naming the form the document mostly uses.
 * The markers are the reader's own: its trace says which marker each action was read from, and for actions
 * the reader did not read (built by hand) actionMarkersIn reads the paragraph with the same grammar, so the
 * check and the reader never disagree about what a marker is. Actions from an action column, or with the owner in brackets, have no marker and are fine.
 */
export const actionMarkerNonstandard = defineRule({
  id: 'action-marker-nonstandard',
  severity: 'warning',
  houseStandard: true,
  description:
    "An action marker differs from the house style's (without one: from the form the document mostly uses, or is malformed).",
  messages: {
    nonstandard:
      "Action marker '{{marker}}' is not the house standard. Write '{{standard}}' at the start of the action, e.g. '{{standard}} {{owner}} to …'.",
    trailing:
      "Action marker '{{marker}}' comes after the action. Write '{{standard}}' at the start of the action instead, e.g. '{{standard}} {{owner}} to …'.",
    mixed:
      "Action marker '{{marker}}' differs from the '{{usual}}' this document uses for most of its actions ({{count}} of {{total}}). Write '{{usual}}' here too, e.g. '{{usual}} {{owner}} to …'.",
    malformed:
      "Action marker '{{marker}}' is malformed. Write it as '{{usual}}', e.g. '{{usual}} {{owner}} to …'.",
  },
  check(context, report) {
    const actions = context.minutes.actions;
    const marked = actions.filter((action) => action.marked);
    if (marked.length === 0) return [];
    let resolves: ((owner: string) => boolean) | null = null;
    // Each paragraph is read at most once; its n-th marked action used its n-th marker.
    const markersByParagraph = new Map<number, { markers: MarkerUse[]; next: number }>();
    const traced = context.trace?.actions;
    const markerOf = (action: (typeof marked)[number], at: number): MarkerUse | undefined => {
      const why = traced?.[at];
      if (why !== undefined) return why.marker && { marker: why.marker.written, form: why.marker.form };
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
    // Without a house style the document's own convention is the measure: the form most of its markers take.
    const style = context.houseStyle;
    const uses = actions.map((action, at) => (action.marked ? markerOf(action, at) : undefined));
    const convention = style ? null : usualForm(uses.filter((u): u is MarkerUse => u !== undefined));
    return actions.flatMap((action, at) => {
      const use = uses[at];
      if (!action.marked || use === undefined) return [];
      const owner = action.owner?.trim() || '(owner)';
      if (style) {
        if (conforms(use, style.actionMarker)) return [];
        const standard = style.actionMarker;
        const message = use.form === 'trailing' ? 'trailing' : 'nonstandard';
        return [report(message, { marker: use.marker, owner, standard }, action.location)];
      }
      if (convention === null) return [];
      const usual = convention.written;
      if (isMalformed(use)) {
        return [
          report('malformed', { marker: use.marker, owner, usual: wellFormed(use, usual) }, action.location),
        ];
      }
      if (shapeOf(use) === convention.shape) return [];
      const data = { marker: use.marker, owner, usual, count: convention.count, total: convention.total };
      return [report('mixed', data, action.location)];
    });
  },
});

/** "ACTION-", "Action–": a dash marker with no space between word and dash. */
function isMalformed(use: MarkerUse): boolean {
  return use.form === 'dash' && /[A-Za-z][-–—]$/.test(use.marker.trim());
}

/** How the malformed marker should be written: the document's usual form, else the same with a space. */
function wellFormed(use: MarkerUse, usual: string): string {
  if (!/[A-Za-z][-–—]$/.test(usual)) return usual;
  return use.marker.trim().replace(/([A-Za-z])([-–—])$/, '$1 $2');
}

/** What two markers must share to be one convention: the form, and for colon and bracket markers the word. */
function shapeOf(use: MarkerUse): string {
  if (isMalformed(use)) return 'malformed';
  if (use.form === 'standard' || use.form === 'dash' || use.form === 'bare' || use.form === 'trailing')
    return use.form;
  return `${use.form}:${use.marker.trim().toLowerCase()}`;
}

/** The house style's marker, as a form: `ACTION:` is the standard form in any case, `Action –` a spaced dash. */
function conforms(use: MarkerUse, standard: string): boolean {
  if (/:$/.test(standard)) return use.form === 'standard';
  return use.form === 'dash' && !isMalformed(use);
}

interface Convention {
  shape: string;
  /** The marker as the document most often writes it in that form. */
  written: string;
  count: number;
  total: number;
}

/**
 * The form most of the document's markers take (malformed ones never set it); ties go to `ACTION:`, then to the
 * form used first. Null when there is no marker.
 */
function usualForm(uses: readonly MarkerUse[]): Convention | null {
  const byShape = new Map<string, { count: number; written: Map<string, number> }>();
  for (const use of uses) {
    const shape = shapeOf(use);
    if (shape === 'malformed') continue;
    const entry = byShape.get(shape) ?? { count: 0, written: new Map<string, number>() };
    entry.count += 1;
    const written =
      use.form === 'bare' || use.form === 'trailing' ? use.marker.trim().split(/\s+/)[0]! : use.marker.trim();
    entry.written.set(written, (entry.written.get(written) ?? 0) + 1);
    byShape.set(shape, entry);
  }
  let best: [string, { count: number; written: Map<string, number> }] | null = null;
  for (const candidate of byShape) {
    if (
      best === null ||
      candidate[1].count > best[1].count ||
      (candidate[1].count === best[1].count && candidate[0] === 'standard')
    )
      best = candidate;
  }
  if (best === null) {
    // Only malformed markers: the well-formed spelling of the first is the one to ask for.
    const first = uses[0];
    return first
      ? { shape: 'none', written: wellFormed(first, first.marker.trim()), count: 0, total: uses.length }
      : null;
  }
  const written = [...best[1].written.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { shape: best[0], written, count: best[1].count, total: uses.length };
}
