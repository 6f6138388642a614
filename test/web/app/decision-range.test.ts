import { describe, expect, it } from "vitest";
import { decisionRangeText, parseDecisionRange } from "../../../web/app/decision-range.js";

describe("decision ranges", () => {
  it("parseDecisionRange(text) reads a list, a range and a range with a step", () => {
    expect(parseDecisionRange(" 1, 2 ,4")).toEqual({ ok: true, range: { values: [1, 2, 4] } });
    expect(parseDecisionRange("3 to 8")).toEqual({ ok: true, range: { min: 3, max: 8 } });
    expect(parseDecisionRange("0 TO 1 step 0.25")).toEqual({ ok: true, range: { min: 0, max: 1, step: 0.25 } });
  });

  it("parseDecisionRange(text) passes numbers on as typed, for the study loader to judge (8 to 3 is its to refuse)", () => {
    expect(parseDecisionRange("8 to 3")).toEqual({ ok: true, range: { min: 8, max: 3 } });
  });

  it("parseDecisionRange(text) refuses blank text and words, saying what to write", () => {
    expect(parseDecisionRange("  ")).toEqual({ ok: false, message: expect.stringMatching(/^give the values to try/) });
    expect(parseDecisionRange("1, two")).toEqual({ ok: false, message: expect.stringMatching(/^"two" is not a number; write a list/) });
    expect(parseDecisionRange("1,,2")).toEqual({ ok: false, message: expect.stringMatching(/^"" is not a number/) });
    expect(parseDecisionRange("1 to x")).toEqual({ ok: false, message: '"x" is not a number' });
  });

  it("decisionRangeText(range) writes what parseDecisionRange reads back", () => {
    for (const range of [{ values: [1, 2] }, { min: 3, max: 8 }, { min: 0, max: 1, step: 0.25 }]) {
      expect(parseDecisionRange(decisionRangeText(range))).toEqual({ ok: true, range });
    }
    expect(decisionRangeText({ values: [8, 10, 12] })).toBe("8, 10, 12");
  });
});
