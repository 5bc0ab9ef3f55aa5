/**
 * How many cases each property test runs: few in `npm test`, at least 10,000 in `npm run test:deep`
 * (which sets MINUTEBOOK_PROPERTY_RUNS).
 */
export function propertyRuns(defaultRuns = 200): number {
  const fromEnv = Number(process.env.MINUTEBOOK_PROPERTY_RUNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}
