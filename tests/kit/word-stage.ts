import type { DocumentView, ParagraphView } from '../fakes/word/spec';
import type { XmlPart } from '../word-host/office';
import { listNumbering, planDocument, type StoryPlan } from './plan';
import type { KitStage, Prepared, StageView } from './stage';

/*
 * The kit's stage in real Word, through Office.js only (WordApi 1.3 and the Common API). Building a set-up
 * (lists aside), reading it back with the selection, the blank check and clearing are tested over the simulated
 * host (word-stage.test.ts, run-in-word-stage.test.ts); starting lists needs Office.js the host does not model,
 * so it is checked by a person running the kit (docs/word-kit.md).
 * Office.js used: Paragraph.insertParagraph/insertTable/insertText/select, Paragraph.startNewList/attachToList,
 * List.setLevelNumbering/setLevelStartingNumber, ListItem.level, Range.expandTo/insertContentControl/
 * compareLocationWith, Paragraph.parentContentControlOrNullObject, ContentControl.parentContentControlOrNullObject,
 * Body.clear, Section.getHeader/getFooter, CustomXmlParts.getByNamespaceAsync, CustomXmlPart.getXmlAsync/deleteAsync.
 */

const callOffice = <T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<T> =>
  new Promise((resolve, reject) =>
    start((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error))),
  );

type StoryName = 'body' | 'header' | 'footer';

function storyOf(context: Word.RequestContext, name: StoryName): Word.Body {
  if (name === 'body') return context.document.body;
  const section = context.document.sections.getFirst();
  return name === 'header' ? section.getHeader('Primary') : section.getFooter('Primary');
}

/** Blocks per request while building a set-up: a 12,000-paragraph set-up goes in a few requests, not one. */
const BLOCKS_PER_SYNC = 2000;

/** Writes one story's blocks before its one (empty) paragraph; a last paragraph goes into that paragraph. */
async function writeStory(context: Word.RequestContext, story: Word.Body, plan: StoryPlan): Promise<void> {
  if (plan.blocks.length === 0) return;
  const anchor = story.paragraphs.getFirst();
  const last = plan.blocks.at(-1)!;
  const before = last.kind === 'paragraph' ? plan.blocks.slice(0, -1) : plan.blocks;
  for (let from = 0; from < before.length; from += BLOCKS_PER_SYNC) {
    for (const block of before.slice(from, from + BLOCKS_PER_SYNC)) {
      if (block.kind === 'table') anchor.insertTable(block.rows, block.columns, 'Before', block.values);
      else anchor.insertParagraph(block.paragraph.text, 'Before');
    }
    // Set-up, not the operation under test: a few large requests rather than one too large for Word.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  if (last.kind === 'paragraph') anchor.insertText(last.paragraph.text, 'Replace');
  await context.sync();
}

/** Styles, lists and controls over the story's paragraphs as built; the new controls' ids by spec id. */
async function formatStory(
  context: Word.RequestContext,
  story: Word.Body,
  plan: StoryPlan,
  controlIds: Map<number, number>,
): Promise<Word.Paragraph[]> {
  const paragraphs = story.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  const items = paragraphs.items;
  if (items.length < plan.paragraphs.length)
    throw new Error(
      `the kit built ${items.length} paragraphs where the set-up has ${plan.paragraphs.length}`,
    );
  // New paragraphs take the (Normal, reset) anchor's style: only the others are set.
  plan.paragraphs.forEach((p, i) => {
    if (p.styleBuiltIn === 'Normal') return;
    if (p.styleBuiltIn) items[i]!.styleBuiltIn = p.styleBuiltIn as Word.Paragraph['styleBuiltIn'];
    else if (p.styleName) items[i]!.style = p.styleName;
  });
  // List runs: the first item of each starts a list (one sync for all their ids), the next ones join it.
  const runs: { start: number; list: Word.List }[] = [];
  plan.paragraphs.forEach((p, i) => {
    if (p.list && !plan.paragraphs[i - 1]?.list) {
      const list = items[i]!.startNewList();
      list.load('id');
      runs.push({ start: i, list });
    }
  });
  if (runs.length > 0) await context.sync();
  // Each level's numbering is set where the run first reaches it ("1." at level 0, "a)" at level 1).
  let run: { start: number; list: Word.List; levels: Set<number> } | undefined;
  plan.paragraphs.forEach((p, i) => {
    if (!p.list) return;
    const paragraph = items[i]!;
    const started = runs.find((r) => r.start === i);
    if (started) run = { ...started, levels: new Set() };
    else if (run) paragraph.attachToList(run.list.id, p.list.level);
    if (!run) return;
    if (!run.levels.has(p.list.level)) {
      run.levels.add(p.list.level);
      const { numbering, suffix, start } = listNumbering(p.list.listString);
      if (numbering) run.list.setLevelNumbering(p.list.level, numbering, [p.list.level, suffix]);
      else run.list.setLevelBullet(p.list.level, 'Solid');
      if (start !== 1) run.list.setLevelStartingNumber(p.list.level, start);
    }
    paragraph.listItem.level = p.list.level;
  });
  const made = plan.controls.map((c) => {
    const range = items[c.first]!.getRange('Whole').expandTo(items[c.last]!.getRange('Whole'));
    const control = range.insertContentControl();
    control.tag = c.tag;
    control.title = c.title;
    control.load('id');
    return { specId: c.specId, control };
  });
  await context.sync();
  for (const m of made) controlIds.set(m.specId, m.control.id);
  return items;
}

/** The kit's custom XML parts (its own namespace), read back. */
async function kitParts(namespace: string): Promise<{ part: Office.CustomXmlPart; xml: string }[]> {
  const parts = await callOffice<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(namespace, cb),
  );
  return Promise.all(
    parts.map(async (part) => ({ part, xml: await callOffice<string>((cb) => part.getXmlAsync(cb)) })),
  );
}

/** Paragraphs whose parents one read-back request asks for. */
const READ_CHUNK = 2000;

/** One story's paragraphs in the scenarios' view shape: every control around each, outermost first. */
async function readStory(context: Word.RequestContext, name: StoryName): Promise<ParagraphView[]> {
  const story = storyOf(context, name);
  const paragraphs = story.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn,items/tableNestingLevel,items/isListItem');
  const controls = story.contentControls;
  controls.load('items/id,items/tag,items/title');
  await context.sync();
  // Each paragraph's innermost control and list number, a chunk of paragraphs per request: the product's
  // read sends about 3 MB for 5,000 paragraphs' parents (npm run bench, bytes), too much for one request.
  const inner: { c: Word.ContentControl; item: Word.ListItem | null }[] = [];
  const parents = controls.items.map((c) => {
    const parent = c.parentContentControlOrNullObject;
    parent.load('id');
    return parent;
  });
  for (let from = 0; from === 0 || from < paragraphs.items.length; from += READ_CHUNK) {
    for (const p of paragraphs.items.slice(from, from + READ_CHUNK)) {
      const c = p.parentContentControlOrNullObject;
      c.load('id');
      const item = p.isListItem ? p.listItemOrNullObject : null;
      item?.load('listString');
      inner.push({ c, item });
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  const byId = new Map(controls.items.map((c, i) => [c.id, { control: c, parent: parents[i]! }]));
  const chain = (id: number | null): Word.ContentControl[] => {
    const out: Word.ContentControl[] = [];
    for (let at = id === null ? undefined : byId.get(id); at;) {
      out.unshift(at.control);
      at = at.parent.isNullObject ? undefined : byId.get(at.parent.id);
    }
    return out;
  };
  const view = paragraphs.items.map((p, i): ParagraphView => {
    const around = chain(inner[i]!.c.isNullObject ? null : inner[i]!.c.id);
    const item = inner[i]!.item;
    return {
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      listString: item && !item.isNullObject ? item.listString : null,
      tags: around.map((c) => c.tag),
      titles: around.map((c) => c.title),
      inTable: p.tableNestingLevel > 0,
    };
  });
  // Word always keeps one paragraph in a header or footer: an empty one reads as none, as the simulated host has it.
  const empty = view.length === 1 && view[0]!.text === '' && view[0]!.tags.length === 0;
  return name !== 'body' && empty ? [] : view;
}

/** Where the selection is, by body paragraph index, and whether it is a point at a paragraph's start or end. */
async function readSelection(
  context: Word.RequestContext,
): Promise<Pick<StageView, 'selection' | 'selectionError'>> {
  const selection = context.document.getSelection();
  const first = selection.paragraphs.getFirst();
  const last = selection.paragraphs.getLast();
  first.load('text');
  last.load('text');
  const start = context.document.body.getRange('Start');
  const toFirst = start.expandTo(first.getRange('Start'));
  const toLast = start.expandTo(last.getRange('Start'));
  const upToFirst = toFirst.paragraphs;
  const upToLast = toLast.paragraphs;
  upToFirst.load('$none');
  upToLast.load('$none');
  selection.load('isEmpty');
  // Where "the end of a paragraph" is for a cursor (before its mark or after) is not documented: either counts.
  const atEnd = [
    selection.compareLocationWith(last.getRange('End')),
    selection.compareLocationWith(last.getRange('Content').getRange('End')),
  ];
  const atStart = selection.compareLocationWith(first.getRange('Start'));
  try {
    await context.sync();
  } catch (e) {
    // Outside the body (a header, say), or an Office.js the kit did not expect: said, not fatal.
    return { selection: null, selectionError: e instanceof Error ? e.message : String(e) };
  }
  const edge = !selection.isEmpty
    ? 'Whole'
    : atEnd.some((r) => r.value === 'Equal')
      ? 'End'
      : atStart.value === 'Equal'
        ? 'Start'
        : 'Whole';
  return {
    selection: {
      first: { index: upToFirst.items.length - 1, text: first.text },
      last: { index: upToLast.items.length - 1, text: last.text },
      edge,
    },
  };
}

export function wordStage(namespace: string): KitStage {
  return {
    notBlank: () =>
      Word.run(async (context) => {
        const body = context.document.body;
        body.load('text');
        const paragraphs = body.paragraphs;
        paragraphs.load('$none');
        const tables = body.tables;
        tables.load('$none');
        const controls = context.document.contentControls;
        controls.load('$none');
        const pictures = body.inlinePictures;
        pictures.load('$none');
        const header = storyOf(context, 'header');
        const footer = storyOf(context, 'footer');
        header.load('text');
        footer.load('text');
        await context.sync();
        const found = [
          body.text.trim() !== '' || paragraphs.items.length > 1 ? 'text' : '',
          tables.items.length > 0 ? 'tables' : '',
          controls.items.length > 0 ? 'content controls' : '',
          pictures.items.length > 0 ? 'pictures' : '',
          header.text.trim() !== '' || footer.text.trim() !== '' ? 'header or footer text' : '',
        ].filter(Boolean);
        return found.length === 0
          ? null
          : `this document is not blank (it has ${found.join(', ')}). The kit writes and clears the document it runs in, so it would change yours. Open a new blank document and start the kit there.`;
      }),

    prepare: (spec) =>
      Word.run(async (context): Promise<Prepared> => {
        const plan = planDocument(spec);
        const controlIds = new Map<number, number>();
        let body: Word.Paragraph[] = [];
        for (const name of ['body', 'header', 'footer'] as const) {
          const story = storyOf(context, name);
          await writeStory(context, story, plan[name]);
          const items = await formatStory(context, story, plan[name], controlIds);
          if (name === 'body') body = items;
        }
        const at = body[plan.cursor.paragraph] ?? body[0]!;
        at.select(plan.cursor.selectedText ? 'Select' : 'End');
        await context.sync();
        return { controlIds, notes: plan.notes };
      }),

    read: async () => {
      const { view, selection, selectionError } = await Word.run(async (context) => {
        const view: DocumentView = {
          body: await readStory(context, 'body'),
          header: await readStory(context, 'header'),
          footer: await readStory(context, 'footer'),
          // The kit never switches these on (plan.ts refuses set-ups that need them).
          firstPageHeader: [],
          evenPagesHeader: [],
        };
        return { view, ...(await readSelection(context)) };
      });
      const parts: XmlPart[] = (await kitParts(namespace)).map(({ part, xml }) => ({ id: part.id, xml }));
      return { view, selection, parts, ...(selectionError ? { selectionError } : {}) };
    },

    reset: async () => {
      await Word.run(async (context) => {
        storyOf(context, 'body').clear();
        storyOf(context, 'header').clear();
        storyOf(context, 'footer').clear();
        await context.sync();
        const first = context.document.body.paragraphs.getFirst();
        first.load('isListItem');
        await context.sync();
        if (first.isListItem) first.detachFromList();
        first.styleBuiltIn = 'Normal';
        await context.sync();
      });
      for (const { part } of await kitParts(namespace)) await callOffice<void>((cb) => part.deleteAsync(cb));
    },
  };
}
