import { z } from "zod";

/**
 * Calendar days in a shop's IANA time zone. A day runs from one local midnight to the next, so
 * it lasts 23 or 25 hours across daylight-saving changes; the boundaries come from Intl, never
 * from a fixed offset.
 */

export const LocalDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date");
export type LocalDate = z.infer<typeof LocalDateSchema>;

export interface LocalDay {
  date: LocalDate;
  /** The local midnight starting the day, as an instant. */
  start: Date;
  /** The next local midnight (exclusive). */
  end: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone, as if it were UTC (ms). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The first instant of a local date in a zone (local midnight, or the first moment after a gap). */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const wanted = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  let guess = wanted;
  // Each pass corrects by the offset seen at the guess; two settle it, a third covers DST edges.
  for (let pass = 0; pass < 3; pass += 1) guess += wanted - wallClockMs(guess, timeZone);
  // When midnight itself does not exist (a DST jump at 00:00), the day starts at the jump.
  if (localDateOf(new Date(guess), timeZone) !== date) {
    while (localDateOf(new Date(guess), timeZone) < date) guess += 15 * 60_000;
  }
  return new Date(guess);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

/** Every day from `from` to `to` inclusive, with their instants in the zone. */
export function localDays(options: {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
}): LocalDay[] {
  const days: LocalDay[] = [];
  let start = startOfLocalDate(options.from, options.timeZone);
  for (let date = options.from; date <= options.to; date = addDays(date, 1)) {
    const end = startOfLocalDate(addDays(date, 1), options.timeZone);
    days.push({ date, start, end });
    start = end;
  }
  return days;
}
