import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_GROUPS } from '../word/scenarios/groups';

/** docs/word-kit.md lists every question for real Word, by its group and name, so a person knows what to look for. */
test('docs/word-kit.md names every scenario tagged as a question, and no other', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'word-kit.md'), 'utf8');
  const listed = [...doc.matchAll(/^\|[^|]+\|[^|]+\| (\w+) \/ ([^|]+?) \|$/gm)].map(
    (m) => `${m[1]} / ${m[2]}`,
  );
  const questions = Object.entries(SCENARIO_GROUPS).flatMap(([operation, list]) =>
    list.filter((s) => s.question).map((s) => `${operation} / ${s.name}`),
  );
  expect(questions.length).toBeGreaterThan(5);
  expect(listed.sort()).toEqual(questions.sort());
});
