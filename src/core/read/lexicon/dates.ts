/**
 * Month names as minutes write them. The long names are how Minutebook writes dates; each may also be
 * written short (its first three letters, and the extra forms listed), with or without a full stop.
 */
export const MONTHS: readonly { readonly long: string; readonly short: readonly string[] }[] = [
  { long: 'January', short: ['Jan'] },
  { long: 'February', short: ['Feb'] },
  { long: 'March', short: ['Mar'] },
  { long: 'April', short: ['Apr'] },
  { long: 'May', short: [] },
  { long: 'June', short: ['Jun'] },
  { long: 'July', short: ['Jul'] },
  { long: 'August', short: ['Aug'] },
  { long: 'September', short: ['Sep', 'Sept'] },
  { long: 'October', short: ['Oct'] },
  { long: 'November', short: ['Nov'] },
  { long: 'December', short: ['Dec'] },
];

/** Midday as a word ("at noon", "12 noon"): the time 12:00 when no other time is written. */
export const NOON_WORDS: readonly string[] = ['noon'];

/** Days of the week, written long, Sunday first (as `Date.getUTCDay` counts them): never a name in a list. */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Short forms of a weekday besides its first three letters ("Tues 4 March", "Thurs"). */
export const WEEKDAY_SHORT_EXTRAS: readonly string[] = ['tues', 'thur', 'thurs'];
