import { setStoredMeetingNamespace } from '../../src/word/stored-meeting';
import {
  buildDocument,
  viewOf,
  type DocumentSpec,
  type DocumentView,
  type ParagraphView,
} from '../fakes/word';
import { installWordHost } from '../word-host/office';
import { SCENARIO_GROUPS } from '../word/scenarios/groups';
import { KIT_NAMESPACE } from './kit-namespace';
import { planDocument } from './plan';
import { CannotBuild } from './stage';
import { wordStage } from './word-stage';

const buildable = Object.entries(SCENARIO_GROUPS)
  .flatMap(([operation, list]) => list.map((s) => [`${operation} / ${s.name}`, s] as const))
  .filter(([, s]) => {
    try {
      planDocument(s.setUp);
      return true;
    } catch (e) {
      if (e instanceof CannotBuild) return false;
      throw e;
    }
  })
  .filter(([, s]) => s.setUp.body.length <= 1000);

beforeAll(() => setStoredMeetingNamespace(KIT_NAMESPACE));
afterAll(() => setStoredMeetingNamespace());

const hasList = (spec: DocumentSpec) =>
  [...spec.body, ...(spec.header ?? []), ...(spec.footer ?? [])].some((p) => typeof p !== 'string' && p.list);
/** The view without style names: a style asked for by a name in another language is set by its id. */
const unnamed = (view: DocumentView) =>
  Object.fromEntries(
    Object.entries(view).map(([part, ps]) => [
      part,
      (ps as ParagraphView[]).map(({ style: _style, ...rest }) => rest),
    ]),
  );

/**
 * The kit's read-back in Word (word-stage.ts) over the simulated host: for every set-up the kit can build, it
 * reads the same view as the host's own model gives. (Building the set-up needs Office.js the host does not
 * model; that part runs only in Word.)
 */
describe("the kit's set-up through Office.js", () => {
  // Lists are left out: the simulated host does not model starting a list (its numbering is Word's own).
  test.each(buildable.filter(([, s]) => !hasList(s.setUp)))(
    '%s: builds, in a blank document, the document the scenario sets up',
    async (_name, s) => {
      // A blank document as Word has one: one empty paragraph in the body, the header and the footer.
      const model = buildDocument({ body: [''], header: [''], footer: [''] });
      const host = installWordHost(model);
      try {
        const stage = wordStage(KIT_NAMESPACE);
        const prepared = await stage.prepare(s.setUp);
        const read = await stage.read();
        const expected = viewOf(buildDocument(s.setUp));
        // Word keeps a paragraph after a table that ends the document (plan.ts says so in the notes).
        if (
          s.setUp.body.at(-1) &&
          typeof s.setUp.body.at(-1) !== 'string' &&
          (s.setUp.body.at(-1) as { cell?: unknown }).cell
        )
          expect(read.view.body.pop()).toMatchObject({ text: '', tags: [], inTable: false });
        expect(unnamed(read.view)).toEqual(unnamed(expected));
        const specIds = new Set(
          [...s.setUp.body, ...(s.setUp.header ?? []), ...(s.setUp.footer ?? [])].flatMap((p) =>
            typeof p === 'string' ? [] : (p.controls ?? []).map((c) => c.id),
          ),
        );
        expect([...prepared.controlIds.keys()].sort()).toEqual([...specIds].sort());
        const cursor = expected.body[s.setUp.cursor?.paragraph ?? 0]!;
        expect(model.selection?.first.text).toBe(cursor.text);
      } finally {
        host.uninstall();
      }
    },
  );
});

describe("the kit's read-back through Office.js", () => {
  test.each(buildable)('%s: reads the view the host holds', async (_name, s) => {
    const model = buildDocument(s.setUp);
    const host = installWordHost(model);
    try {
      const read = await wordStage(KIT_NAMESPACE).read();
      expect(read.view).toEqual(viewOf(model));
    } finally {
      host.uninstall();
    }
  });
});

describe('the blank check and the clean-up, through Office.js', () => {
  const blankCheck = async (spec: DocumentSpec) => {
    const host = installWordHost(buildDocument(spec));
    try {
      return await wordStage(KIT_NAMESPACE).notBlank();
    } finally {
      host.uninstall();
    }
  };

  test('a blank document is blank', async () => {
    await expect(blankCheck({ body: [''], header: [''], footer: [''] })).resolves.toBeNull();
  });

  test.each([
    ['text', { body: ['Dear all,'] }],
    ['text', { body: ['', ''] }],
    ['tables', { body: [{ text: '', cell: [0, 0, 0] as [number, number, number] }, ''] }],
    ['content controls', { body: [{ text: '', controls: [{ id: 5, tag: 'x' }] }] }],
    ['header or footer text', { body: [''], footer: ['Page 1'] }],
  ])('a document with %s is refused, saying what it has and why', async (what, spec) => {
    const why = await blankCheck(spec);
    expect(why).toContain(what);
    expect(why).toMatch(/would change yours\. Open a new blank document/);
  });

  test('after a scenario, the clean-up leaves the document blank again, the kit parts gone', async () => {
    const model = buildDocument({ body: [''], header: [''], footer: [''] });
    const host = installWordHost(model);
    try {
      const stage = wordStage(KIT_NAMESPACE);
      await stage.prepare({
        body: [
          { text: 'Name', cell: [0, 0, 0], controls: [{ id: 9, tag: 'minutebook:attendance' }] },
          'After',
        ],
        header: ['OFFICIAL'],
      });
      host.parts.push({ id: 'p1', xml: `<meeting xmlns="${KIT_NAMESPACE}">{}</meeting>` });
      await expect(stage.notBlank()).resolves.not.toBeNull();
      await stage.reset();
      await expect(stage.notBlank()).resolves.toBeNull();
      expect(host.parts).toEqual([]);
    } finally {
      host.uninstall();
    }
  });
});
