import { describe, expect, it } from "vitest";
import { categoryColor, directionColors, okabeIto, scenarioColor } from "../../../web/charts/palette.js";

describe("palette", () => {
  it("directionColors gives each direction its own Okabe–Ito colour", () => {
    expect(directionColors["kg-to-kz"]).not.toBe(directionColors["kz-to-kg"]);
    for (const color of Object.values(directionColors)) expect(Object.values(okabeIto)).toContain(color);
  });

  it("scenarioColor(index) draws the baseline black and the next six scenarios in distinct colours", () => {
    expect(scenarioColor(0)).toBe(okabeIto.black);
    expect(new Set([0, 1, 2, 3, 4, 5, 6].map(scenarioColor)).size).toBe(7);
    expect(scenarioColor(7)).toBe(scenarioColor(0));
    expect(() => scenarioColor(-1)).toThrow("scenarioColor(index): index must be a non-negative integer, got -1");
  });

  it("categoryColor(index) keeps yellow, too pale for lines, for the eighth category", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(categoryColor)).not.toContain(okabeIto.yellow);
    expect(categoryColor(7)).toBe(okabeIto.yellow);
    expect(() => categoryColor(1.5)).toThrow(/got 1.5/);
  });
});
