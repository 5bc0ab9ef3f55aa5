import { literal } from './lexicon/build';

/**
 * The reader's pre-filter, built from every recogniser's triggers (never written apart, so no phrasing a
 * recogniser reads can be dropped by a filter that forgot it). One scan of a paragraph says which recognisers
 * can find anything in it; most prose holds none of their words, and each recogniser skipped is work saved.
 * Triggers are found where a word starts ("satisfaction" holds no "action"), case-insensitively, as prefixes
 * ("actioned" holds "action": the recogniser, not the filter, refuses it).
 */
export interface PreFilter {
  /** A bit for each recogniser that may find something in the text. */
  scan(text: string): number;
  /** The recogniser's bit (0 for one without triggers, or not given to the filter: it is never filtered). */
  bit(recogniser: Triggered): number;
}

/** A recogniser of either pass, as the filter sees it: the lexicon words it needs. */
export interface Triggered {
  readonly triggers: readonly string[];
}

/** How a matched trigger and a trigger are compared: lower case, one space, none before a colon. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/ :/g, ':');
}

/**
 * One character of a trigger as a pattern: any spaces for a space (one at the end), any before a colon. A
 * trigger's first colon needs no spaces before it: the scan reaches the colon anyway, and normalise() gives the
 * same key with or without them (a leading `\\s*` made every space in the text try to start a match).
 */
function charPattern(char: string, last: boolean, first: boolean): string {
  if (char === ' ') return last ? '\\s' : '\\s+';
  if (char === ':') return first ? ':' : '\\s*:';
  return literal(char);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The triggers as one alternation shaped like a trie ("a(?:ction|greed)|d(?:ecision(?:s|)|ecided)"): the engine
 * picks a branch by its first character instead of trying every trigger at every position (with 80 triggers a
 * flat list was a quarter of a 30,000-paragraph read). A longer trigger is tried before the shorter one it
 * extends, as in a longest-first list.
 */
function triePattern(triggers: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const trigger of triggers) {
    let node = root;
    for (const char of trigger) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const render = (node: TrieNode): string => {
    const branches = [...node.next].map(
      ([char, child]) => charPattern(char, child.next.size === 0, node === root) + render(child),
    );
    if (branches.length === 0) return '';
    if (node.end) branches.push('');
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return render(root);
}

/** Whether a trigger starts with a letter or digit: it is then looked for only where a word starts. */
const startsWord = (trigger: string) => /^[\p{L}\d]/u.test(trigger);

/**
 * Triggers that start with a mark (":", ") to ") are scanned for apart, and only in text that holds one of their
 * first characters: as a branch of the words' expression they were tried at every position of every paragraph,
 * a fifth of the scan's time.
 */
interface MarkScan {
  scanner: RegExp;
  firsts: readonly string[];
}

function markScan(triggers: readonly string[]): MarkScan | null {
  const marks = triggers.filter((t) => !startsWord(t));
  if (marks.length === 0) return null;
  return {
    scanner: new RegExp(triePattern(marks), 'gi'),
    firsts: [...new Set(marks.map((t) => t.charAt(0)))],
  };
}

function holdsAny(text: string, chars: readonly string[]): boolean {
  for (let i = 0; i < chars.length; i += 1) if (text.includes(chars[i]!)) return true;
  return false;
}

export function buildPreFilter(recognisers: readonly Triggered[]): PreFilter {
  const bits = new Map<Triggered, number>();
  const byTrigger = new Map<string, number>();
  let all = 0;
  for (const recogniser of recognisers) {
    if (recogniser.triggers.length === 0) continue;
    // One bit each in a 32-bit integer.
    if (bits.size === 31) throw new Error('A pre-filter holds at most 31 recognisers with triggers.');
    const bit = 1 << bits.size;
    bits.set(recogniser, bit);
    all |= bit;
    for (const trigger of recogniser.triggers) {
      const key = normalise(trigger);
      byTrigger.set(key, (byTrigger.get(key) ?? 0) | bit);
    }
  }
  // A longer trigger found holds every shorter one it starts with ("decisions" holds "decision").
  const maskOf = new Map<string, number>();
  for (const key of byTrigger.keys()) {
    let mask = 0;
    for (const [other, bit] of byTrigger) if (key.startsWith(other)) mask |= bit;
    maskOf.set(key, mask);
  }
  const keys = [...byTrigger.keys()];
  const words = keys.filter(startsWord);
  const wordScanner = words.length > 0 ? new RegExp(`\\b${triePattern(words)}`, 'gi') : null;
  const marks = markScan(keys);
  // The same few matches come back paragraph after paragraph ("Action:", "agreed"): each is normalised once.
  const byMatch = new Map<string, number>();
  const maskOfMatch = (match: string): number => {
    let mask = byMatch.get(match);
    if (mask === undefined) {
      mask = maskOf.get(normalise(match)) ?? 0;
      // Bounded: spacing and case could vary without end in a long document.
      if (byMatch.size < 1000) byMatch.set(match, mask);
    }
    return mask;
  };
  const scanWith = (scanner: RegExp, text: string, already: number): number => {
    let found = already;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
      found |= maskOfMatch(m[0]);
      if (found === all) break;
    }
    return found;
  };
  return {
    bit: (recogniser) => bits.get(recogniser) ?? 0,
    scan(text) {
      let found = wordScanner === null ? 0 : scanWith(wordScanner, text, 0);
      if (marks !== null && found !== all && holdsAny(text, marks.firsts))
        found = scanWith(marks.scanner, text, found);
      return found;
    },
  };
}
