/** Dates as readers see them ("22 November 2026") and as machines read them (2026-11-22). */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const displayDate = (date: Date) => long.format(date);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
