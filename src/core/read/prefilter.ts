import { literal } from './lexicon/build';
import type { Recogniser } from './recognisers';

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
  /** The recogniser's bit (0 for one without triggers: it is never filtered). */
  bit(recogniser: Recogniser<unknown>): number;
}

/** How a matched trigger and a trigger are compared: lower case, one space, none before a colon. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/ :/g, ':');
}

/** A trigger as a pattern: a word start before a letter, any spaces for a space, any before a colon. */
function triggerPattern(trigger: string): string {
  const body = literal(trigger).replace(/ $/, '\\s').replace(/ /g, '\\s+').replace(/:/g, '\\s*:');
  return /^[\p{L}\d]/u.test(trigger) ? `\\b${body}` : body;
}

export function buildPreFilter(recognisers: readonly Recogniser<unknown>[]): PreFilter {
  const bits = new Map<Recogniser<unknown>, number>();
  const byTrigger = new Map<string, number>();
  let all = 0;
  for (const recogniser of recognisers) {
    if (recogniser.triggers.length === 0) continue;
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
  const patterns = [...byTrigger.keys()].sort((a, b) => b.length - a.length).map(triggerPattern);
  const scanner = new RegExp(patterns.join('|'), 'gi');
  return {
    bit: (recogniser) => bits.get(recogniser) ?? 0,
    scan(text) {
      let found = 0;
      scanner.lastIndex = 0;
      for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
        found |= maskOf.get(normalise(m[0])) ?? 0;
        if (found === all) break;
      }
      return found;
    },
  };
}
