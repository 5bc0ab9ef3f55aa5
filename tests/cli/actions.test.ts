import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../src/cli/main';
import { readXlsxRows, ActionsExport, EXPORT_COLUMNS } from '../../src/core/export';
import { readSeedText } from '../support/seed';
import { recordingIo } from './recording-io';

function withTwoMeetings() {
  const rec = recordingIo();
  writeFileSync(join(rec.cwd, 'assurance.txt'), readSeedText());
  writeFileSync(
    join(rec.cwd, 'team.md'),
    [
      '# Team Meeting',
      'Date: 3 March 2025',
      'Chair: Ann Lee',
      'Present: Ann Lee (AL), Bob Stone (BS)',
      '1. Rota',
      'ACTION: BS to publish the rota by 10 March 2025',
    ].join('\n'),
  );
  return rec;
}

describe('minutebook actions', () => {
  it('writes one CSV across files, with a Meeting column telling them apart and refs per item', async () => {
    const rec = withTwoMeetings();
    expect(await main(['actions', 'assurance.txt', 'team.md', '--format', 'csv'], rec.io)).toBe(0);
    const rows = parse(rec.stdout(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.Meeting)).size).toBe(2);
    expect(rows[0]).toMatchObject({
      Ref: '2.1-A1',
      'Owner (as written)': 'ACC Cooper',
      'Owner (name)': 'Richard Cooper',
    });
    expect(rows[5]).toMatchObject({ 'Due (date)': '2025-03-10', 'Owner (name)': 'Bob Stone' });
    expect(rec.stderr()).toMatch(/Left out 1 suggested action/);
  });

  it('continues a tracker sequence across files with --refs year --start-at', async () => {
    const rec = withTwoMeetings();
    await main(
      ['actions', 'assurance.txt', 'team.md', '--format', 'tsv', '--refs', 'year', '--start-at', '41'],
      rec.io,
    );
    const refs = rec
      .stdout()
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split('\t')[0]);
    expect(refs).toEqual(['41/2022', '42/2022', '43/2022', '44/2022', '45/2022', '46/2025']);
  });

  it('includes suggestions only when asked', async () => {
    const rec = withTwoMeetings();
    await main(['actions', 'assurance.txt', '--format', 'json', '--include-suggestions'], rec.io);
    const document = ActionsExport.parse(JSON.parse(rec.stdout()));
    expect(document.actions.filter((a) => !a.marked).map((a) => a.owner)).toEqual(['CC']);
  });

  it('writes a real workbook with -o and refuses xlsx to the terminal', async () => {
    const rec = withTwoMeetings();
    expect(await main(['actions', 'assurance.txt', '--format', 'xlsx'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/needs a file/);
    expect(await main(['actions', 'assurance.txt', '--format', 'xlsx', '-o', 'tracker.xlsx'], rec.io)).toBe(
      0,
    );
    const sheets = await readXlsxRows(rec.files.get('tracker.xlsx') as Uint8Array);
    expect(sheets[0]!.rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(sheets[0]!.rows).toHaveLength(6);
  });

  it('rejects an unknown format with the list of formats', async () => {
    const rec = withTwoMeetings();
    expect(await main(['actions', 'assurance.txt', '--format', 'pdf'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/csv, xlsx, json or tsv/);
  });
});
