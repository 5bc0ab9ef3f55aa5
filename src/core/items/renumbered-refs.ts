import type { Action } from '../model/action';
import type { Location } from '../model/location';

/** A per-item ref ("2.1-A1"): the item's number, then the action's. */
const ITEM_REF = /^(.+?)-A\d+$/i;

/** An action whose ref names an item number that now belongs to another place in the agenda. */
export interface RenumberedRef {
  ref: string;
  text: string;
  /** The number the ref names, and what that item is numbered now. */
  from: string;
  to: string;
  location: Location;
  message: string;
}

/**
 * Refs never move (a tracker has them), so after items are renumbered the refs that name an old number are
 * reported for the minute-taker to judge, never rewritten. `renumbered` is what the update changed ("3" → "4").
 */
export function renumberedRefs(
  actions: readonly Action[],
  renumbered: readonly { from: string; to: string }[],
): RenumberedRef[] {
  const moved = new Map(renumbered.filter((r) => r.from !== r.to).map((r) => [r.from.trim(), r.to.trim()]));
  return actions.flatMap((action) => {
    const ref = (action.ref ?? '').trim();
    const named = ITEM_REF.exec(ref)?.[1]?.trim();
    const to = named === undefined ? undefined : moved.get(named);
    if (named === undefined || to === undefined) return [];
    return [
      {
        ref,
        text: action.text,
        from: named,
        to,
        location: action.location,
        message: `The action "${action.text}" has the ref ${ref}, but item ${named} is now numbered ${to}. The ref was left as it is: change it by hand if it should follow the item.`,
      },
    ];
  });
}
