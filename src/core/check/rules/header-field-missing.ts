import type { HeaderFieldName, Meeting, SourceParagraph } from '../../model';
import { monthPattern } from '../../read/dates';
import { anyOf } from '../../read/lexicon/build';
import {
  CHAIR_GIVEN_WORDS,
  MINUTE_TAKER_GIVEN_IN_BRACKETS,
  MINUTE_TAKER_GIVEN_WORDS,
  VENUE_GIVEN_WORDS,
} from '../../read/lexicon/header';
import { defineRule, type RuleContext } from '../rule';

interface HeaderField {
  name: HeaderFieldName;
  /** How the message names it; the corpus scorer looks for these words. */
  word: string;
  present: (meeting: Meeting) => boolean;
  /** A neutral example: placeholders, never a person from another document. */
  example: string;
  /**
   * Words that show the document gives the field in a form the reader did not take in (a table cell, a
   * synonym, prose): then the field is not missing, and saying so would be false.
   */
  given: RegExp;
}

const filled = (text: string | null) => (text ?? '').trim() !== '';

const MONTH = `(?:${monthPattern()})`;
/**
 * "10 June 2020", "10th June", "May 16, 2012", "26/07/2018", "2025-11-17", and the period of a log that is dated
 * by months ("March – April").
 */
const DATE_WRITTEN = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b,?\s*\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\s*[–—-]\s*${MONTH}\b)`,
  'i',
);

/** The fields minutes of any kind normally carry, in the order they usually appear. */
const FIELDS: readonly HeaderField[] = [
  {
    name: 'date',
    word: 'date',
    present: (m) => m.date !== null,
    example: 'Date: (day month year)',
    given: DATE_WRITTEN,
  },
  {
    name: 'time',
    word: 'start time',
    present: (m) => m.startTime !== null,
    example: 'Time: (start time)',
    given: /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/i,
  },
  {
    name: 'chair',
    word: 'chair',
    present: (m) => filled(m.chair),
    example: 'Chair: (name of the chair)',
    given: new RegExp(String.raw`\b${anyOf(CHAIR_GIVEN_WORDS)}\b`, 'i'),
  },
  {
    name: 'minuteTaker',
    word: 'minute-taker',
    present: (m) => filled(m.minuteTaker),
    example: 'Minutes taken by: (name)',
    given: new RegExp(
      String.raw`\b${anyOf(MINUTE_TAKER_GIVEN_WORDS)}\b|\(${anyOf(MINUTE_TAKER_GIVEN_IN_BRACKETS)}\)`,
      'i',
    ),
  },
  {
    name: 'venue',
    word: 'venue',
    present: (m) => filled(m.venue),
    example: 'Venue: (room and building, or MS Teams)',
    given: new RegExp(String.raw`\b${anyOf(VENUE_GIVEN_WORDS)}\b`, 'i'),
  },
];

/** Without a house style: the fields minutes of any kind normally carry (the start time is left to a style). */
const NORMAL_FIELDS: readonly HeaderFieldName[] = ['date', 'chair', 'minuteTaker', 'venue'];

/** How far into the document a header reaches, in body paragraphs. */
const HEADER_REACH = 25;

/**
 * One problem per missing field, so each can be fixed (or dismissed) on its own. Which fields: those the house
 * style requires (an error each), or without one those minutes normally carry (a warning each). A field the
 * document gives in a form the reader did not take in is not missing, and is not reported.
 */
export const headerFieldMissing = defineRule({
  id: 'header-field-missing',
  severity: 'error',
  houseStandard: true,
  description:
    'The header lacks a field the house style requires (without one: the date, chair, minute-taker or venue, as a warning).',
  messages: {
    missing: "The header gives no {{field}}. Add a line such as '{{example}}' at the top of the minutes.",
  },
  check(context, report) {
    const style = context.houseStyle;
    const wanted = new Set(style ? style.requiredHeaderFields : NORMAL_FIELDS);
    const severity = style ? undefined : 'warning';
    let header: string | null = null;
    const headerText = () =>
      (header ??= headerParagraphs(context)
        .map((p) => p.text)
        .join('\n'));
    return FIELDS.filter(
      (field) =>
        wanted.has(field.name) && !field.present(context.minutes.meeting) && !field.given.test(headerText()),
    ).map((field) => report('missing', { field: field.word, example: field.example }, null, severity));
  },
});

/** The paragraphs a header is written in: the page header, and the first paragraphs of the body. */
function headerParagraphs(context: RuleContext): SourceParagraph[] {
  return [...context.paragraphs.filter((p) => p.part === 'header'), ...context.body.slice(0, HEADER_REACH)];
}
