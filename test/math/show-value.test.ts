import { describe, expect, it } from "vitest";
import { showValue } from "../../src/math/index.js";

describe("showValue(value)", () => {
  it("showValue(value) prints numbers, booleans, null and undefined as JavaScript does", () => {
    expect([showValue(-1), showValue(Number.NaN), showValue(Infinity), showValue(true), showValue(null), showValue(undefined)]).toEqual(["-1", "NaN", "Infinity", "true", "null", "undefined"]);
  });

  it("showValue(value) quotes strings and cuts long ones, so a message stays one line", () => {
    expect(showValue("expo")).toBe('"expo"');
    const long = showValue("x".repeat(100));
    expect(long).toHaveLength(40);
    expect(long).toMatch(/^"x+\.\.\."$/);
  });

  it("showValue(value) shows arrays by length and other objects and functions by kind, never as [object Object]", () => {
    expect([showValue([1, 2]), showValue([]), showValue({ mean: 2 }), showValue(() => 1)]).toEqual(["an array of length 2", "an array of length 0", "an object", "a function"]);
  });
});
