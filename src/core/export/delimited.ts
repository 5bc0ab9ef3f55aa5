/**
 * Delimited text (CSV, and the TSV Excel puts on the clipboard), written and read the RFC 4180 way:
 * a field holding the delimiter, a quote, CR or LF is quoted, with quotes inside doubled.
 */

export function writeField(field: string, delimiter: string): string {
  const mustQuote = field.includes(delimiter) || /["\r\n]/.test(field);
  return mustQuote ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeRecords(records: readonly (readonly string[])[], delimiter: string): string {
  return records
    .map((record) => record.map((field) => writeField(field, delimiter)).join(delimiter) + '\r\n')
    .join('');
}

/**
 * Reads delimited text back into records. Lenient where files in the wild differ: a leading BOM is
 * skipped, records may end in CRLF, LF or CR, the last may have no line break, and text after a closing
 * quote is kept rather than rejected.
 */
export function readRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldStarted = false;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && !fieldStarted) {
      // A quoted field: runs to the quote that is not doubled.
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          field += text.slice(i);
          i = text.length;
          break;
        }
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fieldStarted = true;
    } else if (ch === delimiter) {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  // A last record without a line break; an empty tail after the final line break is no record.
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}
