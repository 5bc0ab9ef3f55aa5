import { stripBullet } from '../read/clean';
import {
  ATTENDANCE_WORDS,
  NAME_PARTICLES,
  NEVER_A_PERSON,
  NO_ONE,
  ORGANISATION_WORDS,
  ROLE_CONNECTORS,
  ROLE_WORDS,
  wholePhrase,
} from '../read/lexicon/people';
import { anyOf } from '../read/lexicon/build';
import { deriveInitials, isTitleWord, splitHonorific } from './initials';

/**
 * The one attendance entry grammar: the reader's attendance lists and tables and the pane's paste both read a
 * person with it, so a line reads the same wherever it is met. Entries are "Name (INITIALS)",
 * "Name (INITIALS) – Role", "Name, Role (INITIALS)", "Role Name (INITIALS)", "Name – Role", or table cells
 * Name | Capacity | Initials. Initials are kept as written; where none are written they are derived from the
 * name (honorific left out) and flagged as derived.
 */

/** One person as an entry gives them. */
export interface PersonEntry {
  /** The name as written, honorific included ("Dr Jane Smith"), so what is published keeps it. */
  name: string;
  /** The honorific or rank before the name ("Dr", "PC"); empty when none. Never part of the initials. */
  honorific: string;
  /** The role as written ("Chair", "Chief Constable (CC)"); empty when none. */
  capacity: string;
  initials: string;
  /** True when no initials were written and they were derived from the name. */
  initialsDerived: boolean;
}

/** A person, or in plain words why the entry is not one and how to write it so it is. */
export type EntryRead = { person: PersonEntry } | { reason: string; nobody?: true };

export const ROLE_WORD = wholePhrase(ROLE_WORDS);
// Connectors are only ever lower case in a role; "The" with a capital may start a name-like phrase.
export const CONNECTOR = wholePhrase(ROLE_CONNECTORS, 'u');
const NAME_WORD = new RegExp(
  `^(?:[\\p{Lu}\\u00c0-\\u024f][\\p{L}'’.\\-\\u2010\\u2011]*|\\p{Lu}\\.?|O'\\p{Lu}\\p{L}*|${anyOf(NAME_PARTICLES)})$`,
  'u',
);
const NEVER = wholePhrase(NEVER_A_PERSON);
const ORGANISATION = wholePhrase(ORGANISATION_WORDS);
const NOT_A_NAME_PART = wholePhrase(ATTENDANCE_WORDS);
// "None", "Nil", "No apologies were received": a word of the list, then nothing or more words, never "Nilesh".
const NOBODY = new RegExp(`^${anyOf(NO_ONE)}(?![\\p{L}/])`, 'iu');
/** Initials as written in brackets ("JS", "PCC", "McD"): two to six letters, never a word such as "Chair". */
export const BRACKETED_INITIALS = /\(([A-Z][A-Za-z]{0,5})\)\s*$/;
const INITIALS_CELL = /^\p{Lu}[\p{Lu}\p{Ll}]{0,5}$/u;
const EXAMPLE = '“Jane Smith, Chair (JS)”';

/** "JS", "NN", "PCC", "McD": initials as written in brackets, not a word such as "Chair". */
export function isInitials(text: string): boolean {
  return (
    /^[A-Z][A-Za-z]{0,5}$/.test(text) &&
    (text.length <= 2 || text.slice(1) === text.slice(1).toUpperCase() || /^[A-Z][a-z][A-Z]+$/.test(text))
  );
}

/** Words that could all be one person's name: capitals, initials, particles; at most six besides connectors. */
export function looksLikeName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  const named = words.filter((w) => !CONNECTOR.test(w));
  return named.length > 0 && named.length <= 6 && words.every((w) => NAME_WORD.test(w) || CONNECTOR.test(w));
}

const isRoleWord = (w: string): boolean => ROLE_WORD.test(w) || CONNECTOR.test(w);

function initialsOf(words: readonly string[]): string {
  return deriveInitials(words.filter((w) => !CONNECTOR.test(w)).join(' '));
}

const no = (reason: string): EntryRead => ({ reason });

/** Read one entry: a line of text, or a table row's cells (Name, Capacity, Initials). */
export function readEntry(entry: string | readonly string[]): EntryRead {
  return typeof entry === 'string' ? readLine(entry) : readCells(entry);
}

/** A table row's cells: the name cell read as a line, the capacity as written, initials from their own cell. */
function readCells(cells: readonly string[]): EntryRead {
  const filled = cells.map((c) => c.trim());
  while (filled.length > 0 && filled.at(-1) === '') filled.pop();
  if (filled.length <= 1) return readLine(filled[0] ?? '');
  if (filled.length > 3) {
    return no(
      `This row has ${filled.length} columns: a person's row has the name, then the capacity, then the initials if any`,
    );
  }
  const [nameCell = '', capacityCell = '', initialsCell = ''] = filled;
  if (nameCell === '')
    return no('The name column is empty: put the name first, then the capacity after a tab');
  const first = readLine(nameCell);
  if ('reason' in first) return first;
  const written = initialsCell.replace(/[()]/g, '').trim();
  if (written !== '' && !INITIALS_CELL.test(written))
    return no(
      `“${written}” in the third column does not look like initials: write capital letters, e.g. “JS”`,
    );
  const { person } = first;
  const capacity = [person.capacity, capacityCell].filter((c) => c !== '').join(', ');
  // Initials from their own column, else in brackets after the capacity, else as the name cell gives them.
  const initials = written || (BRACKETED_INITIALS.exec(capacityCell)?.[1] ?? '');
  return {
    person: initials ? { ...person, capacity, initials, initialsDerived: false } : { ...person, capacity },
  };
}

/**
 * What is not part of an entry however it is written: HTML tags left in a text file ("<p>Ann Lee</p>"), a
 * check box ("[x] Ann Lee"), the slash of a flattened table cell before the initials ("Ann Lee / (AL) Chair"),
 * and square brackets used for initials ("Ann Lee [AL]").
 */
export function normaliseEntry(raw: string): string {
  return stripBullet(raw.replace(HTML_TAG, ' '))
    .replace(CHECK_BOX, '')
    .replace(/\s+\/\s*(?=\()/g, ' ')
    .replace(/\[([A-Z][A-Za-z]{0,5})\]/g, (whole, inside: string) =>
      isInitials(inside) ? `(${inside})` : whole,
    )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]+$/, '')
    .trim();
}

/** An HTML tag ("<p>", "</h4>", "<br />"): text files saved from web pages keep them. */
export const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const CHECK_BOX = /^\[[ xX✓✔]?\]\s*/u;
/** "@ana_lee": a roll call by handle; the handle is the name as written. */
const HANDLE = /^@([\p{L}\d][\p{L}\d._-]{1,38})$/u;

/** One line: the written forms above, tried from the most to the least telling. */
function readLine(raw: string): EntryRead {
  let text = normaliseEntry(raw);
  if (!text) return no('There is nothing to read here');
  const handle = HANDLE.exec(text);
  if (handle) return person(handle[1]!, '', '');
  if (text.length > 160) return no('This is too long for one person: put each person on a line of their own');
  const label = /^([^\s:]+):/.exec(text);
  if (label) return no(`This starts with the label “${label[1]!}:”: start the line with the person's name`);
  if (NOBODY.test(text)) return { reason: `“${text}” names no one`, nobody: true };
  const withoutBracket = text.replace(/\s*\([^()]*\)$/, '');
  if (NEVER.test(withoutBracket))
    return no(`“${withoutBracket}” is a group, not one person: list each person by name`);
  let initials = '';
  let capacity = '';
  // "Name (INITIALS) – Role" / "Name (INITIALS), Role"
  const afterBracket = /^(.+?)\s*\(([A-Z][A-Za-z]{0,5})\)\s*(?:[-–—,:]\s*|\s)(.+)$/.exec(text);
  if (afterBracket && isInitials(afterBracket[2]!) && nameLike(afterBracket[1]!.split(/\s+/))) {
    return person(afterBracket[1]!, afterBracket[3]!, afterBracket[2]!);
  }
  for (let guard = 0; guard < 3; guard += 1) {
    const bracket = /\s*\(([^()]{1,60})\)$/.exec(text);
    if (!bracket) break;
    const inside = bracket[1]!.trim();
    if (!initials && isInitials(inside)) initials = inside;
    else capacity = capacity ? `${inside}, ${capacity}` : inside;
    text = text.slice(0, bracket.index).trim();
  }
  // "Name, Role" / "Name – Role"
  const split = /^(.+?)\s*(?:,|\s[-–—]\s|[-–—]\s)\s*(.+)$/.exec(text);
  if (split && nameLike(split[1]!.split(/\s+/))) {
    const cap = capacity ? `${split[2]!} (${capacity})` : split[2]!;
    return person(split[1]!, cap, initials);
  }
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const roleFirst = !looksLikeName(words) ? longRoleThenName(words, initials) : null;
  if (roleFirst)
    return person(roleFirst.name, capacity ? `${roleFirst.role}, ${capacity}` : roleFirst.role, initials);
  if (!looksLikeName(words) && hasLowerCaseSurname(words)) return person(words.join(' '), capacity, initials);
  const coded = trailingCode(words);
  if (coded) return person(coded.name, capacity ? `${coded.code}, ${capacity}` : coded.code, initials);
  if (!looksLikeName(words)) {
    return split
      ? no(`“${split[1]!}” before the comma or dash does not look like a name: write it as ${EXAMPLE}`)
      : no(`No name found in “${text}”: write it as ${EXAMPLE}`);
  }
  const bracketed = initials ? ` (${initials})` : '';
  if (words.every(isRoleWord))
    return no(`“${text}” is a role with no name: write it as “Name, ${text}${bracketed}”`);
  // "Fenshire Council", "Acme Telecom": a body, not a person (as a capacity after a name it is kept).
  if (words.length >= 2 && ORGANISATION.test(words.at(-1)!) && !isTitleWord(words[0]!))
    return no(`“${text}” is an organisation: write the person's name first, as in “Jane Smith, ${text}”`);
  // "Role Name (INITIALS)": the initials say which words are the name, or which are the role.
  // "Dean B": a first name that is also a role word, then an initial, is a name.
  const nameAndInitial = words.length === 2 && /^\p{Lu}\.?$/u.test(words[1]!);
  if (words.length >= 3 || (words.length === 2 && ROLE_WORD.test(words[0]!) && !nameAndInitial)) {
    const roleCount = countRoleWords(words, initials);
    if (roleCount > 0 && roleCount < words.length) {
      const role = words.slice(0, roleCount).join(' ');
      const name = words.slice(roleCount).join(' ');
      const cap = capacity ? `${role}, ${capacity}` : role;
      // Initials that spell the role ("Chief Constable (CC)") stay with it: owners are written that way.
      const cappedCap =
        initials && initials === initialsOf(words.slice(0, roleCount)) ? `${cap} (${initials})` : cap;
      return person(name, cappedCap, initials);
    }
  }
  if (words.length > 4)
    return no(`“${text}” has too many words for one name: put the capacity after a comma, as in ${EXAMPLE}`);
  return person(words.join(' '), capacity, initials);
}

/**
 * "Force Solicitor and Head of Legal Services Simon Dennis (SD)", "Vice president Carol Gibson": a role too long
 * or too loosely written to pass as a name, then the name. The initials say where the name starts; without
 * them, role words (in any case) before two or three name words do.
 */
function longRoleThenName(words: readonly string[], initials: string): { role: string; name: string } | null {
  for (let k = Math.min(4, words.length - 1); k >= 2; k -= 1) {
    const name = words.slice(-k);
    const role = words.slice(0, -k);
    if (!looksLikeName(name) || name.some(isRoleWord)) continue;
    const byInitials = initials !== '' && initialsOf(name) === initials;
    const byRoleWords = initials === '' && role.every((w) => isRoleWord(w.toLowerCase()));
    const roleWritten = role.every(
      (w) => NAME_WORD.test(w) || CONNECTOR.test(w) || isRoleWord(w.toLowerCase()),
    );
    if ((byInitials || byRoleWords) && roleWritten && role.length <= 12)
      return { role: role.join(' '), name: name.join(' ') };
  }
  return null;
}

// "MSc", "CS", "2": a programme, group or year code after a name, written with two capitals or as a number.
const CODE_WORD = /^(?:\d{1,2}|\p{Lu}\p{L}*\p{Lu}\p{L}*)$/u;

/** "Dee Okoro MSc CS", "Al Byrne CS 2": a name, then codes that say which course or year; the codes are the capacity. */
function trailingCode(words: readonly string[]): { name: string; code: string } | null {
  let n = words.length;
  while (n > 0 && CODE_WORD.test(words[n - 1]!)) n -= 1;
  if (n === words.length || n < 2 || !looksLikeName(words.slice(0, n))) return null;
  // One code is a number ("2"); two or more hold a number or an abbreviation ("MSc CS"), never "McDonald" alone.
  const codes = words.slice(n);
  const telling = codes.some((w) => /^\d+$/.test(w) || /^\p{Lu}{2,}$/u.test(w));
  if (!telling || (codes.length === 1 && !/^\d+$/.test(codes[0]!))) return null;
  return { name: words.slice(0, n).join(' '), code: words.slice(n).join(' ') };
}

/**
 * "Ayesha Rahman khan": a last part written in lower case, after at least two capitalised name words, is kept
 * as part of the name. A word of the attendance vocabulary or a verb-like ending ("present", "attended") is not.
 */
function hasLowerCaseSurname(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return (
    words.length >= 3 &&
    words.length <= 4 &&
    /^\p{Ll}{3,}$/u.test(last) &&
    !/(?:ed|ing|ly)$/.test(last) &&
    !CONNECTOR.test(last) &&
    !NOT_A_NAME_PART.test(last) &&
    looksLikeName(words.slice(0, -1)) &&
    !words.slice(0, -1).some(isRoleWord)
  );
}

/** A name as written: name words, or name words with a lower-case last part. */
const nameLike = (words: readonly string[]): boolean => looksLikeName(words) || hasLowerCaseSurname(words);

function countRoleWords(words: readonly string[], initials: string): number {
  if (initials) {
    for (let n = 1; n < words.length; n += 1) {
      // "Revd Alma Pryce (AP)": a title before the name is not a role.
      if (words.slice(0, n).every(isTitleWord)) continue;
      if (initialsOf(words.slice(n)) === initials) return n;
      if (initialsOf(words.slice(0, n)) === initials) return n;
    }
  }
  let n = 0;
  while (n < words.length - 1 && isRoleWord(words[n]!)) n += 1;
  if (n > 0 || words.length < 4) return n;
  // "Democratic Services Officer Kelly Nunn": a role whose first words are not role words ends at its last
  // role word, when two or three name words follow it.
  for (let last = words.length - 3; last >= 1 && last >= words.length - 4; last -= 1) {
    if (ROLE_WORD.test(words[last]!) && !words.slice(last + 1).some((w) => ROLE_WORD.test(w)))
      return last + 1;
  }
  return 0;
}

function person(name: string, capacity: string, initials: string): EntryRead {
  const clean = name.trim().replace(/[,;:]+$/, '');
  // "Ann Lee (AL) (Secretary)": the capacity's own brackets are not part of it.
  const cap = capacity
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^\(([^()]*)\)$/, '$1');
  const written = initials.trim() || (BRACKETED_INITIALS.exec(capacity.trim())?.[1] ?? '');
  return {
    person: {
      name: clean,
      honorific: splitHonorific(clean).honorific,
      capacity: cap,
      initials: written || deriveInitials(clean),
      initialsDerived: written === '',
    },
  };
}
