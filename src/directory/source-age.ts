/**
 * How old a service's facts are: the newest of its sources' own dates, which may be a year, a
 * month or a day. A card says so beside the number when that is more than three years ago.
 */
/** A number whose newest source is older than this is flagged beside it, in plain words. */
const staleAfterYears = 3;

/** "2021", "2021-05" or "2021-05-28" as that locale writes it: a year, a month and year, or a full date. */
export function sourceDateText(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const at = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const parts: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : month
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(at);
}

/** Whether the newest source is more than `staleAfterYears` old, counting from the last day its date can mean. */
export function isStale(sourceDate: string, now: number): boolean {
  const [year, month, day] = sourceDate.split('-').map(Number) as [number, number?, number?];
  const end = new Date(day ? Date.UTC(year, month! - 1, day) : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31));
  end.setUTCFullYear(end.getUTCFullYear() + staleAfterYears);
  return now > end.getTime();
}
