/** A point in time read from a record: the instant, and the wall clock of the record's own local time. */
export interface Timestamp {
  /** Milliseconds since 1970-01-01T00:00Z. */
  readonly epochMs: number;
  /** The local calendar date, as days since 1970-01-01. */
  readonly day: number;
  /** The local hour, 0–23. */
  readonly hour: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const MS_PER_DAY = 86_400_000;

/** Offset of `zone` from UTC at an instant, in milliseconds (east positive). */
function zoneOffsetMs(epochMs: number, format: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(epochMs))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour as number, parts.minute as number, parts.second as number);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** A formatter for an IANA time zone such as "Asia/Almaty"; null if the zone is unknown. */
export function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
  } catch {
    return null;
  }
}

/**
 * Reads an ISO 8601 date and time, `2025-10-21T14:03`, with seconds and fractions optional, a
 * space allowed for the T, and a UTC offset (`Z`, `+06:00`, `+0600`, `+06`). Without an offset
 * the time is local to `zone` (an Intl.DateTimeFormat from `zoneFormat`); in a clock change's
 * repeated hour the earlier instant is taken. The hour and date returned are those written in
 * the record (its own local time), whatever the offset.
 *
 * @returns the timestamp, or a message saying what is wrong with the text.
 * @example
 * (parseTimestamp("2023-05-01T07:30+06:00", null) as Timestamp).hour; // => 7
 */
export function parseTimestamp(text: string, zone: Intl.DateTimeFormat | null): Timestamp | string {
  const m = PATTERN.exec(text.trim());
  if (m === null) return `"${text}" is not a date and time like 2025-10-21T14:03+06:00 (ISO 8601)`;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(m[7]) * 1000;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(year as number, (month as number) - 1, day as number);
  const wallDay = check.getTime();
  if (check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day) return `"${text}" has no such date`;
  if ((hour as number) > 23 || (minute as number) > 59 || second > 59) return `"${text}" has no such time of day`;
  const wallMs = wallDay + (((hour as number) * 60 + (minute as number)) * 60 + second) * 1000 + fraction;
  const offsetText = m[8];
  let epochMs: number;
  if (offsetText !== undefined) {
    let offsetMinutes = 0;
    if (offsetText !== "Z") {
      const digits = offsetText.slice(1).replace(":", "");
      const [offsetHours, offsetMins] = [Number(digits.slice(0, 2)), digits.length > 2 ? Number(digits.slice(2)) : 0];
      if (offsetHours > 18 || offsetMins > 59 || (offsetHours === 18 && offsetMins > 0)) return `"${text}" has no such UTC offset (offsets run from -18:00 to +18:00)`;
      offsetMinutes = (offsetText[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
    }
    epochMs = wallMs - offsetMinutes * 60_000;
  } else if (zone !== null) {
    // Two rounds find the offset in force at the wall time (and step over a gap at a clock change).
    let guess = wallMs - zoneOffsetMs(wallMs, zone);
    guess = wallMs - zoneOffsetMs(guess, zone);
    epochMs = guess;
  } else {
    return `"${text}" has no UTC offset (such as +06:00 or Z); give the records' time zone with --tz ZONE (such as Asia/Almaty)`;
  }
  return { epochMs, day: wallDay / MS_PER_DAY, hour: hour as number };
}
