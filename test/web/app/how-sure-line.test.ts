import { describe, expect, it } from "vitest";
import { howSureLine } from "../../../web/app/how-sure-line.js";
import { sealsSpread } from "../charts/analysis-fixtures.js";

describe("howSureLine(measure, spread)", () => {
  it("howSureLine(measure, spread) says between which hours the measure saves time and in how many worlds", () => {
    expect(howSureLine("seals", sealsSpread)).toBe(
      "Across the plausible range of the assumptions, seals save between 0.1 and 4.2 hours a truck (Kyrgyzstan → Kazakhstan, 5% to 95% of 12 plausible worlds); they save time in 75% of them.",
    );
  });

  it("howSureLine(measure, spread) says so when some worlds lose time, and says nothing for another metric", () => {
    const metric = "directions.kg-to-kz.crossingHours";
    const mixed = { ...sealsSpread, metrics: { [metric]: { ...sealsSpread.metrics[metric]!, p95: 0.6 } } };
    expect(howSureLine("seals", mixed)).toMatch(/seals range from saving 4\.2 hours a truck to costing 0\.6 \(/);
    const other = { ...sealsSpread, metrics: { "directions.kg-to-kz.trucksPerDay": sealsSpread.metrics[metric]! } };
    expect(howSureLine("seals", other)).toBeUndefined();
  });
});
