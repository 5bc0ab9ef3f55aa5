import { MARKING_TAG, MARKING_TITLE } from './tags';

/**
 * The protective marking and status go into the first section's primary page header/footer as our own
 * paragraph in a `minutebook:marking` control, so the user's header text is never overwritten.
 * Step 1 (queued before a sync): find our control. Step 2 (after it): update it, or add it.
 */
export interface MarkingLookup {
  body: Word.Body;
  controls: Word.ContentControlCollection;
  text: string;
}

export function lookUpMarking(
  section: Word.Section,
  where: 'header' | 'footer',
  text: string,
): MarkingLookup {
  const body = where === 'header' ? section.getHeader('Primary') : section.getFooter('Primary');
  const controls = body.contentControls.getByTag(MARKING_TAG);
  controls.load('items/id');
  return { body, controls, text };
}

export function queueMarkingWrite(lookup: MarkingLookup): void {
  const existing = lookup.controls.items[0];
  if (existing) {
    existing.insertText(lookup.text, 'Replace');
    return;
  }
  if (lookup.text === '') return;
  const paragraph = lookup.body.insertParagraph(lookup.text, 'End');
  const control = paragraph.insertContentControl();
  control.tag = MARKING_TAG;
  control.title = MARKING_TITLE;
}
