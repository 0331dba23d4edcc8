import { z } from "zod";

/**
 * A shop's support hours in its own time zone. Times are wall-clock ("09:00"), so daylight saving
 * changes are handled by Intl, not by fixed offsets.
 */

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");
const OpeningSchema = z
  .object({ open: TimeSchema, close: TimeSchema })
  .refine((slot) => slot.open < slot.close, "open must be before close");

export const BusinessHoursSchema = z.object({
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "unknown time zone"),
  week: z.record(z.enum(WEEKDAYS), z.array(OpeningSchema)),
  /** Local dates (YYYY-MM-DD) when nobody answers. */
  closedDates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
});
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

interface LocalTime {
  date: string;
  weekday: Weekday;
  minutes: number;
}

function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const weekday = String(parts.weekday).toLowerCase().slice(0, 3) as Weekday;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The UTC instant of a wall-clock time in a zone (two passes settle the offset across DST). */
function instantOf(date: string, minutes: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const wanted = Date.UTC(
    year ?? 1970,
    (month ?? 1) - 1,
    day ?? 1,
    Math.floor(minutes / 60),
    minutes % 60,
  );
  let guess = wanted;
  for (let pass = 0; pass < 2; pass += 1) {
    const local = localTime(new Date(guess), timeZone);
    const [ly, lm, ld] = local.date.split("-").map(Number);
    const seen = Date.UTC(
      ly ?? 1970,
      (lm ?? 1) - 1,
      ld ?? 1,
      Math.floor(local.minutes / 60),
      local.minutes % 60,
    );
    guess += wanted - seen;
  }
  return new Date(guess);
}

export function isOpen(options: { hours: BusinessHours; at: Date }): boolean {
  const local = localTime(options.at, options.hours.timeZone);
  if (options.hours.closedDates.includes(local.date)) return false;
  return (options.hours.week[local.weekday] ?? []).some(
    (slot) => local.minutes >= toMinutes(slot.open) && local.minutes < toMinutes(slot.close),
  );
}

/** The next moment support opens after `at` (within two weeks), or null when never. */
export function nextOpening(options: { hours: BusinessHours; at: Date }): Date | null {
  const { hours } = options;
  for (let dayOffset = 0; dayOffset < 15; dayOffset += 1) {
    const local = localTime(
      new Date(options.at.getTime() + dayOffset * 86_400_000),
      hours.timeZone,
    );
    if (hours.closedDates.includes(local.date)) continue;
    const slots = [...(hours.week[local.weekday] ?? [])].sort(
      (a, b) => toMinutes(a.open) - toMinutes(b.open),
    );
    for (const slot of slots) {
      const opensAt = instantOf(local.date, toMinutes(slot.open), hours.timeZone);
      if (opensAt.getTime() > options.at.getTime()) return opensAt;
    }
  }
  return null;
}

/** When a person is expected to answer a hand-off made at `now`. */
export type ExpectedReply =
  { kind: "soon" } | { kind: "when_open"; opensAt: Date; timeZone: string } | { kind: "unknown" };

export function expectedReplyAt(options: {
  hours: BusinessHours | null;
  now: Date;
}): ExpectedReply {
  if (!options.hours || isOpen({ hours: options.hours, at: options.now })) return { kind: "soon" };
  const opensAt = nextOpening({ hours: options.hours, at: options.now });
  return opensAt
    ? { kind: "when_open", opensAt, timeZone: options.hours.timeZone }
    : { kind: "unknown" };
}

/** When support opens, for the shopper's locale in the shop's time zone ("Monday 9:00 AM CET"). */
export function formatOpeningTime(options: {
  opensAt: Date;
  timeZone: string;
  locale: string;
}): string {
  return new Intl.DateTimeFormat(options.locale, {
    timeZone: options.timeZone,
    weekday: "long",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(options.opensAt);
}
