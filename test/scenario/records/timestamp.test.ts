import { describe, expect, it } from "vitest";
import { parseTimestamp, zoneFormat, type Timestamp } from "../../../src/scenario/records/timestamp.js";

const ok = (text: string, zone: Intl.DateTimeFormat | null = null): Timestamp => {
  const t = parseTimestamp(text, zone);
  if (typeof t === "string") throw new Error(t);
  return t;
};

describe("parseTimestamp(text, zone)", () => {
  it("parseTimestamp(text with an offset) gives the instant and the record's own local date and hour", () => {
    const t = ok("2023-05-01T07:30:15+06:00");
    expect(t.epochMs).toBe(Date.UTC(2023, 4, 1, 1, 30, 15));
    expect(t.day).toBe(Date.UTC(2023, 4, 1) / 86_400_000);
    expect(t.hour).toBe(7);
    expect(ok("2023-05-01 07:30Z").epochMs).toBe(Date.UTC(2023, 4, 1, 7, 30));
    expect(ok("2023-05-01T07:30-0230").epochMs).toBe(Date.UTC(2023, 4, 1, 10, 0));
    expect(ok("2023-05-01T07:30:00.250+06").epochMs).toBe(Date.UTC(2023, 4, 1, 1, 30, 0, 250));
  });

  it("parseTimestamp(local text, zone) uses the zone's offset, summer time included", () => {
    expect(ok("2023-05-01T07:30", zoneFormat("Asia/Bishkek")).epochMs).toBe(Date.UTC(2023, 4, 1, 1, 30));
    expect(ok("2023-07-01T12:00", zoneFormat("Europe/Berlin")).epochMs).toBe(Date.UTC(2023, 6, 1, 10, 0));
    expect(ok("2023-01-01T12:00", zoneFormat("Europe/Berlin")).epochMs).toBe(Date.UTC(2023, 0, 1, 11, 0));
  });

  it("parseTimestamp(text, zone) says what is wrong", () => {
    expect(parseTimestamp("2023-05-01T07:30", null)).toMatch(/has no UTC offset.*--tz ZONE/);
    expect(parseTimestamp("01.05.2023 07:30", null)).toMatch(/is not a date and time like/);
    expect(parseTimestamp("2023-02-30T07:30Z", null)).toMatch(/has no such date/);
    expect(parseTimestamp("2023-02-03T24:30Z", null)).toMatch(/has no such time of day/);
  });

  it("zoneFormat(zone) is null for an unknown zone", () => {
    expect(zoneFormat("Asia/Nowhere")).toBeNull();
  });
});
