import type { Minutes } from '../model/minutes';
import type { HeaderTraceField, ReadTrace, TraceEntry } from '../model/trace';
import { reasonOf } from './recognisers';

/**
 * Why the reader read each action and attendee so, in words for a person (`minutebook check --explain`, the
 * pane's "Why?"): "ACTION: – marker, ¶12; owner PF matched Paul Fell (PF) in the attendance table, ¶4".
 * Pure: it reads the trace readMinutesTraced (or review) gave beside the same minutes.
 */
export interface Explanation {
  /** One reason per action, index for index with minutes.actions. */
  actions: string[];
  /** One reason per attendee, index for index with minutes.attendees. */
  attendees: string[];
  /** A reason for each header field the reader found. */
  header: Partial<Record<HeaderTraceField, string>>;
}

export interface ExplainOptions {
  /** How paragraphs are numbered for people: from 1, as the CLI's ¶ (the default), or from 0. */
  firstParagraph?: 0 | 1;
}

/** What the walk's recogniser ids say to a person (pass two's say it themselves: recognisers/index.ts). */
const WALK_REASONS: Readonly<Record<string, string>> = {
  'attendance-table': 'the attendance table',
  'attendance-row-under-label': 'an attendance table',
  'attendance-label-cell': 'an attendance table',
  'attendance-label': 'an attendance list',
  'attendance-list': 'an attendance list',
  'attendance-heading': 'an attendance heading',
  'apologies-sentence': 'an apologies sentence',
  'header-label': 'a header label',
  'header-label-cell': 'a header table',
  'date-in-header': 'a date line in the header',
  'title-style': 'the Title style',
  'title-first-heading': 'the first heading',
  'title-first-line': 'the first line',
  'next-meeting-item': 'the next-meeting item',
  'protective-marking': 'a protective marking',
  'protective-marking-in-cells': 'a protective marking in a table cell',
  'draft-or-approved': 'a draft or approved mark',
  'chair-by-capacity': 'an attendee whose capacity is chair',
  'minute-taker-by-capacity': 'an attendee who minutes the meeting',
};

const REFINER_REASONS: Readonly<Record<string, string>> = {
  'owner-alone-takes-sentence-before': 'the owner stands alone, the words are the sentence before',
  'decision-label-takes-next-line': 'the label stands alone, the decision is the next line',
  'next-meeting-label-takes-next-line': 'the label stands alone, the value is the next line',
};

export function explain(trace: ReadTrace, minutes: Minutes, options: ExplainOptions = {}): Explanation {
  const base = options.firstParagraph ?? 1;
  const where = (entry: TraceEntry) => entry.paragraphs.map((p) => `¶${p + base}`).join(', ');
  const said = (entry: TraceEntry) => {
    const reason = WALK_REASONS[entry.recogniser] ?? reasonOf(entry.recogniser);
    const refined = entry.refiners.map((r) => REFINER_REASONS[r] ?? r);
    return [`${reason}, ${where(entry)}`, ...refined].join('; ');
  };

  const attendees = minutes.attendees.map((a, i) => {
    const entry = trace.attendees[i];
    return entry ? `${a.name} (${a.status}) – ${said(entry)}` : `${a.name} (${a.status})`;
  });

  const actions = minutes.actions.map((action, i) => {
    const entry = trace.actions[i];
    const head = entry
      ? entry.marker
        ? `${entry.marker.written} – ${said(entry)}`
        : said(entry)
      : 'not traced';
    if (action.owner === null) return `${head}; no owner written`;
    if (action.owners.length === 0)
      return `${head}; owner ${action.owner} matched nobody in the attendance list`;
    const matched = action.owners.map((owner) => {
      const at = minutes.attendees.findIndex((a) => a.name === owner.name && a.capacity === owner.capacity);
      const from = trace.attendees[at];
      const initials = owner.initials ? ` (${owner.initials})` : '';
      const source = from ? ` in ${WALK_REASONS[from.recogniser] ?? from.recogniser}, ${where(from)}` : '';
      return `${owner.name}${initials}${source}`;
    });
    return `${head}; owner ${action.owner} matched ${matched.join(' and ')}`;
  });

  const header: Explanation['header'] = {};
  for (const [field, entry] of Object.entries(trace.header) as [HeaderTraceField, TraceEntry][])
    header[field] = said(entry);
  return { actions, attendees, header };
}
