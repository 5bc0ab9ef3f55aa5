import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { recordingIo } from './recording-io';

/** Output shapes on the model meeting are in tests/support/model/cli-suites.ts (tests/cli/model-document.test.ts). */
describe('minutebook check exit code', () => {
  it('exits 1 when an error-severity problem is found under the house style in force, and 0 when none is', async () => {
    const rec = recordingIo();
    writeFileSync(
      join(rec.cwd, 'no-chair.txt'),
      'Team meeting\nDate: 1 May 2024\nVenue: Room 1\n1. Updates\n',
    );
    // No chair is a warning without a house style, and an error under one that requires a chair.
    expect(await main(['check', 'no-chair.txt'], rec.io)).toBe(0);
    expect(await main(['check', 'no-chair.txt', '--house-style', 'board'], rec.io)).toBe(1);
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

describe('minutebook check --house-style and --max-warnings', () => {
  const noVenue = ['Team meeting', 'Date: 1 May 2024', 'Chair: Ann Lee', 'Minute-taker: Bob Stone'];
  const withFile = (name: string, lines: string[]) => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, name), lines.join('\n'));
    return rec;
  };

  it('without a house style a missing venue is a warning (exit 0); a house style that requires it makes it an error', async () => {
    const rec = withFile('m.txt', noVenue);
    expect(await main(['check', 'm.txt'], rec.io)).toBe(0);
    expect(await main(['check', 'm.txt', '--house-style', 'board'], rec.io)).toBe(1);
  });

  it('--max-warnings N fails the run with more than N warnings, as ESLint does', async () => {
    const rec = withFile('m.txt', noVenue);
    expect(await main(['check', 'm.txt', '--max-warnings', '0'], rec.io)).toBe(1);
    expect(rec.stderr()).toMatch(/more than the 0 allowed/);
    expect(await main(['check', 'm.txt', '--max-warnings', '50'], rec.io)).toBe(0);
    expect(await main(['check', 'm.txt', '--max-warnings', 'some'], rec.io)).toBe(2);
  });

  it('takes a house style from a JSON file, each field applied', async () => {
    const rec = withFile('m.txt', [
      ...noVenue,
      'Present: Ann Lee (AL), Bob Stone (BS)',
      '1. Rota',
      'ACTION: BS to publish the rota',
    ]);
    writeFileSync(
      join(rec.cwd, 'style.json'),
      JSON.stringify({
        name: 'Our style',
        requiredHeaderFields: ['date', 'venue'],
        actionMarker: 'ACTION:',
        dueDateRequired: true,
        nextMeetingRequired: false,
        rules: { 'header-field-missing': 'warning' },
      }),
    );
    await main(['check', 'm.txt', '--house-style', 'style.json', '--json'], rec.io);
    const report = JSON.parse(rec.stdout()) as {
      houseStyle: string;
      problems: { rule: string; severity: string }[];
    };
    expect(report.houseStyle).toBe('Our style');
    const found = report.problems.map((p) => `${p.rule}:${p.severity}`);
    expect(found).toContain('header-field-missing:warning');
    expect(found).toContain('action-without-due:warning');
    expect(found.some((f) => f.startsWith('next-meeting-missing'))).toBe(false);
  });

  it('says field by field what is wrong with a house style file, and exits 2', async () => {
    const rec = withFile('m.txt', noVenue);
    writeFileSync(
      join(rec.cwd, 'bad.json'),
      JSON.stringify({
        requiredHeaderFields: ['date', 'mood'],
        dueDateRequired: 'yes',
      }),
    );
    expect(await main(['check', 'm.txt', '--house-style', 'bad.json'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/requiredHeaderFields\.1:/);
    expect(rec.stderr()).toMatch(/dueDateRequired:/);
    writeFileSync(join(rec.cwd, 'rule.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    expect(await main(['check', 'm.txt', '--house-style', 'rule.json'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/rules\.no-such-rule: there is no rule 'no-such-rule'/);
    expect(await main(['check', 'm.txt', '--house-style', 'nonesuch'], rec.io)).toBe(2);
    expect(rec.stderr()).toMatch(/no such preset/);
  });
});

describe('minutebook check groups findings of one kind', () => {
  it('lists three items with nothing under them once, with each place beneath, and a single finding on its own line', async () => {
    const rec = recordingIo();
    writeFileSync(
      join(rec.cwd, 'empty-items.txt'),
      [
        'Team meeting',
        'Date: 1 May 2024',
        'Chair: Ann Lee',
        'Present: Ann Lee (AL), Bob Stone (BS)',
        '1. Updates',
        '2. Budget',
        '3. Rota',
        '4. Any other business',
        'ACTION: Zed to book the room.',
      ].join('\n'),
    );
    await main(['check', 'empty-items.txt'], rec.io);
    const lines = rec.stdout().split('\n');
    const heading = lines.findIndex((l) => /\(3 places\)/.test(l));
    expect(heading).toBeGreaterThan(-1);
    expect(lines.slice(heading + 1, heading + 4).every((l) => /^\s+¶\d+/.test(l))).toBe(true);
    expect(lines.filter((l) => /action-owner/.test(l) && /¶9/.test(l))).toHaveLength(1);
  });
});

describe('minutebook check --json on a running log', () => {
  it('gives meetings: [...] with each meeting its own reading, and meeting as the first one', async () => {
    const rec = recordingIo();
    writeFileSync(
      join(rec.cwd, 'log.md'),
      [
        '# Allotment working party log',
        '## Work day 6 April 2024',
        'Present: Ivy Hart (IH), Sol Reyes (SR)',
        'ACTION: IH to order the compost.',
        '## Work day 13 April 2024',
        'Present: Ivy Hart (IH)',
        'ACTION: IH to fix the gate.',
      ].join('\n'),
    );
    await main(['check', 'log.md', '--json'], rec.io);
    const report = JSON.parse(rec.stdout());
    expect(report.meetings.map((m: { meeting: { date: string } }) => m.meeting.date)).toEqual([
      '2024-04-06',
      '2024-04-13',
    ]);
    expect(report.meetings[1].actions.map((a: { text: string }) => a.text)).toEqual(['fix the gate']);
    expect(report.meeting.date).toBe('2024-04-06');
    expect(report.actions).toHaveLength(2);
  });

  it('gives no meetings for a file of one meeting', async () => {
    const rec = recordingIo();
    writeFileSync(join(rec.cwd, 'one.txt'), 'Team meeting\nDate: 1 May 2024\n1. Updates\n');
    await main(['check', 'one.txt', '--json'], rec.io);
    expect(JSON.parse(rec.stdout()).meetings).toBeUndefined();
  });
});
