import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckReport } from '../../src/core/model';
import { main } from '../../src/cli/main';
import { readSeedText } from '../support/seed';
import { recordingIo } from './recording-io';

function withSeed() {
  const rec = recordingIo();
  writeFileSync(join(rec.cwd, 'assurance.txt'), readSeedText());
  return rec;
}

describe('minutebook check output', () => {
  it('gives one JSON object for one file, valid against the versioned CheckReport schema', async () => {
    const rec = withSeed();
    await main(['check', 'assurance.txt', '--json'], rec.io);
    const report = CheckReport.parse(JSON.parse(rec.stdout()));
    expect(report.file).toBe('assurance.txt');
    const marked = report.actions.filter((a) => a.marked);
    expect(marked.map((a) => a.owner)).toEqual(['ACC Cooper', 'PCC', 'PCC', 'PCC', 'DCC']);
    expect(marked[0]!.owners).toEqual([expect.objectContaining({ name: 'Richard Cooper' })]);
    for (const action of report.actions) {
      expect(Object.keys(action).sort()).toEqual(
        ['dueDate', 'due', 'item', 'location', 'marked', 'owner', 'owners', 'ref', 'status', 'text'].sort(),
      );
    }
    for (const problem of report.problems)
      expect(Object.keys(problem).sort()).toEqual(['location', 'message', 'rule', 'severity']);
  });

  it('gives an array for several files', async () => {
    const rec = withSeed();
    writeFileSync(join(rec.cwd, 'copy.txt'), readSeedText());
    await main(['check', 'assurance.txt', 'copy.txt', '--json'], rec.io);
    const reports = CheckReport.array().parse(JSON.parse(rec.stdout()));
    expect(reports.map((r) => r.file)).toEqual(['assurance.txt', 'copy.txt']);
  });

  it('prints problems with paragraph numbers and excerpts, then actions, without colour off a terminal', async () => {
    const rec = withSeed();
    await main(['check', 'assurance.txt'], rec.io);
    const out = rec.stdout();
    expect(out).toMatch(/action-marker-nonstandard\s+¶\d+/);
    expect(out).toMatch(/action-marker-nonstandard.*"[^"]*ACTION- D/);
    expect(out).toMatch(/Actions \(5\)/);
    expect(out).toContain('ACC Cooper → Richard Cooper');
    expect(out).not.toContain('\u001b[');
  });

  it('switches a rule off with --disable', async () => {
    const rec = withSeed();
    await main(['check', 'assurance.txt', '--json', '--disable', 'action-marker-nonstandard'], rec.io);
    const report = CheckReport.parse(JSON.parse(rec.stdout()));
    expect(report.problems.some((p) => p.rule === 'action-marker-nonstandard')).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('exits 1 when an error-severity problem is found and 0 when none is', async () => {
    const rec = recordingIo();
    writeFileSync(
      join(rec.cwd, 'no-chair.txt'),
      'Team meeting\nDate: 1 May 2024\nVenue: Room 1\n1. Updates\n',
    );
    expect(await main(['check', 'no-chair.txt'], rec.io)).toBe(1);
    writeFileSync(
      join(rec.cwd, 'complete.txt'),
      [
        'Team meeting',
        'Date: 1 May 2024',
        'Chair: Ann Lee',
        'Minute-taker: Bob Stone',
        'Venue: Room 1',
        'Present: Ann Lee (AL), Bob Stone (BS)',
        '1. Updates',
        'Ann Lee gave the update.',
        'Date of next meeting: 5 June 2024',
      ].join('\n'),
    );
    expect(await main(['check', 'complete.txt'], rec.io)).toBe(0);
  });
});
