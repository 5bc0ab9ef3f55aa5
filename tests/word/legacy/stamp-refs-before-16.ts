/**
 * stamp-refs.ts as it was before issue 16, kept only so tests/word/stamp-refs-cache.test.ts can show the bug the
 * real Office.js client exposes: every stamp loads the one cached `body.paragraphs`, so all see the last one.
 */
import { excerptOf } from '../../../src/core/locate';
import {
  actionControlTitle,
  DocumentOperationError,
  refFromActionControlTitle,
  type RefStamp,
  type StampResult,
} from '../../../src/core/port';
import { oneStampPerParagraph } from '../../../src/core/write/summary-update';
import { toDocumentOperationError } from '../../../src/word/errors';
import { escapeForWordSearch } from '../../../src/word/search-text';
import { ACTION_TAG } from '../../../src/word/tags';

const OPERATION = 'Stamp refs';
/** Most actions stamped in one pair of syncs; more go in further pairs of this size. */
export const STAMP_CHUNK = 500;

interface Lookup {
  stamp: RefStamp;
  /** The control the last read found around the paragraph (any tag: an action in an items cell has one). */
  control: Word.ContentControl | null;
  /** The paragraph at the index the last read gave. */
  atIndex: Word.ParagraphCollection | null;
  /** Where the excerpt is now, in case the paragraph moved. */
  hits: Word.RangeCollection | null;
}

type Planned =
  | { kind: 'title'; ref: string; control: Word.ContentControl }
  | { kind: 'wrap'; ref: string; paragraph: Word.Paragraph };

const emptyResult = (): StampResult => ({ stamped: 0, notFound: 0, alreadyHadRef: 0, sharedParagraph: 0 });

/**
 * Puts refs given at an export into the document without changing its text: an action control gets the ref as
 * its title (only when it has none: refs never move); a hand-typed ACTION paragraph is wrapped in a new
 * `minutebook:action` control titled "Action <ref>". Correlated objects: sync 1 looks every action up, sync 2
 * writes. Up to STAMP_CHUNK actions that is 2 syncs; beyond, 2 more per chunk.
 */
export async function stampRefs(context: Word.RequestContext, stamps: RefStamp[]): Promise<StampResult> {
  const { single, sharedParagraph } = oneStampPerParagraph(stamps);
  const total: StampResult = { ...emptyResult(), sharedParagraph };
  for (let from = 0; from < single.length; from += STAMP_CHUNK) {
    let done: StampResult;
    try {
      done = await stampChunk(context, single.slice(from, from + STAMP_CHUNK));
    } catch (error) {
      const failure = toDocumentOperationError(OPERATION, error);
      if (total.stamped === 0) throw failure;
      const changed = `${total.stamped} refs were stamped in earlier batches. ${failure.changed}`.trim();
      throw new DocumentOperationError(failure.operation, failure.message, failure.code, changed);
    }
    total.stamped += done.stamped;
    total.notFound += done.notFound;
    total.alreadyHadRef += done.alreadyHadRef;
  }
  return total;
}

/** One action per paragraph, at most STAMP_CHUNK of them: sync 1 looks up, sync 2 writes. */
async function stampChunk(context: Word.RequestContext, stamps: RefStamp[]): Promise<StampResult> {
  const result = emptyResult();
  const lookups = stamps.map((stamp) => lookUp(context, stamp));
  await context.sync();

  const planned: Planned[] = [];
  for (const lookup of lookups) {
    const { ref } = lookup.stamp;
    const control = lookup.control && !lookup.control.isNullObject ? lookup.control : null;
    if (control && control.tag === ACTION_TAG) {
      if (refFromActionControlTitle(control.title) !== null) {
        result.alreadyHadRef += 1;
        continue;
      }
      control.title = actionControlTitle(ref);
      planned.push({ kind: 'title', ref, control });
      continue;
    }
    const paragraph = findParagraph(lookup);
    if (!paragraph) {
      result.notFound += 1;
      continue;
    }
    const wrapper = paragraph.insertContentControl();
    wrapper.tag = ACTION_TAG;
    wrapper.title = actionControlTitle(ref);
    planned.push({ kind: 'wrap', ref, paragraph });
  }
  if (planned.length === 0) return result;
  try {
    await context.sync();
  } catch (error) {
    throw toDocumentOperationError(OPERATION, error, await whatWasStamped(context, planned));
  }
  result.stamped = planned.length;
  return result;
}

function lookUp(context: Word.RequestContext, stamp: RefStamp): Lookup {
  const { location } = stamp;
  const lookup: Lookup = { stamp, control: null, atIndex: null, hits: null };
  if (location.contentControlId !== null) {
    lookup.control = context.document.contentControls.getByIdOrNullObject(location.contentControlId);
    lookup.control.load('tag,title');
  }
  if (location.part !== 'body') return lookup;
  const body = context.document.body;
  lookup.atIndex = body.paragraphs;
  lookup.atIndex.load({ select: 'text', top: 1, skip: location.paragraph });
  const query = escapeForWordSearch(location.excerpt.trim());
  if (query !== '' && location.occurrence === 0) {
    lookup.hits = body.search(query, { matchCase: true });
    lookup.hits.load('$none');
  }
  return lookup;
}

/**
 * The paragraph where the last read found it when its text still starts the same; otherwise the excerpt's
 * only match in the document. A text found more than once is left alone: a ref on the wrong action would move it.
 */
function findParagraph(lookup: Lookup): Word.Paragraph | null {
  const { location } = lookup.stamp;
  const there = lookup.atIndex?.items[0];
  if (there && location.excerpt !== '' && excerptOf(there.text) === location.excerpt) return there;
  const hits = lookup.hits?.items ?? [];
  return hits.length === 1 ? hits[0]!.paragraphs.getFirst() : null;
}

/**
 * After a failed write batch (Word keeps what ran before the failure): read back which refs are now in the
 * document, so the person is told exactly (one more sync, on the failure path only).
 */
async function whatWasStamped(context: Word.RequestContext, planned: Planned[]): Promise<string> {
  const checks = planned.map((p) => {
    const control = p.kind === 'title' ? p.control : p.paragraph.parentContentControlOrNullObject;
    control.load('tag,title');
    return { planned: p, control };
  });
  try {
    await context.sync();
  } catch {
    return 'Some refs may have been stamped before Word stopped; run the check again to see which.';
  }
  const inPlace = (c: Word.ContentControl) => !c.isNullObject && c.tag === ACTION_TAG;
  const stamped = checks.filter(
    (c) => inPlace(c.control) && c.control.title === actionControlTitle(c.planned.ref),
  );
  const bare = checks.filter(
    (c) => c.planned.kind === 'wrap' && !c.control.isNullObject && c.control.tag === '',
  ).length;
  const parts: string[] = [];
  if (stamped.length > 0) {
    const refs = stamped.map((c) => c.planned.ref).join(', ');
    parts.push(`${stamped.length} of ${planned.length} refs were stamped before Word stopped (${refs}).`);
  }
  if (bare > 0) {
    parts.push(
      `${bare} ${bare === 1 ? 'paragraph was' : 'paragraphs were'} left in an empty content control (the text is unchanged).`,
    );
  }
  return parts.join(' ');
}
