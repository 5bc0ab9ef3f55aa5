import type { SourceParagraph } from '../model/paragraph';
import { FRONT_MATTER_STYLE } from './text';

/**
 * Markdown front matter (`title:`, `date:` between `---` fences) is the page's metadata, not the minutes: its
 * title stands in only where the minutes give none, and its date is when the page was published, so it is
 * the meeting date only where the minutes give none (and never a time: a timestamp is no start time).
 */
export interface FrontMatter {
  title: string;
  /** The calendar date of its `date:` ("2024-03-14" from "2024-03-14T09:12:00Z"); '' when none. */
  date: string;
  /** Paragraph index of each, for the trace. */
  titleAt: number;
  dateAt: number;
}

const KEY = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/;
const CALENDAR_DATE = /^['"]?(\d{4}-\d{2}-\d{2})(?:[T\s]|['"]?$)/;

export function frontMatterOf(paragraphs: readonly SourceParagraph[]): FrontMatter {
  const found: FrontMatter = { title: '', date: '', titleAt: -1, dateAt: -1 };
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i]!;
    if (p.part !== 'header' || p.style !== FRONT_MATTER_STYLE) continue;
    const m = KEY.exec(p.text);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.replace(/^(['"])(.*)\1$/, '$2').trim();
    if (key === 'title' && value && !found.title) {
      found.title = value;
      found.titleAt = p.index;
    } else if (key === 'date' && !found.date) {
      const date = CALENDAR_DATE.exec(value);
      if (date) {
        found.date = date[1]!;
        found.dateAt = p.index;
      }
    }
  }
  return found;
}
