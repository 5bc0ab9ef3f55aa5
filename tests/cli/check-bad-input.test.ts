import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { main } from '../../src/cli/main';
import { recordingIo } from './recording-io';

const GOOD_MINUTES = [
  'Team Meeting',
  'Date: 12 March 2024',
  'Chair: Ann Lee',
  'Minute-taker: Bob Stone',
  'Venue: Room 4',
  'Present: Ann Lee (AL), Bob Stone (BS)',
  '1. Updates',
  'ACTION: AL to circulate the plan by 20 March 2024.',
  'Date of next meeting: 9 April 2024',
].join('\n');

function setUp(files: Record<string, Uint8Array | string>) {
  const rec = recordingIo();
  for (const [name, content] of Object.entries(files)) {
    const path = join(rec.cwd, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return rec;
}

async function check(files: Record<string, Uint8Array | string>, args: string[]) {
  const rec = setUp(files);
  const status = await main(['check', ...args], rec.io);
  return { status, stdout: rec.stdout(), stderr: rec.stderr() };
}

/** One line on stderr names the file and the reason, the good file is still checked, exit 2. */
async function expectUnreadable(name: string, content: Uint8Array | string, reason: RegExp) {
  const result = await check({ [name]: content, 'good.txt': GOOD_MINUTES }, [name, 'good.txt']);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(reason);
  expect(result.stdout).toContain('good.txt');
  expect(result.status).toBe(2);
}

describe('minutebook check on bad input', () => {
  it('names a file that is not a zip', async () => {
    await expectUnreadable('plain.docx', 'this is not a zip at all', /zip|Word/i);
  });

  it('names a truncated zip', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(500)) });
    await expectUnreadable(
      'cut.docx',
      zip.slice(0, Math.floor(zip.length / 2)),
      /truncated|damaged|incomplete|zip/i,
    );
  });

  it('names an encrypted .docx by its compound-file signature', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectUnreadable('secret.docx', cfb, /password|encrypt/i);
  });

  it('refuses a zip bomb without inflating it', async () => {
    const huge = new Uint8Array(300 * 1024 * 1024); // zeros compress to almost nothing
    const bomb = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': huge },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expectUnreadable('bomb.docx', bomb, /too large|size|bomb|uncompressed/i);
  });

  it('names an empty file', async () => {
    await expectUnreadable('empty.txt', '', /empty/i);
  });

  it('names a text file that is not UTF-8', async () => {
    await expectUnreadable(
      'latin1.txt',
      Uint8Array.from([0x41, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x3a, 0x20, 0xe9, 0xff, 0xfe]),
      /UTF-8/,
    );
  });

  it('names a path that does not exist and still checks the others', async () => {
    const result = await check({ 'good.txt': GOOD_MINUTES }, ['missing.docx', 'good.txt']);
    expect(result.stderr).toBe('minutebook: missing.docx: no such file or folder\n');
    expect(result.stdout).toContain('good.txt');
    expect(result.status).toBe(2);
  });

  it('walks a folder of 1,000 files, reporting each unreadable one on its own line', async () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 1000; n++)
      files[`year/m${String(n).padStart(4, '0')}.txt`] = n % 100 === 0 ? '' : GOOD_MINUTES;
    files['year/notes.pdf'] = 'ignored: not a minutes extension';
    const result = await check(files, ['year', '--json']);
    const reports = JSON.parse(result.stdout) as { file: string }[];
    expect(reports).toHaveLength(990);
    expect(result.stderr.trim().split('\n')).toHaveLength(10);
    expect(result.stderr).toMatch(/m0000\.txt: the file is empty/);
    expect(result.status).toBe(2);
  });

  it('reports an unknown rule as a usage error', async () => {
    const result = await check({ 'good.txt': GOOD_MINUTES }, ['good.txt', '--disable', 'no-such-rule']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown rule 'no-such-rule'/);
  });

  it('asks for a path when given none', async () => {
    const result = await check({}, []);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/at least one file or folder/);
  });
});
