import fc from 'fast-check';
import { checkMinutes, countBySeverity, findingExcerpt, RULES } from '../../../src/core/check';
import { HouseStyle, paragraph } from '../../../src/core/model';
import { propertyRuns } from '../../support/property';
import { action, at, attendee, completeMeeting, item, lines, minutes } from './build';

/**
 * Minutes with one problem of each severity: an action with no owner (error, and a note for no due date), no
 * venue (a warning without a house style).
 */
function minutesWithProblems() {
  return minutes({
    meeting: completeMeeting({ venue: '' }),
    attendees: [attendee('John Campion', 'JC')],
    items: [item('1', 'A', 0), item('2', 'B', 2)],
    actions: [action({ text: 'share it', item: '1', location: at(1, 'ACTION: share it') })],
  });
}
const paragraphs = lines('1 A', 'ACTION: share it', '2 B', 'Text.');

describe('checkMinutes', () => {
  it('lists problems by severity, document-wide ones first within a severity, then in document order', () => {
    const problems = checkMinutes(minutesWithProblems(), paragraphs);
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([
      ['error', 'action-without-owner'],
      ['warning', 'header-field-missing'],
      ['info', 'action-without-due'],
    ]);
  });

  it('under a house style: its required fields are errors, its rule settings win, and `off` switches a rule off', () => {
    const houseStyle = HouseStyle.parse({
      requiredHeaderFields: ['venue'],
      dueDateRequired: true,
      rules: { 'action-without-owner': 'warning', 'item-empty': 'off' },
    });
    const problems = checkMinutes(minutesWithProblems(), paragraphs, { houseStyle });
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([
      ['error', 'header-field-missing'],
      ['warning', 'action-without-owner'],
      ['warning', 'action-without-due'],
    ]);
  });

  it('each finding says which of its rule’s messages it is, and quotes a short line in full', () => {
    const m = minutes({ items: [item('3', 'Finance', 0), item('4', 'AOB', 1)] });
    const [empty] = checkMinutes(m, lines('3', '4 AOB: none'), { disabledRules: ['chair-not-attending'] });
    expect(empty).toMatchObject({ rule: 'item-empty', messageId: 'empty', quote: '3 Finance' });
    const [noOwner] = checkMinutes(
      minutes({ actions: [action({ text: 'x', location: at(0, 'Book') })] }),
      lines('Book the hall for the summer fair'),
      { disabledRules: ['action-without-due', 'chair-not-attending'] },
    );
    expect(noOwner?.quote).toBe('Book the hall for the summer fair');
  });

  it('leaves out rules switched off for the document', () => {
    const problems = checkMinutes(minutesWithProblems(), paragraphs, {
      disabledRules: ['action-without-due', 'header-field-missing'],
    });
    expect(problems.map((p) => p.rule)).toEqual(['action-without-owner']);
  });

  it('leaves out a dismissed finding, matched by rule and excerpt, and keeps the rule’s other findings', () => {
    const m = minutesWithProblems();
    m.actions.push(action({ text: 'book a room', item: '2', location: at(3, 'Text.') }));
    const problems = checkMinutes(m, paragraphs, {
      dismissed: [
        { rule: 'action-without-owner', excerpt: 'ACTION: share it', by: 'CP', at: '2022-08-26T10:00:00Z' },
      ],
    });
    const withoutOwner = problems.filter((p) => p.rule === 'action-without-owner');
    expect(withoutOwner.map((p) => p.location?.excerpt)).toEqual(['Text.']);
  });

  it('dismisses a document-wide finding by its message, so dismissing one missing field keeps the others', () => {
    const m = minutes({ meeting: completeMeeting({ venue: '', chair: '' }) });
    const [chair, venue] = checkMinutes(m, [], { disabledRules: ['chair-not-attending'] });
    expect(chair?.message).toMatch(/no chair/);
    const after = checkMinutes(m, [], {
      disabledRules: ['chair-not-attending'],
      dismissed: [
        { rule: 'header-field-missing', excerpt: findingExcerpt(chair!), by: '', at: '2022-08-26' },
      ],
    });
    expect(after).toEqual([venue]);
  });

  it('applies the quorum only when one is given', () => {
    const m = minutes({
      attendees: [attendee('John Campion', 'JC')],
      meeting: completeMeeting({ chair: 'JC' }),
    });
    expect(checkMinutes(m, []).map((p) => p.rule)).toEqual([]);
    expect(checkMinutes(m, [], { quorum: 3 }).map((p) => p.rule)).toEqual(['quorum-not-met']);
  });

  it('counts problems by severity', () => {
    expect(countBySeverity(checkMinutes(minutesWithProblems(), paragraphs))).toEqual({
      error: 1,
      warning: 1,
      info: 1,
    });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('keeps problems from header or footer paragraphs after the body', () => {
    const m = minutes({ actions: [action({ text: 'x', location: { ...at(0), part: 'footer' } })] });
    const problems = checkMinutes(m, [...paragraphs, paragraph(0, 'ACTION: x', { part: 'footer' })], {
      disabledRules: ['action-without-due'],
    });
    expect(problems.map((p) => p.location?.part)).toEqual(['footer']);
  });

  it('never throws, and every problem names a listed rule and a paragraph that exists (any minutes, any text)', () => {
    const text = fc.string({ maxLength: 80 });
    const numberText = fc.oneof(
      fc.constantFrom('1', '2', '2.1', '3', '1a', '294/19', ''),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 12 }),
        fc.array(fc.record({ number: numberText, at: fc.nat(12) }), { maxLength: 6 }),
        fc.array(fc.record({ text, owner: fc.option(text), at: fc.nat(12), marked: fc.boolean() }), {
          maxLength: 6,
        }),
        fc.array(fc.record({ name: text, initials: fc.string({ maxLength: 4 }) }), { maxLength: 4 }),
        (texts, items, actions, people) => {
          const ps = lines(...texts);
          const m = minutes({
            attendees: people.map((p) => attendee(p.name, p.initials)),
            items: items.map((i) => item(i.number, 'T', i.at)),
            actions: actions.map((a) =>
              action({ text: a.text, owner: a.owner, marked: a.marked, location: at(a.at) }),
            ),
          });
          const ids = new Set(RULES.map((r) => r.id));
          for (const problem of checkMinutes(m, ps, { quorum: 2 })) {
            expect(ids.has(problem.rule)).toBe(true);
            expect(problem.message.length).toBeGreaterThan(10);
            if (problem.location) expect(problem.location.paragraph).toBeLessThanOrEqual(12);
          }
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});

describe('RULES', () => {
  it('lists each of the seventeen rules once, with its severity and a description', () => {
    expect(RULES.map((r) => `${r.id}:${r.severity}`).sort()).toEqual(
      [
        'action-duplicate:warning',
        'action-marker-nonstandard:warning',
        'action-owner-ambiguous:warning',
        'action-owner-outside:warning',
        'action-owner-unknown:warning',
        'action-ref-mismatch:warning',
        'action-without-due:warning',
        'action-without-owner:error',
        'attendee-initials-duplicate:error',
        'chair-not-attending:warning',
        'header-field-missing:error',
        'initials-undefined:warning',
        'item-empty:warning',
        'item-numbering:error',
        'next-meeting-missing:warning',
        'quorum-not-met:warning',
        'unmarked-action:info',
      ].sort(),
    );
    for (const rule of RULES) expect(rule.description).toMatch(/^[A-Z].+\.$/);
  });
});
