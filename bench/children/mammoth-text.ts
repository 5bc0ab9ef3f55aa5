/* The comparison for `minutebook check`: mammoth's plain-text extraction of the same .docx. */
import mammoth from 'mammoth';

const path = process.argv[2];
if (!path) {
  process.stderr.write('Usage: node mammoth-text.js <file.docx>\n');
  process.exit(2);
}
mammoth.extractRawText({ path }).then(
  (result) => {
    if (result.value.length === 0) {
      process.stderr.write('mammoth read no text\n');
      process.exitCode = 1;
    }
  },
  (error: unknown) => {
    process.stderr.write(`mammoth failed: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
