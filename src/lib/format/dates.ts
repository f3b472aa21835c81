/** Dates as readers see them ("22 November 2026") and as machines read them (2026-11-22). */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const displayDate = (date: Date) => long.format(date);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** English month names, January first (also used by the citation styles' dates). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precisely as it is known ([2009], [2009, 5], [2009, 5, 12]): "2009", "May 2009", "12 May 2009". */
export function displayParts(parts: readonly number[]): string {
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1] ?? '';
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}
