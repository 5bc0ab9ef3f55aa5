import { IsoDate, IsoTime } from '../../core/model/meeting';

/** An ISO date (2022-08-25) as people read it in the display language (en-GB: 25/08/2022). */
export function formatDate(iso: string | null, locale: string): string {
  if (iso === null || !IsoDate.safeParse(iso).success) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
}

/** What a date field gave, as the ISO date the model stores; anything else becomes "no date". */
export function isoDateOrNull(value: string): string | null {
  return IsoDate.safeParse(value).success ? value : null;
}

/** What a time field gave (10:00 or 10:00:00), as the HH:MM the model stores; anything else becomes null. */
export function isoTimeOrNull(value: string): string | null {
  const short = value.slice(0, 5);
  return IsoTime.safeParse(short).success && (value.length === 5 || /^\d\d:\d\d:\d\d/.test(value))
    ? short
    : null;
}

/** A 24-hour "14:30" as the display language writes times: "14:30" in en-GB, "2:30 PM" in en-US. */
export function formatTime(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const at = new Date(Date.UTC(2000, 0, 1, h, m));
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(at);
  }
}
