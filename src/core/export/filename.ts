import type { Meeting } from '../model';

/** Characters Windows, macOS or Linux reject in a name, control characters, and bidi controls (which can
 * make `evil\u202Excod.exe` look like `evilexe.docx`). */
// eslint-disable-next-line no-control-regex
const REJECTED = /[<>:"/\\|?*\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Longest title kept, in characters: the whole name stays well under the usual 255-byte limit. */
const MAX_TITLE = 80;
const FALLBACK_TITLE = 'Meeting';

/** A title as a safe piece of a file name: rejected characters gone, spaces tidied, not a reserved name. */
export function safeFileNamePart(text: string): string {
  let part = text.replace(REJECTED, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code point so an emoji or accented letter is never split in half.
  part = Array.from(part).slice(0, MAX_TITLE).join('');
  part = part.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (RESERVED.test(part)) part = `${part} minutes`;
  return part;
}

/** `<meeting title> <date> actions.<ext>`, e.g. "Assurance Meeting 2022-08-25 actions.csv". */
export function exportFileName(
  meeting: Pick<Meeting, 'title' | 'date'>,
  ext: 'csv' | 'xlsx' | 'json' | 'tsv',
  what: 'actions' | 'decisions' = 'actions',
): string {
  const title = safeFileNamePart(meeting.title) || FALLBACK_TITLE;
  const date = meeting.date ? ` ${meeting.date}` : '';
  return `${title}${date} ${what}.${ext}`;
}
