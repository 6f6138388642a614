import { describe, expect, it } from "vitest";
import { readArrivals } from "../../../src/scenario/records/read-arrivals.js";
import { readDurations } from "../../../src/scenario/records/read-durations.js";
import { RecordsError } from "../../../src/scenario/records/records-error.js";
import { parseRecordNumber } from "../../../src/scenario/records/parse-number.js";

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof RecordsError) return error.message;
    throw error;
  }
  throw new Error("did not throw");
}

describe("readDurations(text, file, options)", () => {
  it("readDurations(text, file) reads the only column", () => {
    expect(readDurations("minutes\n4.5\n5\n", "s.csv").durations).toEqual([4.5, 5]);
  });

  it("readDurations(text, file, { column }) reads the named column and only the chosen direction", () => {
    const text = "direction,truck,minutes\nkg-to-kz,1,4\nkz-to-kg,2,9\nkg-to-kz,3,5\n";
    expect(readDurations(text, "s.csv", { column: "minutes", direction: "kg-to-kz" }).durations).toEqual([4, 5]);
    expect(messageOf(() => readDurations(text, "s.csv", { column: "minutes" }))).toBe('s.csv:1: column "direction": holds several directions (kg-to-kz, kz-to-kg); choose one with --direction');
  });

  it("readDurations(text, file) computes start → end in the unit asked for", () => {
    const text = "start,end\n2023-05-01T07:00+06:00,2023-05-01T07:04:30+06:00\n2023-05-01T23:58+06:00,2023-05-02T00:04+06:00\n";
    expect(readDurations(text, "s.csv").durations).toEqual([4.5, 6]);
    expect(readDurations(text, "s.csv", { unit: "hours" }).durations).toEqual([4.5 / 60, 0.1]);
  });

  it("readDurations(text, file) names the line and column of every bad value, zero and negative durations and an end before its start", () => {
    expect(messageOf(() => readDurations("minutes\n4\nabc\n0\n-2\n\n", "s.csv"))).toBe(
      's.csv:3: column "minutes": "abc" is not a number\ns.csv:4: column "minutes": 0 is not a duration > 0\ns.csv:5: column "minutes": -2 is not a duration > 0',
    );
    expect(messageOf(() => readDurations("start,end\n2023-05-01T07:00Z,2023-05-01T06:00Z\n", "s.csv"))).toBe(
      's.csv:2: column "end": ends before its start (2023-05-01T07:00Z → 2023-05-01T06:00Z); a duration must be > 0',
    );
  });

  it("readDurations(text, file, { skipBad: true }) skips and counts bad rows", () => {
    const read = readDurations("minutes\n4\nabc\n0\n5\n", "s.csv", { skipBad: true });
    expect(read.durations).toEqual([4, 5]);
    expect(read.skipped.map((p) => p.line)).toEqual([3, 4]);
  });

  it("readDurations(text, file) asks which column when it is unclear", () => {
    expect(messageOf(() => readDurations("a,b\n1,2\n", "s.csv"))).toMatch(/which column holds the durations\? The columns are "a", "b"/);
    expect(messageOf(() => readDurations("a,b\n1,2\n", "s.csv", { column: "c" }))).toBe('s.csv:1: --column "c": no such column; the columns are "a", "b"');
  });

  it("parseRecordNumber(text, delimiter) takes a decimal comma only in a semicolon file", () => {
    expect(parseRecordNumber("4,6", ";")).toBe(4.6);
    expect(parseRecordNumber("4,6", ",")).toBe('"4,6" is not a number');
    expect(parseRecordNumber("", ",")).toBe("is empty (a number is expected)");
  });
});

describe("readArrivals(text, file, options)", () => {
  it("readArrivals(text, file) gives each arrival's local date and hour", () => {
    const read = readArrivals("arrival\n2023-05-01T07:30+06:00\n2023-05-01T23:10+06:00\n", "a.csv");
    const day = Date.UTC(2023, 4, 1) / 86_400_000;
    expect(read.arrivals).toEqual([{ day, hour: 7 }, { day, hour: 23 }]);
  });

  it("readArrivals(text, file) names a record out of time order and the one before it", () => {
    expect(messageOf(() => readArrivals("arrival\n2023-05-01T07:30+06:00\n2023-05-01T07:10+06:00\n", "a.csv"))).toBe(
      'a.csv:3: column "arrival": 2023-05-01T07:10+06:00 is earlier than 2023-05-01T07:30+06:00 on line 2: arrival records must be in time order (sort the file by this column)',
    );
  });

  it("readArrivals(text, file) needs --tz for local times", () => {
    expect(messageOf(() => readArrivals("arrival\n2023-05-01T07:30\n", "a.csv"))).toMatch(/^a\.csv:2: column "arrival": .*--tz ZONE/);
  });
});
