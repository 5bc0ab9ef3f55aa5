import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The boundary rules of docs/architecture.md, proven by linting a bad import as if it sat in each place. */
const ROOT = resolve(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lint(filePath: string, code: string): LintMessage[] {
  const result = spawnSync(
    process.execPath,
    [ESLINT, '--stdin', '--stdin-filename', filePath, '--format', 'json'],
    {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
    },
  );
  const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return report!.messages;
}

const importsWordPort =
  "import { createWordDocumentPort } from '../word/port';\nexport const make = createWordDocumentPort;\n";
const restricted = (messages: LintMessage[]) => messages.filter((m) => m.ruleId === 'no-restricted-imports');

describe('import boundaries', () => {
  it('refuses src/word in a pane file other than the entry file, saying why', () => {
    const found = restricted(
      lint('src/taskpane/views/Sneaky.tsx', importsWordPort.replace('../word', '../../word')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/only src\/taskpane\/index\.tsx imports src\/word/);
  });

  it('lets the pane’s entry file build the Word port', () => {
    expect(restricted(lint('src/taskpane/index.tsx', importsWordPort))).toEqual([]);
  });

  it('still refuses the CLI in the pane, and Word in the core', () => {
    expect(
      restricted(lint('src/taskpane/App.tsx', "import { main } from '../cli/main';\nexport { main };\n")),
    ).toHaveLength(1);
    expect(restricted(lint('src/core/review.ts', importsWordPort))).toHaveLength(1);
  });
});
