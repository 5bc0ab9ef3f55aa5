import { isW, wAttr } from './paragraph-collector';
import type { XmlHandler, XmlTag } from './xml-parse';

/**
 * Word's automatic list numbers, read from numbering.xml (ECMA-376 Part 1, 17.9): the number Word shows
 * before a list paragraph is not in its text, so the reader would miss "2. Finance" numbered by a list.
 */

/** One level of a list definition: where it starts, how its number is written, and its level text ("%1.%2"). */
export interface ListLevel {
  start: number;
  format: string;
  text: string;
}

/** A list instance (w:num): its abstract definition and the levels it restarts or replaces. */
interface ListInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  /** Levels the instance redefines; what a redefinition leaves out (often the start) is the definition's. */
  levelOverrides: Map<number, Partial<ListLevel>>;
}

/** Reads numbering.xml into abstract definitions and list instances. */
export class NumberingCollector implements XmlHandler {
  readonly abstracts = new Map<string, Map<number, ListLevel>>();
  readonly instances = new Map<string, ListInstance>();
  private abstract: Map<number, ListLevel> | null = null;
  private instance: ListInstance | null = null;
  private overrideLevel: number | null = null;
  private level: { ilvl: number; value: Partial<ListLevel>; into: Map<number, Partial<ListLevel>> } | null =
    null;

  open(tag: XmlTag): void {
    if (isW(tag, 'abstractNum')) {
      this.abstract = new Map();
      this.abstracts.set(wAttr(tag, 'abstractNumId') ?? '', this.abstract);
    } else if (isW(tag, 'num')) {
      this.instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
      this.instances.set(wAttr(tag, 'numId') ?? '', this.instance);
    } else if (isW(tag, 'abstractNumId') && this.instance) {
      this.instance.abstractId = wAttr(tag, 'val') ?? '';
    } else if (isW(tag, 'lvlOverride') && this.instance) {
      this.overrideLevel = levelNumber(wAttr(tag, 'ilvl'));
    } else if (isW(tag, 'startOverride') && this.instance && this.overrideLevel !== null) {
      this.instance.startOverrides.set(this.overrideLevel, whole(wAttr(tag, 'val'), 0));
    } else if (isW(tag, 'lvl')) {
      const into: Map<number, Partial<ListLevel>> | null = this.instance
        ? this.instance.levelOverrides
        : this.abstract;
      if (into) {
        const ilvl = this.instance ? (this.overrideLevel ?? 0) : levelNumber(wAttr(tag, 'ilvl'));
        this.level = { ilvl, value: this.instance ? {} : { start: 1, format: 'decimal', text: '' }, into };
      }
    } else if (this.level) {
      if (isW(tag, 'start')) this.level.value.start = whole(wAttr(tag, 'val'), 1);
      else if (isW(tag, 'numFmt')) this.level.value.format = wAttr(tag, 'val') ?? 'decimal';
      else if (isW(tag, 'lvlText')) this.level.value.text = wAttr(tag, 'val') ?? '';
    }
  }

  close(tag: XmlTag): void {
    if (isW(tag, 'lvl') && this.level) {
      this.level.into.set(this.level.ilvl, this.level.value);
      this.level = null;
    } else if (isW(tag, 'lvlOverride')) this.overrideLevel = null;
    else if (isW(tag, 'abstractNum')) this.abstract = null;
    else if (isW(tag, 'num')) this.instance = null;
  }

  text(): void {}
}

function levelNumber(value: string | undefined): number {
  return Math.min(Math.max(whole(value, 0), 0), 8);
}

function whole(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isSafeInteger(n) ? n : fallback;
}

/**
 * Counts list paragraphs in reading order and gives each its label as Word shows it. Instances of one abstract
 * definition continue one count (Word's "continue numbering"); an instance with a start override restarts the
 * level where it is first used (Word's "restart at"). A level restarts after any higher level is used.
 */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: NumberingCollector) {}

  /** The label of the next paragraph of list `numId` at level `ilvl`; null when the list is unknown or none. */
  label(numId: string, ilvl: number): string | null {
    const instance = this.numbering.instances.get(numId);
    if (!instance) return null;
    const abstract = this.numbering.abstracts.get(instance.abstractId);
    const levelOf = (l: number): ListLevel | undefined => {
      const own = abstract?.get(l);
      const redefined = instance.levelOverrides.get(l);
      if (!redefined) return own;
      return { start: 1, format: 'decimal', text: '', ...own, ...redefined };
    };
    const level = levelOf(ilvl);
    if (!level) return null;
    const counts = this.countsOf(instance.abstractId);
    const override = instance.startOverrides.get(ilvl);
    const restartHere = override !== undefined && !this.started.has(`${numId}:${ilvl}`);
    this.started.add(`${numId}:${ilvl}`);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? levelOf(l)?.start ?? 1;
    counts[ilvl] = restartHere || counts[ilvl] === undefined ? (override ?? level.start) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    if (level.format === 'none') return '';
    if (level.format === 'bullet') return bulletOf(level.text);
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const format = levelOf(l)?.format ?? 'decimal';
      return formatNumber(counts[l] ?? startOf(l), format);
    });
  }

  private countsOf(abstractId: string): number[] {
    let counts = this.counts.get(abstractId);
    if (!counts) this.counts.set(abstractId, (counts = []));
    return counts;
  }
}

/** A bullet's level text, where symbol fonts' private characters read as a plain bullet. */
function bulletOf(text: string): string {
  const code = text.codePointAt(0) ?? 0;
  return !text || (code >= 0xe000 && code <= 0xf8ff) ? '•' : text;
}

/** A count written in a level's number format (17.18.59); formats not listed read as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** a…z, then aa…zz, as Word writes letters past 26. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
