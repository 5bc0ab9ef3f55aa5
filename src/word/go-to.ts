import type { Location } from '../core/model/location';
import { DocumentOperationError } from '../core/port';
import { markOwnSelection } from './own-selection';
import { escapeForWordSearch } from './search-text';

const OPERATION = 'Go to';

/**
 * Select (and so scroll to) a location. By content-control id: 1 sync. By text: the first hit in 1 sync
 * (`getFirst().select()` in one batch), a later hit in 2 (count the hits, then select the n-th).
 * A control that is gone falls back to the text (its syncs come on top).
 */
export async function goTo(context: Word.RequestContext, location: Location): Promise<void> {
  markOwnSelection();
  if (location.contentControlId !== null) {
    const control = context.document.contentControls.getByIdOrNullObject(location.contentControlId);
    control.select('Select');
    try {
      await context.sync();
      return;
    } catch (error) {
      if (location.excerpt.trim() === '') throw error;
    }
  }
  await goToText(context, location);
}

function storyOf(context: Word.RequestContext, part: Location['part']): Word.Body {
  if (part === 'body') return context.document.body;
  const section = context.document.sections.getFirst();
  return part === 'header' ? section.getHeader('Primary') : section.getFooter('Primary');
}

async function goToText(context: Word.RequestContext, location: Location): Promise<void> {
  const query = escapeForWordSearch(location.excerpt.trim());
  if (query === '') {
    throw new DocumentOperationError(OPERATION, 'This finding has no text to look for. Run the check again.');
  }
  markOwnSelection();
  const hits = storyOf(context, location.part).search(query, { matchCase: true });
  if (location.occurrence === 0) {
    hits.getFirst().select('Select');
    await context.sync();
    return;
  }
  hits.load('$none');
  await context.sync();
  const hit = hits.items[Math.min(location.occurrence, hits.items.length - 1)];
  if (!hit) {
    throw new DocumentOperationError(
      OPERATION,
      'That text is no longer in the document. Run the check again.',
      'ItemNotFound',
    );
  }
  markOwnSelection();
  hit.select('Select');
  await context.sync();
}
