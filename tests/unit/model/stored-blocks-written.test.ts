import { StoredMeeting } from '../../../src/core/model/stored';
import { newStoredMeeting } from '../../../src/taskpane/hooks/useMeetingStore';

describe('StoredMeeting.blocksWritten', () => {
  it('is optional: a part written before in-place updates still validates', () => {
    const old = JSON.parse(JSON.stringify(newStoredMeeting())) as Record<string, unknown>;
    delete old.blocksWritten;
    const parsed = StoredMeeting.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data.blocksWritten).toBeUndefined();
  });

  it('keeps per block tag the fingerprints of tables, rows and cells', () => {
    const stored = { ...newStoredMeeting(), blocksWritten: { 'minutebook:attendance': [[['#a', '#b']]] } };
    expect(StoredMeeting.parse(stored).blocksWritten).toEqual({ 'minutebook:attendance': [[['#a', '#b']]] });
  });

  it('refuses a malformed copy rather than guessing at it', () => {
    const stored = { ...newStoredMeeting(), blocksWritten: { 'minutebook:items': [['#a']] } };
    expect(StoredMeeting.safeParse(stored).success).toBe(false);
  });
});
