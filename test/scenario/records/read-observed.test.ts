import { describe, expect, it } from "vitest";
import { readObservedTimes, RecordsError } from "../../../src/scenario/index.js";

const twelve = (direction: string, from: number): string[] => Array.from({ length: 12 }, (_, i) => `${direction},${from + i},${(from + i) / 2}`);

describe("readObservedTimes(text, file, options)", () => {
  it("readObservedTimes(text, file, { metric, direction }) reads the metric's column (hours) of that direction's rows", () => {
    const text = ["direction,crossingHours,waitHours", ...twelve("kg-to-kz", 1), ...twelve("kz-to-kg", 101)].join("\n");
    const crossing = readObservedTimes(text, "c.csv", { metric: "crossingHours", direction: "kz-to-kg" });
    expect(crossing.source).toBe("crossingHours");
    expect(crossing.durations).toEqual(Array.from({ length: 12 }, (_, i) => 101 + i));
    const waiting = readObservedTimes(text, "c.csv", { metric: "waitHours", direction: "kg-to-kz" });
    expect(waiting.durations).toEqual(Array.from({ length: 12 }, (_, i) => (1 + i) / 2));
  });

  it("readObservedTimes(text with start and end, ...) gives their difference in hours", () => {
    const rows = Array.from({ length: 10 }, (_, i) => `2023-05-08T0${i}:00:00+06:00,2023-05-08T1${i}:30:00+06:00`);
    expect(readObservedTimes(["start,end", ...rows].join("\n"), "s.csv", { metric: "crossingHours", direction: "kg-to-kz" }).durations).toEqual(new Array(10).fill(10.5));
  });

  it("readObservedTimes(bad rows, ...) throws a RecordsError naming each bad row's line and column", () => {
    const text = ["# a comment", "direction,crossingHours,waitHours", ...twelve("kg-to-kz", 1), "kg-to-kz,abc,1", "kg-to-kz,0,1"].join("\n");
    let error: unknown;
    try {
      readObservedTimes(text, "bad.csv", { metric: "crossingHours", direction: "kg-to-kz" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RecordsError);
    expect((error as RecordsError).problems.map((p) => [p.line, p.column])).toEqual([[15, "crossingHours"], [16, "crossingHours"]]);
    expect((error as Error).message).toBe('bad.csv:15: column "crossingHours": "abc" is not a number\nbad.csv:16: column "crossingHours": 0 is not a duration > 0');
  });

  it("readObservedTimes(fewer than 10 values of the direction, ...) throws a RangeError saying how many there are", () => {
    const text = ["direction,crossingHours,waitHours", ...twelve("kg-to-kz", 1), "kz-to-kg,3,1"].join("\n");
    expect(() => readObservedTimes(text, "few.csv", { metric: "crossingHours", direction: "kz-to-kg" })).toThrow(new RangeError('"few.csv" holds 1 observed values; at least 10 are needed'));
  });
});
