import { LONG_MONTH_NAMES } from '../read/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2022-08-25" → "Thursday 25 August 2022": the UK long form, the same in every locale. */
export function ukLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${WEEKDAYS[date.getUTCDay()]} ${day} ${LONG_MONTH_NAMES[month - 1]} ${year}`;
}
