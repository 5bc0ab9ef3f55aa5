import type { Attendee, AttendanceStatus } from '../model/attendee';
import { isHonorific, nameWords, stripBullet } from './clean';

/**
 * Attendance as minutes write it. Labels start a list ("Present:", "In attendance:", "Apologies:"); entries are
 * "Name (INITIALS)", "Name (INITIALS) – Role", "Name, Role (INITIALS)", "Role Name (INITIALS)" or "Name – Role".
 * Initials are kept as written; where none are written they are derived from the name's first letters.
 */

const STATUS_LABELS: [RegExp, AttendanceStatus][] = [
  [/^(?:apologies(?: for absence)?(?: received)?(?: from)?|apologies were received from)$/i, 'apologies'],
  [/^(?:absent|not present|absent without apologies)$/i, 'absent'],
  [
    /^(?:in attendance|also in attendance|also present|also attending|officers(?: present| in attendance)?|guests?|observers?|by invitation|attending)$/i,
    'in attendance',
  ],
  [
    /^(?:present|attendance|attendees|attending members|members(?: present)?|those present|governors present|trustees present|directors present|councillors present|board members(?: present)?|committee members(?: present)?|voting members|participants|attended by|who was there)$/i,
    'present',
  ],
];

const MAYBE_STATUS_LABEL =
  /^(?:[-•*▪◦·‣–—]\s+)*(?:apolog|absent|not present|in attendance|also|officers|guest|observer|by invitation|attend|present|members|those|governors|trustees|directors|councillors|board|committee|voting|participants|who was)/i;

/** "Present:" / "Apologies" / "In attendance –" → the status it starts, and whatever follows it on the line. */
export function readStatusLabel(line: string): { status: AttendanceStatus; rest: string } | null {
  if (line.length > 2000 || !MAYBE_STATUS_LABEL.test(line)) return null;
  const bare = stripBullet(line);
  const m = /^([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|\s[-–—]\s|[-–—]\s*$|$)\s*(.*)$/.exec(bare);
  if (!m) return null;
  const label = m[1]!.trim();
  for (const [pattern, status] of STATUS_LABELS) {
    if (pattern.test(label)) {
      // Without a colon the label must stand alone ("Present") so prose such as "Present were…" is not taken.
      const hasColon = /^[^:]{0,42}:/.test(bare) || /\s[-–—]\s/.test(bare.slice(0, 45));
      if (!hasColon && m[2]!.trim()) return null;
      return { status, rest: m[2]!.trim() };
    }
  }
  return null;
}

/** "Apologies were received from Cllr A Brown and Cllr C Dune." → the names, status apologies. */
export function readApologiesSentence(line: string): string | null {
  if (!/^apologies/i.test(line)) return null;
  const m =
    /^apologies (?:for absence )?(?:were|was|had been)? ?(?:received|noted|given|submitted) (?:from|by|for) (.{2,400}?)\.?$/i.exec(
      line,
    );
  return m ? m[1]! : null;
}

/** Role words: a line that starts with these names a role before the person ("Chief Constable Pippa Mills"). */
const ROLE_WORD =
  /^(?:chief|deputy|assistant|acting|interim|head|director|executive|chair|chairman|chairperson|vice|commissioner|constable|superintendent|inspector|sergeant|officer|manager|clerk|secretary|treasurer|governor|trustee|member|lead|principal|headteacher|head teacher|finance|policy|senior|non-executive|independent|co-opted|parent|staff|local|associate|medical|nursing|operating|registrar|dean|provost|vice-chancellor|pro-vice-chancellor|councillor|mayor|leader|portfolio|cabinet|team|project|programme|intern|administrator|coordinator|co-ordinator|advisor|adviser|consultant|representative|observer|minute|note|company|general|hr|it|ict|opcc|pcc|cc|dcc|acc|ceo|cfo|coo|cto)$/i;

const NAME_WORD =
  /^(?:[A-Z\u00c0-\u024f][\p{L}'’.-]*|[A-Z]\.?|(?:van|von|de|da|di|le|la|du|del|der|bin|al|ap)|O'[A-Z][\p{L}]*)$/u;

function looksLikeName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  const named = words.filter((w) => !CONNECTOR.test(w));
  return named.length > 0 && named.length <= 6 && words.every((w) => NAME_WORD.test(w) || CONNECTOR.test(w));
}

const CONNECTOR = /^(?:and|of|for|the|&)$/;
const INITIALS_BRACKET = /\(([A-Z][A-Z]{1,4}|[A-Z][a-z][A-Z]{1,3})\)/g;

/** "JS", "NN", "PCC", "McD": initials as written in brackets, not a word such as "Chair". */
function isInitials(text: string): boolean {
  return (
    /^[A-Z][A-Za-z]{0,5}$/.test(text) &&
    (text.length <= 2 || text.slice(1) === text.slice(1).toUpperCase() || /^[A-Z][a-z][A-Z]+$/.test(text))
  );
}

/** Initials derived from a name: first letters of its words, honorifics left out ("Dr Jane Smith" → "JS"). */
export function deriveInitials(name: string): string {
  return nameWords(name)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !isHonorific(w) && !CONNECTOR.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** One attendance entry, or null when it does not look like a person. */
export function parseAttendeeEntry(raw: string, status: AttendanceStatus): Attendee | null {
  let text = stripBullet(raw)
    .trim()
    .replace(/[.;,]+$/, '')
    .trim();
  if (!text || text.length > 160 || /^[^\s:]+:/.test(text)) return null;
  if (/^(?:none|nil|n\/a|no apologies.*)$/i.test(text)) return null;
  let initials = '';
  let capacity = '';
  // "Name (INITIALS) – Role" / "Name (INITIALS), Role"
  const afterBracket = /^(.+?)\s*\(([A-Z][A-Za-z]{0,5})\)\s*(?:[-–—,:]\s*|\s)(.+)$/.exec(text);
  if (afterBracket && isInitials(afterBracket[2]!) && looksLikeName(afterBracket[1]!.split(/\s+/))) {
    return attendee(afterBracket[1]!, afterBracket[3]!, afterBracket[2]!, status);
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
  if (split && looksLikeName(split[1]!.split(/\s+/))) {
    const cap = capacity ? `${split[2]!} (${capacity})` : split[2]!;
    return attendee(split[1]!, cap, initials, status);
  }
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (!looksLikeName(words)) return null;
  // "Role Name (INITIALS)": the initials say which words are the name, or which are the role.
  if (words.length >= 3 || (words.length === 2 && ROLE_WORD.test(words[0]!))) {
    const roleCount = countRoleWords(words, initials);
    if (roleCount > 0 && roleCount < words.length) {
      const role = words.slice(0, roleCount).join(' ');
      const name = words.slice(roleCount).join(' ');
      const cap = capacity ? `${role}, ${capacity}` : role;
      const roleInitials = initialsOf(words.slice(0, roleCount));
      const cappedCap = initials && initials === roleInitials ? `${cap} (${initials})` : cap;
      return attendee(name, cappedCap, initials, status);
    }
  }
  if (words.length > 4) return null;
  return attendee(words.join(' '), capacity, initials, status);
}

function countRoleWords(words: readonly string[], initials: string): number {
  if (initials) {
    for (let n = 1; n < words.length; n += 1) {
      if (initialsOf(words.slice(n)) === initials) return n;
      if (initialsOf(words.slice(0, n)) === initials) return n;
    }
  }
  let n = 0;
  while (n < words.length - 1 && (ROLE_WORD.test(words[n]!) || /^(?:of|and|for|the|&)$/i.test(words[n]!)))
    n += 1;
  if (n > 0 || words.length < 4) return n;
  // "Democratic Services Officer Kelly Nunn": a role whose first words are not role words ends at its last
  // role word, when two or three name words follow it.
  for (let last = words.length - 3; last >= 1 && last >= words.length - 4; last -= 1) {
    if (ROLE_WORD.test(words[last]!) && !words.slice(last + 1).some((w) => ROLE_WORD.test(w)))
      return last + 1;
  }
  return 0;
}

function attendee(name: string, capacity: string, initials: string, status: AttendanceStatus): Attendee {
  const clean = name.trim().replace(/[,;:]+$/, '');
  let cap = capacity.trim();
  let ini = initials.trim();
  if (!ini) {
    const inCap = /\(([A-Z][A-Za-z]{0,5})\)\s*$/.exec(cap);
    ini = inCap ? inCap[1]! : deriveInitials(clean);
  }
  cap = cap.replace(/\s+/g, ' ');
  return { name: clean, capacity: cap, initials: ini, status };
}

/** An entry list written on one line: semicolons first, else commas (joining a role back to its name), else "and". */
export function splitEntries(list: string): string[] {
  if (list.length > 4000) return [];
  if (list.includes(';'))
    return list
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  // With initials in brackets, an entry ends at its initials: "Jun Ito (JI), Aurora Meters" is one person,
  // "Eleanor Marsh (Chair) (EM), David Osei (DO)" two.
  const initialsCount = [...list.matchAll(INITIALS_BRACKET)].length;
  if (initialsCount === 1) return [list.trim()];
  if (initialsCount > 1) {
    return list
      .split(/(?<=\([A-Z][A-Za-z]{0,5}\))\s*,\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const parts = list
    .split(/,(?![^()]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    const firstWord = part.split(/\s+/)[0] ?? '';
    const isRole =
      ((ROLE_WORD.test(firstWord) || isHonorific(firstWord)) && !startsWithTitledName(part)) ||
      /^[a-z]/.test(part) ||
      /^[A-Z]{2,}$/.test(part);
    if (last >= 0 && isRole && !/\([A-Z][A-Za-z]{0,5}\)$/.test(out[last]!))
      out[last] = `${out[last]!}, ${part}`;
    else out.push(part);
  }
  return out.flatMap((entry) => {
    const and = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(entry);
    if (
      and &&
      !entry.includes(',') &&
      looksLikeName(and[1]!.split(/\s+/)) &&
      looksLikeName(and[2]!.split(/\s+/))
    ) {
      return [and[1]!, and[2]!];
    }
    return [entry];
  });
}

/**
 * "Councillor Nasreen Begum", "Dr Ruth Evans": a title and then a name starts a new person, where "Professor
 * of Surgery" (a title and then "of") is a role belonging to the name before it.
 */
function startsWithTitledName(part: string): boolean {
  const [title = '', next = ''] = part.split(/\s+/, 2);
  return isHonorific(title) && /^[\p{Lu}]/u.test(next) && !CONNECTOR.test(next) && !ROLE_WORD.test(next);
}

/** A table cell that reads as an attendance status ("Present", "Apologies", "In attendance"). */
export function statusFromCell(cell: string): AttendanceStatus | null {
  const t = cell.replace(/[:\s]+$/, '').trim();
  if (!t) return null;
  for (const [pattern, status] of STATUS_LABELS) if (pattern.test(t)) return status;
  if (/^(?:y|yes|✓|x|attended)$/i.test(t)) return 'present';
  if (/^(?:apols?|sent apologies)$/i.test(t)) return 'apologies';
  if (/^(?:n|no|did not attend|dna)$/i.test(t)) return 'absent';
  return null;
}
