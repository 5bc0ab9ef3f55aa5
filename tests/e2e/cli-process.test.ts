import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckReport } from '../../src/core/model';
import { OWN_MODEL } from '../fixtures/model/expectations';
import { describeBuiltCheck } from '../support/model/cli-suites';

/** The built command, run as a person runs it (`npm run build` first; `npm test` makes sure of that). */
const BIN = join(__dirname, '..', '..', 'bin', 'minutebook.js');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built minutebook command', () => {
  it('writes a .docx with new and reads it back with check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutebook-bin-'));
    const made = run(
      ['new', '--preset', 'police-assurance', '--date', '2026-02-03', '-o', 'minutes.docx'],
      dir,
    );
    expect(made.status).toBe(0);
    const checked = run(['check', 'minutes.docx', '--json'], dir);
    const report = CheckReport.parse(JSON.parse(checked.stdout));
    expect(report.meeting).toMatchObject({ title: 'Monthly Assurance Meeting', date: '2026-02-03' });
    expect(report.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(report.items[1]!.subItems.map((i) => i.number)).toEqual(['2.1', '2.2']);
  });

  it('never overwrites an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutebook-bin-'));
    writeFileSync(join(dir, 'minutes.docx'), 'precious');
    const result = run(['new', '--preset', 'team', '-o', 'minutes.docx'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/already exists/);
    expect(execFileSync('cat', [join(dir, 'minutes.docx')], { encoding: 'utf8' })).toBe('precious');
  });

  it('prints help for each command with examples', () => {
    for (const command of ['check', 'actions', 'new']) {
      const result = run([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Examples/);
    }
  });
});

describeBuiltCheck('the project’s own model meeting', OWN_MODEL);
