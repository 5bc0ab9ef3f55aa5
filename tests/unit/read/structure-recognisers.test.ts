import { paragraph, type SourceParagraph } from '../../../src/core/model/paragraph';
import { toUnits, type Unit } from '../../../src/core/read/blocks';
import { ALL_RECOGNISERS } from '../../../src/core/read/recognisers';
import { LINE_RECOGNISERS, ROW_RECOGNISERS } from '../../../src/core/read/recognisers/structure';
import type {
  StructureExample,
  StructureRecogniser,
} from '../../../src/core/read/recognisers/structure-types';
import { LineInput, RowInput } from '../../../src/core/read/structure/input';
import type { ReadState } from '../../../src/core/read/structure/state';
import { readUnit, startState, walk } from '../../../src/core/read/walk';

/**
 * RuleTester for pass one: every structure recogniser's examples run on the recogniser alone, with the walk's
 * state as the lines named by `after` leave it. A failure names the recogniser and the example.
 */
type AnyStructureRecogniser =
  StructureRecogniser<unknown, LineInput> | StructureRecogniser<unknown, RowInput>;
type Example = StructureExample<unknown>;

/** What stands before an example, written as minutes. */
const TITLE = { text: 'Minutes of the Parish Council', style: 'Title' };
/** Where an item is open, the title has been read (or the first heading would be the title). */
const CONTEXT: Record<NonNullable<Example['after']>, readonly { text: string; style?: string }[]> = {
  item: [TITLE, { text: '1. Opening remarks' }],
  actions: [TITLE, { text: '1. Opening remarks' }, { text: 'Actions:' }],
  'action-list': [
    TITLE,
    { text: '1. Opening remarks' },
    { text: 'Actions:' },
    { text: 'JS to book the hall' },
  ],
  present: [{ text: 'Present:' }],
  'in attendance': [{ text: 'In attendance:' }],
  apologies: [{ text: 'Apologies:' }],
  absent: [{ text: 'Absent:' }],
  'next-meeting-item': [TITLE, { text: '9. Date of next meeting' }],
  title: [TITLE],
  'item-number': [TITLE, { text: '1. Opening remarks' }, { text: '22/18' }],
  'numbered-entry': [TITLE, { text: '1. Opening remarks' }, { text: '1. The board noted the report.' }],
  'fixed-width-table': [
    TITLE,
    { text: '1. Opening remarks' },
    { text: 'NO    ITEM        ACTION                                  LEAD    DUE' },
  ],
};

function paragraphsOf(example: Example): SourceParagraph[] {
  const before = example.after ? CONTEXT[example.after] : [];
  const out = before.map((line, i) => paragraph(i, line.text, { style: line.style ?? '' }));
  const given = example.given;
  if (typeof given === 'string') {
    const list = example.listString === undefined ? {} : { listString: example.listString };
    out.push(paragraph(out.length, given, { style: example.style ?? '', ...list }));
    return out;
  }
  const rows = given.header ? [given.header, given.cells] : [given.cells];
  // A cell's lines ("\n") are paragraphs of the one cell.
  rows.forEach((cells, row) =>
    cells.forEach((text, cell) =>
      text
        .split('\n')
        .forEach((line) => out.push(paragraph(out.length, line, { table: { table: 0, row, cell } }))),
    ),
  );
  return out;
}

const locate = (p: SourceParagraph) => ({
  paragraph: p.index,
  contentControlId: null,
  excerpt: '',
  occurrence: 0,
  part: p.part,
});

/** The state after the context's units, and the example's own unit (a row example's last row). */
function situation(example: Example): { state: ReadState; unit: Unit } {
  const units = toUnits(paragraphsOf(example));
  const state = startState(units, locate);
  const unit = units.at(-1)!;
  for (const before of units.slice(0, -1)) readUnit(state, before);
  return { state, unit };
}

/** The recognisers the walk names for the example's own unit, when it reads the whole example as minutes. */
function walkedBy(example: Example): string[] {
  const units = toUnits(paragraphsOf(example));
  const last = units.at(-1)!;
  const ids: string[] = [];
  walk(units, locate, (id, input) => {
    const unit = input instanceof RowInput ? input.row : input.unit;
    if (unit === last) ids.push(id);
  });
  return ids;
}

function recognise(recogniser: AnyStructureRecogniser, example: Example): unknown {
  const { state, unit } = situation(example);
  if (unit.kind === 'row') {
    const table = state.tables.get(unit.table) ?? { columns: null, status: state.attendance ?? 'present' };
    return (recogniser as StructureRecogniser<unknown, RowInput>).recognise(new RowInput(unit, table), state);
  }
  return (recogniser as StructureRecogniser<unknown, LineInput>).recognise(new LineInput(unit), state);
}

const STRUCTURE: readonly AnyStructureRecogniser[] = [...LINE_RECOGNISERS, ...ROW_RECOGNISERS];

function givenText(example: Example): string {
  return typeof example.given === 'string'
    ? example.given
    : [...(example.given.header ?? []), ...example.given.cells].join(' ');
}

describe('every recogniser of pass one', () => {
  it('has an id no other recogniser of either pass has', () => {
    const ids = [...STRUCTURE, ...ALL_RECOGNISERS].map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(STRUCTURE.map((r) => [r.id, r] as const))('%s reads the unit it says it reads', (_, r) => {
    for (const example of r.examples) expect(typeof example.given === 'string' ? 'line' : 'row').toBe(r.unit);
  });

  // The last line recogniser reads whatever is left (body text): it has no line it does not read.
  const choosy = STRUCTURE.filter((r) => r !== LINE_RECOGNISERS.at(-1));
  it.each(choosy.map((r) => [r.id, r] as const))('%s has an example it reads and one it does not', (_, r) => {
    expect(r.examples.some((e) => e.gives !== null)).toBe(true);
    expect(r.examples.some((e) => e.gives === null)).toBe(true);
  });

  const withTriggers = STRUCTURE.filter((r) => r.triggers.length > 0);
  it.each(withTriggers.map((r) => [r.id, r] as const))(
    '%s: every example it reads holds one of its triggers',
    (_, r) => {
      const forms = r.triggers.map((t) => t.toLowerCase());
      for (const example of r.examples.filter((e) => e.gives !== null)) {
        const text = givenText(example).toLowerCase();
        expect([example.given, forms.some((t) => text.includes(t))]).toEqual([example.given, true]);
      }
    },
  );
});

for (const recogniser of STRUCTURE) {
  describe(`recogniser ${recogniser.id}`, () => {
    const table = recogniser.examples.map((example) => [JSON.stringify(example.given), example] as const);
    it.each(table)('alone: %s', (_, example) => {
      const result = recognise(recogniser, example);
      if (example.gives === null) expect(result).toBeNull();
      else if (typeof example.gives === 'object') expect(result).toMatchObject(example.gives as object);
      else expect(result).toEqual(example.gives);
    });
    // Through the walk, in precedence order: no earlier recogniser takes what the example says this one reads.
    it.each(table)('through the walk: %s', (_, example) => {
      const ids = walkedBy(example);
      if (example.gives === null) expect(ids).not.toContain(recogniser.id);
      else expect(ids).toContain(recogniser.id);
    });
  });
}
