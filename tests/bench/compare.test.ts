import { interleave } from '../../bench/compare';

/** A clock that moves on only when a build runs: each call of a build adds its cost. */
function fakeMachine(theirCosts: number[], ourCosts: number[]) {
  let now = 0;
  const calls: string[] = [];
  const build = (name: string, costs: number[]) => () => {
    calls.push(name);
    now += costs.shift() ?? 0;
  };
  return { calls, theirs: build('theirs', theirCosts), ours: build('ours', ourCosts), clock: () => now };
}

describe('bench:compare, the two builds timed in turn', () => {
  test('runs the builds alternately, theirs first, warm-ups untimed', () => {
    const machine = fakeMachine([100, 100, 10, 20, 30], [100, 100, 15, 30, 45]);
    const result = interleave(machine.theirs, machine.ours, 3, 2, machine.clock);
    expect(machine.calls).toEqual([
      'theirs',
      'ours',
      'theirs',
      'ours',
      'theirs',
      'ours',
      'theirs',
      'ours',
      'theirs',
      'ours',
    ]);
    expect(result.theirs.runs).toEqual([10, 20, 30]);
    expect(result.ours.runs).toEqual([15, 30, 45]);
  });

  test('gives each build its median and ours over theirs', () => {
    const machine = fakeMachine([40, 10, 20], [50, 30, 60]);
    const result = interleave(machine.theirs, machine.ours, 3, 0, machine.clock);
    expect(result.theirs.median).toBe(20);
    expect(result.ours.median).toBe(50);
    expect(result.ratio).toBeCloseTo(2.5);
  });

  test('refuses to compare without a timed run', () => {
    const machine = fakeMachine([], []);
    expect(() => interleave(machine.theirs, machine.ours, 0, 1, machine.clock)).toThrow(
      /at least one timed run/,
    );
  });
});
