import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../../src/cli/main';
import { readXlsxRows, ActionsExport, EXPORT_COLUMNS } from '../../../src/core/export';
import { CheckReport } from '../../../src/core/model';
import { recordingIo } from '../../cli/recording-io';
import type { ModelExpectations } from './expectations';

/** `minutebook check` and `minutebook actions` on a model meeting, in process (see expectations.ts). */
export function describeModelCli(name: string, expected: ModelExpectations): void {
  const file = expected.fileName;
  const first = expected.marked[0]!;
  const year = expected.header.date.slice(0, 4);
  const withModel = () => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, file), expected.text);
    return rec;
  };
  const withTwoMeetings = () => {
    const rec = withModel();
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
  };

  describe(`minutebook check on ${name}`, () => {
    it('gives one JSON object for one file, valid against the versioned CheckReport schema', async () => {
      const rec = withModel();
      await main(['check', file, '--json'], rec.io);
      const report = CheckReport.parse(JSON.parse(rec.stdout()));
      expect(report.file).toBe(file);
      const marked = report.actions.filter((a) => a.marked);
      expect(marked.map((a) => a.owner)).toEqual(expected.marked.map((a) => a.owner));
      expect(marked[0]!.owners).toEqual([expect.objectContaining({ name: first.names[0] })]);
      for (const action of report.actions) {
        expect(Object.keys(action).sort()).toEqual(
          ['dueDate', 'due', 'item', 'location', 'marked', 'owner', 'owners', 'ref', 'status', 'text'].sort(),
        );
      }
      // The schema only grows: messageId (which message of the rule) and quote (a longer excerpt) are added.
      for (const problem of report.problems) {
        expect(Object.keys(problem)).toEqual(
          expect.arrayContaining(['location', 'message', 'rule', 'severity', 'messageId']),
        );
        for (const key of Object.keys(problem))
          expect(['location', 'message', 'rule', 'severity', 'messageId', 'quote']).toContain(key);
      }
    });

    it('gives an array for several files', async () => {
      const rec = withModel();
      writeFileSync(join(rec.cwd, 'copy.txt'), expected.text);
      await main(['check', file, 'copy.txt', '--json'], rec.io);
      const reports = CheckReport.array().parse(JSON.parse(rec.stdout()));
      expect(reports.map((r) => r.file)).toEqual([file, 'copy.txt']);
    });

    it('prints problems with paragraph numbers and excerpts, then actions, without colour off a terminal', async () => {
      const rec = withModel();
      await main(['check', file], rec.io);
      const out = rec.stdout();
      expect(out).toMatch(/action-marker-nonstandard\s+¶\d+/);
      expect(out).toContain(`${expected.malformed.marker} ${expected.malformed.owner.slice(0, 1)}`);
      expect(out).toContain(`Actions (${expected.marked.length})`);
      expect(out).toContain(`${first.owner} → ${first.names[0]}`);
      expect(out).not.toContain('\u001b[');
    });

    it('switches a rule off with --disable', async () => {
      const rec = withModel();
      await main(['check', file, '--json', '--disable', 'action-marker-nonstandard'], rec.io);
      const report = CheckReport.parse(JSON.parse(rec.stdout()));
      expect(report.problems.some((p) => p.rule === 'action-marker-nonstandard')).toBe(false);
      expect(report.problems.length).toBeGreaterThan(0);
    });
  });

  describe(`minutebook actions on ${name}`, () => {
    it('writes one CSV across files, with a Meeting column telling them apart and refs per item', async () => {
      const rec = withTwoMeetings();
      expect(await main(['actions', file, 'team.md', '--format', 'csv'], rec.io)).toBe(0);
      const rows = parse(rec.stdout(), { columns: true, bom: true }) as Record<string, string>[];
      expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
      expect(rows).toHaveLength(expected.marked.length + 1);
      expect(new Set(rows.map((r) => r.Meeting)).size).toBe(2);
      expect(rows[0]).toMatchObject({
        Ref: `${first.item}-A1`,
        'Owner (as written)': first.owner,
        'Owner (name)': first.names[0],
      });
      expect(rows.at(-1)).toMatchObject({ 'Due (date)': '2025-03-10', 'Owner (name)': 'Bob Stone' });
      expect(rec.stderr()).toMatch(/Left out 1 suggested action/);
    });

    it('starts the CSV with a byte-order mark, as --help says, to standard output and to a file alike', async () => {
      const rec = withModel();
      await main(['actions', file, '--format', 'csv'], rec.io);
      expect(rec.stdout().startsWith('\uFEFFRef,')).toBe(true);
      await main(['actions', file, '--format', 'csv', '-o', 'out.csv'], rec.io);
      const bytes = rec.files.get('out.csv') as Uint8Array;
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(rec.stdout());
    });

    it('continues a tracker sequence across files with --refs year --start-at', async () => {
      const rec = withTwoMeetings();
      await main(
        ['actions', file, 'team.md', '--format', 'tsv', '--refs', 'year', '--start-at', '41'],
        rec.io,
      );
      const refs = rec
        .stdout()
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split('\t')[0]);
      const own = expected.marked.map((_, i) => `${41 + i}/${year}`);
      expect(refs).toEqual([...own, `${41 + own.length}/2025`]);
    });

    it('includes suggestions only when asked', async () => {
      const rec = withTwoMeetings();
      await main(['actions', file, '--format', 'json', '--include-suggestions'], rec.io);
      const document = ActionsExport.parse(JSON.parse(rec.stdout()));
      expect(document.actions.filter((a) => !a.marked).map((a) => a.owner)).toEqual([
        expected.suggestion.owner,
      ]);
    });

    it('writes a real workbook with -o and refuses xlsx to the terminal', async () => {
      const rec = withTwoMeetings();
      expect(await main(['actions', file, '--format', 'xlsx'], rec.io)).toBe(2);
      expect(rec.stderr()).toMatch(/needs a file/);
      expect(await main(['actions', file, '--format', 'xlsx', '-o', 'tracker.xlsx'], rec.io)).toBe(0);
      const sheets = await readXlsxRows(rec.files.get('tracker.xlsx') as Uint8Array);
      expect(sheets[0]!.rows[0]).toEqual([...EXPORT_COLUMNS]);
      expect(sheets[0]!.rows).toHaveLength(expected.marked.length + 1);
    });

    it('rejects an unknown format with the list of formats', async () => {
      const rec = withTwoMeetings();
      expect(await main(['actions', file, '--format', 'pdf'], rec.io)).toBe(2);
      expect(rec.stderr()).toMatch(/csv, xlsx, json or tsv/);
    });
  });
}

/** The built command (bin/minutebook.js, `npm test` builds first) run on a model meeting as a person runs it. */
export function describeBuiltCheck(name: string, expected: ModelExpectations): void {
  const bin = join(__dirname, '..', '..', '..', 'bin', 'minutebook.js');
  describe(`the built minutebook command on ${name}`, () => {
    it('checks the model minutes and exits 1 for the out-of-order item', () => {
      const dir = mkdtempSync(join(tmpdir(), 'minutebook-model-'));
      writeFileSync(join(dir, expected.fileName), expected.text);
      const result = spawnSync(process.execPath, [bin, 'check', expected.fileName, '--json'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      const report = CheckReport.parse(JSON.parse(result.stdout));
      expect(report.actions.filter((a) => a.marked)).toHaveLength(expected.marked.length);
      expect(report.problems.map((p) => p.rule)).toContain('item-numbering');
    });
  });
}
