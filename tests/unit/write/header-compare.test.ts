import { headerDifferences } from '../../../src/core/write/header-compare';
import { headerLines } from '../../../src/core/write/header-block';
import { newStoredMeeting } from '../../../src/taskpane/hooks/useMeetingStore';

const meeting = {
  ...newStoredMeeting().meeting,
  title: 'Harbour Rowing Club committee',
  date: '2026-05-06',
  chair: 'Ottoline Spry',
};
const asWritten = (m: typeof meeting) => [m.title, ...headerLines(m).map(([l, v]) => `${l}: ${v}`)];

describe('headerDifferences', () => {
  it('finds nothing when the document holds what the form would write', () => {
    expect(headerDifferences(meeting, asWritten(meeting))).toEqual([]);
  });

  it('names the line that changed, the form beside the document', () => {
    const doc = asWritten(meeting);
    expect(headerDifferences({ ...meeting, chair: 'Rufus Keel' }, doc)).toEqual([
      { label: 'Chair', form: 'Rufus Keel', document: 'Ottoline Spry' },
    ]);
  });

  it('a detail added in the form, one cleared, and a new title', () => {
    const doc = asWritten(meeting);
    const changed = { ...meeting, title: 'Harbour Rowing Club AGM', chair: '', venue: 'Boathouse' };
    expect(headerDifferences(changed, doc)).toEqual([
      { label: 'Title', form: 'Harbour Rowing Club AGM', document: 'Harbour Rowing Club committee' },
      { label: 'Venue', form: 'Boathouse', document: null },
      { label: 'Chair', form: null, document: 'Ottoline Spry' },
    ]);
  });

  it('a line the user typed inside the block is theirs, not a difference', () => {
    expect(
      headerDifferences(meeting, [...asWritten(meeting), 'Observers: two members of the public']),
    ).toEqual([]);
  });
});
