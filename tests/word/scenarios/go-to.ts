import { goTo } from '../../../src/word/go-to';
import { Location } from '../../../src/core/model/location';
import { toDocumentOperationError } from '../../../src/word/errors';
import { controlId, scenario } from '../scenario';

const action = { id: 31, tag: 'minutebook:action', title: 'Action 2-A1' };
const at = (l: Partial<Location>) => Location.parse({ paragraph: 0, ...l });

/** Going to a finding: by control id or first hit in 1 sync, a later hit in 2. */
export const goToScenarios = [
  scenario({
    name: "Go to by text with Word's Find dialog open fails with SearchDialogIsOpen, nothing selected",
    setUp: { body: ['Intro', 'AOB'] },
    host: { findDialogOpen: true },
    expectsError: true,
    operation: (context) => goTo(context, at({ paragraph: 1, excerpt: 'AOB' })),
    check: (o) => {
      expect(o.error).toMatchObject({ code: 'SearchDialogIsOpen' });
      expect(toDocumentOperationError('Go to', o.error).message).toMatch(
        /Close Word's Find dialog and try again/,
      );
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'Go to by content-control id selects the control in one sync',
    setUp: { body: ['Intro', { text: 'ACTION: DCC to report', controls: [action] }] },
    operation: (context, host) =>
      goTo(
        context,
        at({ paragraph: 1, contentControlId: controlId(host, 31), excerpt: 'ACTION: DCC to report' }),
      ),
    check: (o) => expect(o.host.model.selection?.first.text).toBe('ACTION: DCC to report'),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'Go to the first hit of a text with a tab and a caret selects it in one sync',
    setUp: { body: ['Intro', 'Cost ^ 2\tagreed', 'End'] },
    operation: (context) => goTo(context, at({ paragraph: 1, excerpt: 'Cost ^ 2\tagreed' })),
    check: (o) => {
      expect(o.error).toBeUndefined();
      expect(o.host.model.selection?.first.text).toBe('Cost ^ 2\tagreed');
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'Go to the third hit of a repeated text takes two syncs and lands on the third',
    setUp: { body: ['AOB', 'None', 'AOB', 'None', 'AOB', 'Last'] },
    operation: (context) => goTo(context, at({ paragraph: 4, excerpt: 'AOB', occurrence: 2 })),
    check: (o) => {
      const p = o.host.model.selection?.first;
      expect(p && o.host.model.body.paragraphs.indexOf(p)).toBe(4);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Go to a control that was deleted falls back to its text',
    setUp: { body: ['Intro', 'ACTION: DCC to report'] },
    operation: (context) =>
      goTo(context, at({ paragraph: 1, contentControlId: 99, excerpt: 'ACTION: DCC to report' })),
    check: (o) => expect(o.host.model.selection?.first.text).toBe('ACTION: DCC to report'),
    budget: { syncs: 2, callbacks: 0 },
  }),
];
