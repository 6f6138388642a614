import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../web/charts/contrast.js";
import { categoryColor, directionColors, ink, okabeIto, onWhite, scenarioColor } from "../../../web/charts/palette.js";

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

  it("categoryColor(index) and scenarioColor(index) have at least 3:1 contrast against white, as graphics need", () => {
    for (let i = 0; i < 8; i++) {
      expect(contrastRatio(categoryColor(i), ink.background), `category ${i}: ${categoryColor(i)}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(scenarioColor(i), ink.background), `scenario ${i}: ${scenarioColor(i)}`).toBeGreaterThanOrEqual(3);
    }
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7].map(categoryColor)).size).toBe(8);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(categoryColor)).not.toContain(okabeIto.orange);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(categoryColor)).not.toContain(okabeIto.skyBlue);
    expect(() => categoryColor(1.5)).toThrow(/got 1.5/);
  });

  it("contrastRatio(a, b) is 21 for black on white and 2.25 for Okabe–Ito orange, which onWhite.amber replaces", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 9);
    expect(contrastRatio(okabeIto.orange, "#ffffff")).toBeCloseTo(2.25, 2);
    expect(contrastRatio(okabeIto.skyBlue, "#ffffff")).toBeCloseTo(2.31, 2);
    expect(contrastRatio(onWhite.amber, "#ffffff")).toBeGreaterThan(4.5);
  });
});
