import { describe, expect, it } from "vitest";
import type { Lever } from "../../../web/app/levers.js";
import { parseSweepValues, suggestedSweep } from "../../../web/app/sweep-values.js";

const lever = (kind: Lever["kind"], min: number, max: number): Lever => ({ path: "p", label: "l", group: "g", kind, min, max, step: 1, unit: "" });

describe("sweep values", () => {
  it("suggestedSweep(lever, current) spans a share, the seasons, and both states of a switch", () => {
    expect(suggestedSweep(lever("share", 0, 1), 0.2)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(suggestedSweep(lever("month", 1, 12), 9)).toEqual([1, 4, 7, 10]);
    expect(suggestedSweep(lever("switch", 0, 1), true)).toEqual([false, true]);
  });

  it("suggestedSweep(lever, current) goes around a count and a daily volume, within the lever's range", () => {
    expect(suggestedSweep(lever("count", 1, 40), 1)).toEqual([1, 2, 3]);
    expect(suggestedSweep(lever("count", 0, 5000), 0)).toEqual([0, 50, 100, 200]);
    expect(suggestedSweep(lever("rate", 1, 3000), 300)).toEqual([240, 270, 300, 330, 360]);
    expect(suggestedSweep(lever("rate", 1, 3000), 2)).toEqual([2]);
  });

  it("parseSweepValues(lever, text) checks every value as the lever's field does", () => {
    expect(parseSweepValues(lever("share", 0, 1), " 0, 0.5 ,1")).toEqual({ ok: true, values: [0, 0.5, 1] });
    expect(parseSweepValues(lever("switch", 0, 1), "false,true")).toEqual({ ok: true, values: [false, true] });
    expect(parseSweepValues(lever("share", 0, 1), "0,2")).toEqual({ ok: false, messages: ["2: must be from 0 to 1, got 2"] });
    expect(parseSweepValues(lever("count", 1, 40), "3")).toEqual({ ok: false, messages: ["enter two or more values separated by commas"] });
    expect(parseSweepValues(lever("count", 1, 40), "1,2,3,4,5,6,7,8,9,10,11,12,13")).toEqual({ ok: false, messages: ["at most 12 values in the browser, got 13"] });
  });
});
