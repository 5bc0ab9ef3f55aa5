import { createLocator, excerptOf, type Locator } from '../locate';
import type { HouseStyle, Location, Minutes, ReadTrace, SourceParagraph } from '../model';
import type { RuleContext } from './rule';

/** Beyond this many paragraphs located one by one, indexing every paragraph once is cheaper. */
const FEW_LOCATIONS = 16;

/**
 * Builds the context every rule shares. Most problems carry the reader's own locations; the few a rule has
 * to locate itself are counted with a native text search, and only many of them pay for the full locator,
 * unless the caller shares the document's locator (already indexed by the reader).
 */
export function createRuleContext(
  minutes: Minutes,
  paragraphs: readonly SourceParagraph[],
  quorum: number | null = null,
  shared?: Locator,
  trace: ReadTrace | null = null,
  houseStyle: HouseStyle | null = null,
): RuleContext {
  // Most documents handed in are body only: then the list itself is the body, not a copy.
  const body = paragraphs.every((p) => p.part === 'body')
    ? paragraphs
    : paragraphs.filter((p) => p.part === 'body');
  // Usually each body paragraph's index is its position; a map is built only when they differ.
  let positions: Map<number, number> | null = null;
  if (!body.every((p, position) => p.index === position)) {
    positions = new Map();
    for (let position = 0; position < body.length; position += 1)
      positions.set(body[position]!.index, position);
  }
  const positionOf = (index: number): number | undefined =>
    positions !== null
      ? positions.get(index)
      : index >= 0 && index < body.length && Number.isInteger(index)
        ? index
        : undefined;
  let locator: Locator | null = shared ?? null;
  let located = 0;
  return {
    minutes,
    // A trace is only trusted while it still lies beside these minutes, list for list.
    trace: trace !== null && trace.actions.length === minutes.actions.length ? trace : null,
    paragraphs,
    body,
    quorum,
    houseStyle,
    paragraphAt: (index) => {
      const position = positionOf(index);
      return position === undefined ? undefined : body[position];
    },
    positionOf,
    locate: (p) => {
      located += 1;
      if (locator === null && located <= FEW_LOCATIONS) return locateOne(paragraphs, p);
      locator ??= createLocator(paragraphs);
      return locator(p);
    },
  };
}

/** The same location createLocator gives: the excerpt, and how many earlier paragraphs of the part share it. */
function locateOne(paragraphs: readonly SourceParagraph[], p: SourceParagraph): Location {
  const excerpt = excerptOf(p.text);
  let occurrence = 0;
  for (const q of paragraphs) {
    if (q === p || (q.index === p.index && q.part === p.part)) break;
    if (q.part === p.part && q.text.includes(excerpt) && excerptOf(q.text) === excerpt) occurrence += 1;
  }
  return {
    paragraph: p.index,
    contentControlId: p.contentControl?.id ?? null,
    excerpt,
    occurrence,
    part: p.part,
  };
}
