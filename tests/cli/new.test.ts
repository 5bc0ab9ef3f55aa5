import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readDocx } from '../../src/docx/read';
import { readMinutes } from '../../src/core/read';
import { recordingIo } from './recording-io';

describe('minutebook new', () => {
  it('writes a document from a preset that check reads back to the same meeting', async () => {
    const rec = recordingIo();
    const status = await main(
      ['new', '--preset', 'board', '--date', '2026-01-15', '-o', 'board.docx'],
      rec.io,
    );
    expect(status).toBe(0);
    const bytes = rec.files.get(join(rec.cwd, 'board.docx'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    const minutes = readMinutes(readDocx(bytes as Uint8Array));
    expect(minutes.meeting).toMatchObject({
      title: 'Board Meeting',
      date: '2026-01-15',
      meetingType: 'Board meeting',
    });
    expect(minutes.items.map((i) => i.title)).toContain('Declarations of interest');
  });

  it('writes a document from a meeting JSON file', async () => {
    const rec = recordingIo();
    const input = {
      meeting: {
        title: 'Trustees',
        date: '2025-03-04',
        startTime: '18:30',
        chair: 'Ada Obi',
        minuteTaker: 'Sam Reid',
        venue: 'Village Hall',
      },
      attendees: [{ name: 'Ada Obi', capacity: 'Chair of Trustees', initials: 'AO', status: 'present' }],
      items: [{ number: '1', title: 'Apologies' }],
    };
    writeFileSync(join(rec.cwd, 'meeting.json'), JSON.stringify(input));
    expect(await main(['new', 'meeting.json', '-o', 'out.docx'], rec.io)).toBe(0);
    const minutes = readMinutes(readDocx(rec.files.get(join(rec.cwd, 'out.docx')) as Uint8Array));
    expect(minutes.meeting).toMatchObject({
      title: 'Trustees',
      chair: 'Ada Obi',
      minuteTaker: 'Sam Reid',
      venue: 'Village Hall',
      startTime: '18:30',
    });
    expect(minutes.attendees).toEqual([expect.objectContaining({ name: 'Ada Obi', initials: 'AO' })]);
  });

  it('says what is wrong with a meeting file instead of writing a broken document', async () => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, 'bad.json'), JSON.stringify({ meeting: { title: 'x', date: '31/02/2025' } }));
    expect(await main(['new', 'bad.json', '-o', 'out.docx'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/meeting\.date/);
    expect(rec.files.size).toBe(0);
  });

  it('names the presets when the preset is unknown', async () => {
    const rec = recordingIo();
    expect(await main(['new', '--preset', 'synod', '-o', 'x.docx'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/police-assurance, board, team/);
  });

  it('lists the presets by name in --help', async () => {
    const rec = recordingIo();
    expect(await main(['new', '--help'], rec.io)).toBe(0);
    expect(rec.stdout()).toContain('Police and crime assurance meeting');
  });
});
