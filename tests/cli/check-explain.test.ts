import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import * as read from '../../src/core/read';
import { recordingIo } from './recording-io';

const MINUTES = [
  'Team meeting',
  'Date: 1 May 2024',
  'Present: Paul Fell (PF), Ann Lee (AL)',
  '1. Updates',
  'ACTION: PF to circulate the accounts.',
].join('\n');

describe('minutebook check --explain', () => {
  it('says for each action and attendee why it was read so', async () => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, 'm.txt'), MINUTES);
    await main(['check', 'm.txt', '--explain'], rec.io);
    expect(rec.stdout()).toContain(
      'ACTION: – marker, ¶5; owner PF matched Paul Fell (PF) in an attendance list, ¶3',
    );
    expect(rec.stdout()).toContain('Paul Fell (present) – an attendance list, ¶3');
  });

  it('puts the trace in --json beside the minutes, with its own version', async () => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, 'm.txt'), MINUTES);
    await main(['check', 'm.txt', '--json'], rec.io);
    const report = JSON.parse(rec.stdout());
    expect(report.schemaVersion).toBe(1);
    expect(report.trace.traceVersion).toBe(1);
    expect(report.trace.actions[0]).toMatchObject({ recogniser: 'action-marker', paragraphs: [4] });
    expect(report.unread).toEqual([]);
  });

  it('prints one warning line naming the file and the step when reading stopped part-way', async () => {
    const spy = jest.spyOn(read, 'readMinutesTraced').mockImplementation(() => ({
      minutes: {
        meeting: read.readMinutes([]).meeting,
        attendees: [],
        items: [],
        actions: [],
        decisions: [],
      },
      trace: { traceVersion: 1, actions: [], attendees: [], decisions: [], items: [], header: {} },
      unread: [{ step: 'structure', message: 'text went away' }],
    }));
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, 'm.txt'), MINUTES);
    await main(['check', 'm.txt'], rec.io);
    spy.mockRestore();
    expect(rec.stderr()).toBe(
      'minutebook: m.txt: warning: reading stopped at structure (text went away); the report shows what was read before it\n',
    );
  });
});
