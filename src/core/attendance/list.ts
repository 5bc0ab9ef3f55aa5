import { anyOf } from '../read/lexicon/build';
import {
  ORGANISATION_WORDS,
  PLURAL_HONORIFICS,
  ROLE_ABBREVIATIONS,
  wholePhrase,
} from '../read/lexicon/people';
import { CONNECTOR, HTML_TAG, ROLE_WORD, isInitials, looksLikeName } from './entry';
import { deriveInitials, isTitleWord } from './initials';

/**
 * A list of people written on one line, into one entry per person, for the entry grammar (./entry) to read.
 * Semicolons separate entries where there are any, else commas; a part that is a role or an organisation
 * ("Head of Finance", "Fenshire Council") joins the person before it; brackets end a person in a run-on list
 * with no commas ("Ann Lee (Chair) Bo Hart (Treasurer)"); "and", "&" and "+" join two people.
 */

const ORGANISATION_WORD = wholePhrase(ORGANISATION_WORDS);
const ABBREVIATION = wholePhrase(ROLE_ABBREVIATIONS);
const INITIALS_AT_END = /\(([A-Z][A-Za-z]{0,5})\)$/;
// "Councillors Ann Lee, Bo Hart": a plural title before the first person of a list, kept by none of them.
const PLURAL_TITLE = new RegExp(`^${anyOf(PLURAL_HONORIFICS)}\\.?\\s+(?=\\p{Lu})`, 'iu');
// Between two people: "and", "&", "+", with "and" also after a comma (", and Cy Dunn").
const JOIN = /\s+(?:and|&|\+)\s+/;

/**
 * "John Irons, Analyst (JI)": the initials at the end of a part are the person's before it, so the part is that
 * person's capacity, whatever its words. "Chun Guan, Tennyson (MC)" stays two people.
 */
const initialsOfPersonBefore = (part: string, before: string): boolean => {
  const m = INITIALS_AT_END.exec(part);
  return m !== null && isInitials(m[1]!) && deriveInitials(before).toUpperCase() === m[1]!.toUpperCase();
};

/** "Nia Holt (NH), Chair": initials in brackets after the name, whatever follows them. */
const holdsInitials = (entry: string): boolean =>
  [...entry.matchAll(/\(([A-Z][A-Za-z]{0,5})\)/g)].some((m) => isInitials(m[1]!));

const endsWithInitials = (part: string): boolean => {
  const m = INITIALS_AT_END.exec(part);
  return m !== null && isInitials(m[1]!);
};

/** Splits `text` at `separator` where it stands outside brackets. */
function splitOutsideBrackets(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function hasOutsideBrackets(text: string, separator: string): boolean {
  return splitOutsideBrackets(text, separator).length > 1 || text.trim().endsWith(separator);
}

/** "Ann Lee (Chair) Bo Hart (Treasurer)": a bracket followed by a new person ends the person before it. */
function splitRunOn(part: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(/\)\s+(?=\p{Lu})/gu)) {
    const next = m.index + m[0].length;
    // The bracket ends a person only when what follows starts one: "Ann Lee (AL) Chair" stays whole.
    if (!startsPerson(part.slice(next))) continue;
    out.push(part.slice(start, m.index + 1).trim());
    start = next;
  }
  out.push(part.slice(start).trim());
  return out.filter(Boolean);
}

/** The words up to the next bracket begin a person: a title and a name, or two or more name words. */
function startsPerson(text: string): boolean {
  const words = (/^[^(]*/.exec(text)?.[0] ?? '').trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return false;
  if (isTitleWord(words[0]!)) return true;
  if (!looksLikeName(words) || isRoleWord(words[0]!)) return false;
  return !ORGANISATION_WORD.test(words.at(-1)!);
}

const isRoleWord = (w: string): boolean =>
  ROLE_WORD.test(w) || ROLE_WORD.test(w.split(/[-\u2010\u2011]/)[0]!) || CONNECTOR.test(w);

/**
 * "Police and Crime Commissioner", "Head of Finance", "Fenshire Council": a part that is a role or an
 * organisation, to join to the person before it. "Secretary Jo Bright" (a role, then a name) is a new person.
 */
function isRolePart(part: string): boolean {
  const words = part.replace(/\s*\([^()]*\)\s*$/, '').split(/\s+/);
  const first = words[0] ?? '';
  if (isTitleWord(first)) return startsWithTitledRole(words);
  if (/^\p{Ll}/u.test(part)) return true;
  // An abbreviation: a role ("CEO", "DCNDS"), where two capitals alone are a person known by initials ("CJ").
  if (words.length === 1 && /^[A-Z]{2,}$/.test(first)) return ABBREVIATION.test(first) || first.length >= 4;
  if (isRoleWord(first)) {
    let n = 0;
    while (n < words.length && isRoleWord(words[n]!)) n += 1;
    const rest = words.slice(n);
    // Role words, then two name words: the role of a new person.
    return !(rest.length >= 2 && looksLikeName(rest) && !CONNECTOR.test(rest[0]!));
  }
  const last = (words.at(-1) ?? '').replace(/\.$/, '');
  // "Student President", "Fenshire Council": a role or an organisation ends on its head word.
  if (words.length > 1 && (ORGANISATION_WORD.test(last) || ROLE_WORD.test(last))) return true;
  return words.some((w) => CONNECTOR.test(w)) && ROLE_WORD.test(last);
}

/** "Ann Lee, Chair" names someone; "CIO" or "IT Manager" is a role alone, so a role after it is another entry. */
function namesSomeone(entry: string): boolean {
  const words = (entry.split(',')[0] ?? '')
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  if (ROLE_WORD.test(words.at(-1) ?? '')) return false;
  return words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isRoleWord(w) && !isTitleWord(w));
}

/** "Professor of Surgery" is a role; "Councillor Nasreen Begum" is a new person. */
function startsWithTitledRole(words: readonly string[]): boolean {
  const next = words[1] ?? '';
  return !/^\p{Lu}/u.test(next) || CONNECTOR.test(next) || ROLE_WORD.test(next);
}

/** "Ann Lee and Bo Hart" → two people when both halves are names; "Head of Finance and Policy" stays whole. */
function splitJoined(entry: string): string[] {
  const bare = entry.replace(/^(?:and|&)\s+/i, '');
  const halves = bare.split(JOIN);
  if (halves.length < 2) return [bare];
  const names = halves.map((h) =>
    h
      .replace(/\s*[([][^()[\]]*[)\]]/g, '')
      .replace(PLURAL_TITLE, '')
      .trim()
      .split(/\s+/),
  );
  // "Head of Legal and Democratic Services": a connector in a half says the "and" is inside a role.
  const isName = (n: string[]) =>
    looksLikeName(n) && namesSomeone(n.join(' ')) && !n.some((w) => CONNECTOR.test(w));
  if (!names.every(isName)) return [bare];
  // "Geoff and Pam King": a first name alone before "and" shares the surname after it.
  return halves.map((h) => h.replace(PLURAL_TITLE, ''));
}

/** An entry list written on one line (a label's rest, a cell, a line under a label). */
export function splitEntries(list: string): string[] {
  if (list.length > 4000) return [];
  const text = list.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim();
  const separator = hasOutsideBrackets(text, ';') ? ';' : ',';
  const parts = splitOutsideBrackets(text, separator)
    // ", and Cy Dunn": the joining word after the last comma starts no role.
    .map((p) =>
      p
        .replace(/^(?:and|&)\s+/i, '')
        .replace(PLURAL_TITLE, '')
        .replace(/[.,;]+$/, ''),
    )
    .flatMap(splitRunOn);
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.length - 1;
    if (
      last >= 0 &&
      separator === ',' &&
      ((isRolePart(part) && (!endsWithInitials(joined[last]!) || !holdsInitials(part))) ||
        (initialsOfPersonBefore(part, joined[last]!) && !endsWithInitials(joined[last]!))) &&
      namesSomeone(joined[last]!)
    )
      joined[last] = `${joined[last]!}, ${part}`;
    else joined.push(part);
  }
  // "Jun Ito (JI), Aurora Meters": where the people are given initials, a last part without them (and without
  // a role: "…, Clerk Kay Nunn" is a person) is where the person before it works.
  const withInitials = joined.filter(holdsInitials).length;
  const lastPart = joined.at(-1) ?? '';
  if (
    separator === ',' &&
    joined.length >= 2 &&
    !endsWithInitials(lastPart) &&
    (isRolePart(lastPart) || !lastPart.split(/\s+/).some(isRoleWord)) &&
    holdsInitials(joined.at(-2)!) &&
    withInitials === joined.length - 1
  ) {
    joined.splice(-2, 2, `${joined.at(-2)!}, ${lastPart}`);
  }
  return joined.flatMap(splitJoined).filter(Boolean);
}

// A line that stops inside an entry: it ends with a joining word or an open bracket.
const ENDS_JOINED = /(?:\s(?:and|&|\+|of|for|the)|\()$/i;

/**
 * The end of a list line that a hard line break cut off ("…; Steve Wilbur" before "(Head of Department); …"):
 * the last entry where the list goes on after it, or '' where the line ends complete. A semicolon list is
 * complete only at a semicolon; a comma list at its last word unless that is one word alone ("…, Peter" before
 * "J. Reason (PJR)") or a joining word.
 */
export function wrappedTail(line: string): string {
  const text = line.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || /[;.)\]]$/.test(text)) return '';
  const semicolons = splitOutsideBrackets(text, ';');
  if (semicolons.length > 1 || hasOutsideBrackets(text, ';')) return semicolons.at(-1)!;
  const commas = splitOutsideBrackets(text, ',');
  const last = commas.at(-1) ?? '';
  if (ENDS_JOINED.test(text)) return commas.length > 1 || /\s(?:and|&|\+)$/i.test(text) ? last : '';
  return commas.length > 1 && !/\s/.test(last) && /^\p{Lu}/u.test(last) && !isRoleWord(last) ? last : '';
}

// A whole name and its initials at the start ("Gareth Collins (GC), Secretary"): a person of its own, so the one
// word ending the line before ("…, Chair, Nordgrid") was where that person works, not a name cut in two.
const OWN_ENTRY = /^(?:\p{Lu}\p{Ll}*\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]+\s*[([]\p{Lu}/u;

// Three lower-case words in a row: a sentence, not the rest of a list of people.
const PROSE = /(?<![\p{L}])\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+(?![\p{L}])/u;

/**
 * Whether `line` goes on with the entry cut off the line before: not a line with a label of its own
 * ("Context: …") and not a sentence ("The meeting opened at 7pm").
 */
export function continuesList(line: string, tail = ''): boolean {
  if (/^[^\s:]{1,30}:/.test(line) || PROSE.test(line)) return false;
  // A tail that ends on "and" or an open bracket goes on whatever follows; a lone word only into a cut name.
  return ENDS_JOINED.test(tail) || !OWN_ENTRY.test(line);
}
