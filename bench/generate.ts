import { paragraph, type SourceParagraph } from '../src/core/model/paragraph';
import { TAGS } from '../src/core/port';
import { picker, seededRandom } from './random';

/**
 * Realistic minutes of one long meeting, generated deterministically from a seed: a header, an attendance
 * table, numbered items and sub-items, prose of questions and answers, ACTION lines in their content controls
 * (owners as initials, roles, role + surname, joint owners, now and then someone not in the attendance list),
 * unmarked "X to …" suggestions, decisions and small figure tables. The same content feeds the reader
 * benchmark (as SourceParagraphs) and the CLI benchmark (as a .docx).
 */
export type Content =
  | { kind: 'paragraph'; text: string; style?: string; action?: boolean }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] };

interface Person {
  name: string;
  capacity: string;
  initials: string;
  role?: string;
  status: 'Present' | 'In attendance' | 'Apologies';
}

/** Invented people: the model document's names stay out of the project. */
export const PEOPLE: readonly Person[] = [
  {
    name: 'Helen Marsh',
    capacity: 'Police and Crime Commissioner',
    role: 'PCC',
    initials: 'HM',
    status: 'Present',
  },
  { name: 'Daniel Okafor', capacity: 'Chief Constable', role: 'CC', initials: 'DO', status: 'Present' },
  { name: 'Priya Shah', capacity: 'Deputy Chief Constable', role: 'DCC', initials: 'PS', status: 'Present' },
  {
    name: 'Gareth Lloyd',
    capacity: 'Assistant Chief Constable',
    role: 'ACC',
    initials: 'GL',
    status: 'Present',
  },
  { name: 'Fiona Reid', capacity: 'Chief Executive, OPCC', initials: 'FR', status: 'Present' },
  { name: 'Tom Whitaker', capacity: 'Treasurer', initials: 'TW', status: 'In attendance' },
  { name: 'Amira Haddad', capacity: 'Policy Officer', initials: 'AH', status: 'In attendance' },
  { name: 'Ben Cartwright', capacity: 'Assistant Policy Officer', initials: 'BC', status: 'In attendance' },
  { name: 'Lucy Fenwick', capacity: 'Head of Finance', initials: 'LF', status: 'In attendance' },
  {
    name: 'Owen Price',
    capacity: 'Superintendent, Public Protection',
    initials: 'OP',
    status: 'In attendance',
  },
  { name: 'Sarah Quinn', capacity: 'Head of Performance', initials: 'SQ', status: 'Apologies' },
  { name: 'Mark Ellis', capacity: 'Director of Commissioning', initials: 'ME', status: 'Apologies' },
];

const ROLES = ['PCC', 'CC', 'DCC', 'ACC'];
const TOPICS = [
  'serious violence',
  'the homicide prevention plan',
  'victim satisfaction',
  'the digital strategy',
  'stop and search scrutiny',
  'domestic abuse outcomes',
  'the estates programme',
  'call handling times',
  'the VAWG problem profile',
  'rural crime',
  'the workforce uplift',
  'county lines disruption',
  'the medium-term financial plan',
  'custody inspections',
  'road safety partnerships',
  'neighbourhood engagement',
];
const ITEM_TITLES = [
  'Matters arising',
  'Holding to account',
  'Performance report',
  'Finance update',
  'Estates programme',
  'Public protection',
  'Victims and witnesses',
  'Workforce and wellbeing',
  'Digital and data',
  'Partnership working',
  'Risk register',
  'Complaints and conduct',
];
const ASKS = [
  'asked whether the work on {t} was having the desired impact',
  'asked for an assessment of the briefing on {t}',
  'asked how the force would know that {t} had improved for the public',
  'sought assurance that {t} was properly resourced',
  'asked when the revised plan for {t} would be ready',
];
const ANSWERS = [
  'responded that progress on {t} was steady but that more needed to be done before the end of the year',
  'said that the figures on {t} had improved since the last meeting, although the trend was not yet settled',
  'explained that an internal review of {t} would report in the autumn',
  'confirmed that funding for {t} had been secured for the current financial year',
  'noted that partners had been slow to engage on {t}, and offered to raise it at the next board',
];
const TASKS = [
  'share the problem profile on {t} with the OPCC',
  'provide a written update on {t}',
  'review the delivery plan for {t}, including costs, risks and milestones',
  'circulate the dip-sampling results on {t}',
  'arrange a briefing for members on {t}',
  'confirm the timetable for {t}',
];
const DUES = ['by 30/09/2022', 'by end of Q3', 'before the next meeting', 'in 3 months', 'by 14 October', ''];

/** Generates exactly `paragraphCount` paragraphs (each table cell counts as one, as the reader sees it). */
export function generateMinutes(paragraphCount: number, seed = 1): Content[] {
  const { int, pick, chance } = picker(seededRandom(seed));
  const content: Content[] = [];
  let count = 0;
  const room = () => paragraphCount - count - 1; // one kept for the closing line
  const add = (item: Content) => {
    content.push(item);
    count += item.kind === 'paragraph' ? 1 : item.columns.length * (item.rows.length + 1);
  };
  const say = (template: string) => template.replace('{t}', pick(TOPICS));
  const owner = (): string => {
    const p = pick(PEOPLE);
    const forms = [
      p.initials,
      p.role ?? p.initials,
      p.role ? `${p.role} ${p.name.split(' ')[1]}` : p.name,
      `${p.initials} and ${pick(PEOPLE).initials}`,
      `${p.initials}/${pick(PEOPLE).initials}`,
      p.name,
    ];
    // Now and then an owner nobody in the attendance list answers to: the check should say so.
    return chance(0.03) ? 'JK' : pick(forms);
  };

  const header: Content[] = [
    { kind: 'paragraph', text: 'Police and Crime Assurance Meeting – August 2022', style: 'Title' },
    { kind: 'paragraph', text: 'Meeting type: Assurance meeting' },
    { kind: 'paragraph', text: 'Date: 25/08/2022' },
    { kind: 'paragraph', text: 'Time: 10:00' },
    { kind: 'paragraph', text: 'Chair: Helen Marsh' },
    { kind: 'paragraph', text: 'Minutes: Ben Cartwright, Assistant Policy Officer' },
    { kind: 'paragraph', text: 'Venue: Police Headquarters, Room 2' },
    { kind: 'paragraph', text: 'Attendance', style: 'Heading1' },
    {
      kind: 'table',
      caption: 'Attendance',
      columns: ['Name', 'Capacity', 'Initials', 'Status'],
      rows: PEOPLE.map((p) => [
        p.name,
        p.role ? `${p.capacity} (${p.role})` : p.capacity,
        p.initials,
        p.status,
      ]),
    },
  ];
  for (const item of header) if (room() > 0) add(item);

  for (let number = 1; room() > 0; number += 1) {
    add({ kind: 'paragraph', text: `${number}. ${pick(ITEM_TITLES)}`, style: 'Heading1' });
    const subItems = int(1, 12);
    for (let sub = 0; sub <= subItems && room() > 0; sub += 1) {
      if (sub > 0) add({ kind: 'paragraph', text: `${number}.${sub} ${pick(ITEM_TITLES)}` });
      const paragraphs = int(3, 9);
      for (let i = 0; i < paragraphs && room() > 0; i += 1) {
        const roll = int(1, 20);
        const [asker, answerer] = [pick(ROLES), pick(ROLES)];
        if (roll <= 2) {
          const due = pick(DUES);
          add({
            kind: 'paragraph',
            text: `ACTION: ${owner()} to ${say(pick(TASKS))}${due ? ` ${due}` : ''}.`,
            action: true,
          });
        } else if (roll === 3) {
          add({ kind: 'paragraph', text: `RESOLVED: that the report on ${pick(TOPICS)} be noted.` });
        } else if (roll === 4) {
          add({ kind: 'paragraph', text: `The ${answerer} to ${say(pick(TASKS))}.` });
        } else if (roll === 5 && room() >= 15) {
          const rows = ['Recorded crime', 'Arrests', 'Calls answered in 10s (%)', 'Victims contacted (%)'];
          add({
            kind: 'table',
            caption: `Performance figures, item ${number}`,
            columns: ['Measure', 'This month', 'Last month'],
            rows: rows.map((measure) => [measure, String(int(50, 4000)), String(int(50, 4000))]),
          });
        } else {
          const sentences = [`The ${asker} ${say(pick(ASKS))}.`, `The ${answerer} ${say(pick(ANSWERS))}.`];
          if (chance(0.2)) sentences.push(`The ${asker} ${say(pick(ANSWERS))}.`);
          add({ kind: 'paragraph', text: sentences.join(' ') });
        }
      }
    }
  }
  add({ kind: 'paragraph', text: 'Date of next meeting: 29/09/2022' });
  return content;
}

/** The content as the reader's input: one SourceParagraph per paragraph and per table cell, in reading order. */
export function toSourceParagraphs(content: readonly Content[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let table = 0;
  let controlId = 1000;
  for (const block of content) {
    if (block.kind === 'paragraph') {
      const contentControl = block.action
        ? { tag: TAGS.action, id: (controlId += 1), title: 'Action' }
        : null;
      out.push(paragraph(out.length, block.text, { style: block.style ?? '', contentControl }));
      continue;
    }
    [block.columns, ...block.rows].forEach((row, r) =>
      row.forEach((text, cell) => out.push(paragraph(out.length, text, { table: { table, row: r, cell } }))),
    );
    table += 1;
  }
  return out;
}

/** Words in the content: with ~500 words to a page of minutes, how many pages it would fill. */
export function wordCount(content: readonly Content[]): number {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return content.reduce(
    (sum, block) =>
      sum +
      (block.kind === 'paragraph'
        ? words(block.text)
        : block.rows
            .flat()
            .concat(block.columns)
            .reduce((s, t) => s + words(t), 0)),
    0,
  );
}
