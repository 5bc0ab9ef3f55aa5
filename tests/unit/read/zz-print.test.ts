import { scoreAllFixtures } from '../../support/accuracy';
it('prints', () => {
  const { scores, totals } = scoreAllFixtures();
  for (const s of scores) console.log(s.name, JSON.stringify(s.decisions), '\n  ' + s.misses.join('\n  '));
  console.log(JSON.stringify(totals, null, 1));
});
