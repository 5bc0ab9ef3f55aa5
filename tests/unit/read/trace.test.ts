import { ReadTrace, paragraph, type SourceParagraph } from '../../../src/core/model';
import { explain, readMinutesTraced, textToParagraphs } from '../../../src/core/read';
import * as markers from '../../../src/core/read/markers';
import { review } from '../../../src/core/review';

const MINUTES = [
  'Board meeting',
  'Date: 1 May 2024',
  '| Name | Capacity | Initials |',
  '|---|---|---|',
  '| Paul Fell | Chief Executive | PF |',
  '| Jane Smith | Chair | JS |',
  '1. Finance',
  'ACTION: PF to circulate the accounts.',
  'The board asked for a note on reserves.',
  'Action: JS',
  'JS to book the auditor.',
  'RESOLVED:',
  'The budget be approved.',
].join('\n');

describe('the reader’s trace: why each thing was read so', () => {
  const reading = readMinutesTraced(textToParagraphs(MINUTES));
  const { minutes, trace } = reading;

  it('is valid against its versioned schema and lies beside the minutes, list for list', () => {
    expect(ReadTrace.safeParse(trace).success).toBe(true);
    expect(trace.traceVersion).toBe(1);
    expect(trace.actions).toHaveLength(minutes.actions.length);
    expect(trace.attendees).toHaveLength(minutes.attendees.length);
    expect(trace.decisions).toHaveLength(minutes.decisions.length);
    expect(reading.unread).toEqual([]);
  });

  it('names the recogniser and the paragraph of each action, with the marker as written', () => {
    expect(trace.actions[0]).toEqual({
      recogniser: 'action-marker',
      paragraphs: [minutes.actions[0]!.location.paragraph],
      refiners: [],
      marker: { written: 'ACTION:', form: 'standard' },
    });
    expect(trace.actions.map((t) => t.recogniser)).toEqual(['action-marker', 'action-marker', 'suggestion']);
  });

  it('names the refiner and both paragraphs when an owner alone takes the sentence before', () => {
    const [, alone] = trace.actions;
    expect(alone!.refiners).toEqual(['owner-alone-takes-sentence-before']);
    expect(alone!.paragraphs).toHaveLength(2);
    expect(minutes.actions[1]!.text).toBe('The board asked for a note on reserves');
  });

  it('traces a decision label with the line it took, attendees to their table row, items and header fields', () => {
    expect(trace.decisions[0]).toMatchObject({
      recogniser: 'decision-label',
      refiners: ['decision-label-takes-next-line'],
    });
    expect(trace.decisions[0]!.paragraphs).toHaveLength(2);
    expect(trace.attendees.map((t) => t.recogniser)).toEqual(['attendance-table', 'attendance-table']);
    expect(trace.items.map((t) => t.recogniser)).toEqual(['item-heading']);
    expect(trace.header.date?.recogniser).toBe('header-label');
    expect(trace.header.title?.recogniser).toBe('title-first-line');
  });

  it('explains each action and attendee in words, pointing to the paragraphs from 1', () => {
    const why = explain(trace, minutes);
    const actionAt = minutes.actions[0]!.location.paragraph + 1;
    const paulAt = trace.attendees[0]!.paragraphs[0]! + 1;
    expect(why.actions[0]).toBe(
      `ACTION: – marker, ¶${actionAt}; owner PF matched Paul Fell (PF) in the attendance table, ¶${paulAt}`,
    );
    expect(why.actions[2]).toMatch(/^prose \(a suggestion, not marked\), ¶\d+; owner JS matched Jane Smith/);
    expect(why.attendees[0]).toBe(`Paul Fell (present) – the attendance table, ¶${paulAt}`);
    expect(why.header.date).toMatch(/^a header label, ¶\d+$/);
  });
});

describe('the check reads the trace, not the marker grammar again', () => {
  it('finds the non-standard marker from the trace without reading the paragraph', () => {
    const spy = jest.spyOn(markers, 'actionMarkersIn');
    const { problems } = review(
      textToParagraphs(['Present: Jane Smith (JS)', '1. Item', 'ACTION- JS to go.'].join('\n')),
    );
    expect(problems.filter((p) => p.rule === 'action-marker-nonstandard')).toHaveLength(1);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('no silent failure', () => {
  it('names the step that failed and keeps what the steps before it read', () => {
    let reads = 0;
    const treacherous = {
      ...paragraph(1, 'never read'),
      get text(): string {
        reads += 1;
        if (reads > 1) throw new Error('text went away');
        return 'never read';
      },
    } as SourceParagraph;
    const reading = readMinutesTraced([paragraph(0, 'Board meeting'), treacherous]);
    expect(reading.unread).toEqual([{ step: 'structure', message: 'text went away' }]);
    expect(reading.minutes.actions).toEqual([]);
  });
});
