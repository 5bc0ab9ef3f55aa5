import {
  headerFingerprints,
  hitStartingAt,
  lineText,
  planHeaderUpdate,
  wantedHeaderLines,
} from '../../../src/core/write/header-update';
import { newStoredMeeting } from '../../../src/taskpane/hooks/useMeetingStore';

const meeting = {
  ...newStoredMeeting().meeting,
  title: 'Larkspur Allotment Society committee',
  date: '2026-03-11',
  chair: 'Wendell Ashgrove',
  venue: 'Potting shed',
};
type M = typeof meeting;
const lines = (m: M) => wantedHeaderLines(m);
const asWritten = (m: M) => lines(m).map(([l, v]) => lineText(l, v));
const plan = (now: M, doc: string[], last: M | null, force = []) =>
  planHeaderUpdate({
    paragraphs: doc,
    wanted: lines(now),
    lastWritten: last ? headerFingerprints(lines(last)) : null,
    force,
  });

describe('planHeaderUpdate', () => {
  it('plans nothing when the document holds what the form would write', () => {
    const p = plan(meeting, asWritten(meeting), meeting);
    expect([p.rewrites, p.inserts, p.deletes, p.conflicts, p.kept]).toEqual([[], [], [], [], []]);
    expect(p.written).toEqual(headerFingerprints(lines(meeting)));
  });

  it('rewrites only the value of an untouched line (found by searching the paragraph for it)', () => {
    const p = plan({ ...meeting, chair: 'Imelda Crouch' }, asWritten(meeting), meeting);
    expect(p.rewrites).toEqual([
      {
        label: 'Chair',
        paragraph: 2,
        old: 'Wendell Ashgrove',
        text: 'Imelda Crouch',
        search: 'Wendell Ashgrove',
      },
    ]);
    expect(p.conflicts).toEqual([]);
    expect(p.written).toEqual(headerFingerprints(lines({ ...meeting, chair: 'Imelda Crouch' })));
  });

  it('a line the user edited is a conflict, the form beside the document, and is left alone', () => {
    const doc = asWritten(meeting).map((t) => (t.startsWith('Chair') ? 'Chair: W. Ashgrove (acting)' : t));
    const p = plan({ ...meeting, chair: 'Imelda Crouch' }, doc, meeting);
    expect(p.rewrites).toEqual([]);
    expect(p.conflicts).toEqual([
      { label: 'Chair', form: 'Imelda Crouch', document: 'W. Ashgrove (acting)' },
    ]);
  });

  it('a conflict the user resolved for the form is rewritten while the document still says what they saw', () => {
    const doc = asWritten(meeting).map((t) => (t.startsWith('Chair') ? 'Chair: W. Ashgrove' : t));
    const now = { ...meeting, chair: 'Imelda Crouch' };
    const chosen = planHeaderUpdate({
      paragraphs: doc,
      wanted: lines(now),
      lastWritten: headerFingerprints(lines(meeting)),
      force: [{ label: 'Chair', document: 'W. Ashgrove' }],
    });
    expect(chosen.rewrites.map((r) => r.text)).toEqual(['Imelda Crouch']);
    const stale = planHeaderUpdate({
      paragraphs: doc,
      wanted: lines(now),
      lastWritten: headerFingerprints(lines(meeting)),
      force: [{ label: 'Chair', document: 'someone else' }],
    });
    expect(stale.rewrites).toEqual([]);
  });

  it('without a kept copy every differing line is a conflict and nothing is deleted', () => {
    const p = plan({ ...meeting, chair: 'Imelda Crouch', venue: '' }, asWritten(meeting), null);
    expect(p.conflicts.map((c) => c.label)).toEqual(['Chair']);
    expect(p.deletes).toEqual([]);
    expect(p.kept).toEqual([
      {
        label: 'Venue',
        document: 'Potting shed',
        reason: 'it is not as Minutebook wrote it',
        written: false,
      },
    ]);
  });

  it('the title follows the same rule', () => {
    const p = plan({ ...meeting, title: 'Larkspur Allotment Society AGM' }, asWritten(meeting), meeting);
    expect(p.rewrites).toMatchObject([
      { label: 'Title', paragraph: 0, text: 'Larkspur Allotment Society AGM' },
    ]);
  });

  it('a field the form gained goes in its place in the order; one it lost goes only if untouched', () => {
    const now = { ...meeting, startTime: '19:00', venue: '' };
    const p = plan(now, asWritten(meeting), meeting);
    // Title 0, Date 1, Chair 2, Venue 3: the time goes after the date.
    expect(p.inserts).toEqual([{ label: 'Time', after: 1, value: '19:00' }]);
    expect(p.deletes).toEqual([{ label: 'Venue', paragraph: 3, old: 'Potting shed' }]);
    const edited = asWritten(meeting).map((t) =>
      t.startsWith('Venue') ? 'Venue: Potting shed, rear gate' : t,
    );
    const kept = plan(now, edited, meeting);
    expect(kept.deletes).toEqual([]);
    expect(kept.kept).toEqual([
      { label: 'Venue', document: 'Potting shed, rear gate', reason: 'someone wrote in it', written: true },
    ]);
  });

  it('a line the user added inside the block is never touched, and does not move new lines out of order', () => {
    const doc = [
      ...asWritten(meeting).slice(0, 2),
      'Observers: two members of the public',
      ...asWritten(meeting).slice(2),
    ];
    const p = plan({ ...meeting, chair: 'Imelda Crouch', minuteTaker: 'Tobias Quell' }, doc, meeting);
    expect(p.rewrites.map((r) => r.paragraph)).toEqual([3]);
    expect(p.inserts).toEqual([{ label: 'Minute-taker', after: 3, value: 'Tobias Quell' }]);
    expect(p.deletes).toEqual([]);
  });

  it('a line the add-in wrote that the user deleted is a conflict; choosing the form puts it back', () => {
    const doc = asWritten(meeting).filter((t) => !t.startsWith('Chair'));
    const p = plan(meeting, doc, meeting);
    expect(p.inserts).toEqual([]);
    expect(p.conflicts).toEqual([{ label: 'Chair', form: 'Wendell Ashgrove', document: null }]);
    const back = planHeaderUpdate({
      paragraphs: doc,
      wanted: lines(meeting),
      lastWritten: headerFingerprints(lines(meeting)),
      force: [{ label: 'Chair', document: null }],
    });
    expect(back.inserts).toEqual([{ label: 'Chair', after: 1, value: 'Wendell Ashgrove' }]);
  });

  it('a value the label also holds (a later hit of the search) is reported, not rewritten', () => {
    const odd = { ...meeting, venue: 'Ven' };
    const p = plan({ ...meeting, venue: 'Boathouse' }, asWritten(odd), odd);
    expect(p.rewrites).toEqual([]);
    expect(p.unsearchable).toMatchObject([{ label: 'Venue', form: 'Boathouse' }]);
  });

  it('a value too long for Word’s search is reported, not half rewritten', () => {
    const long = 'The long room, '.repeat(20);
    const p = plan({ ...meeting, venue: 'Boathouse' }, asWritten({ ...meeting, venue: long }), {
      ...meeting,
      venue: long,
    });
    expect(p.rewrites).toEqual([]);
    expect(p.unsearchable).toMatchObject([{ label: 'Venue', form: 'Boathouse' }]);
  });

  it('special characters are searched in Word’s notation', () => {
    const odd = { ...meeting, venue: 'Hall^2\u00a0(upstairs)' };
    const p = plan({ ...meeting, venue: 'Boathouse' }, asWritten(odd), odd);
    expect(p.rewrites).toMatchObject([{ label: 'Venue', search: 'Hall^^2^s(upstairs)' }]);
  });
});

describe('hitStartingAt', () => {
  it('counts the hits Word’s search finds before the value', () => {
    expect(hitStartingAt('Chair: Chai', 'Chai', 7)).toBe(1);
    expect(hitStartingAt('Time: 10:00', '10:00', 6)).toBe(0);
  });
  it('says so when a hit starting in the label swallows the value’s start', () => {
    expect(hitStartingAt('Date: e: e', 'e: e', 6)).toBe(-1);
  });
});
