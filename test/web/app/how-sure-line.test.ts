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

  it("howSureLine(measure, spread) says why the share is low when every world's mean saves time but few intervals exclude no change", () => {
    const metric = "directions.kg-to-kz.crossingHours";
    const few = { ...sealsSpread, replications: 2, metrics: { [metric]: { ...sealsSpread.metrics[metric]!, shareHelps: 0 } } };
    expect(howSureLine("seals", few)).toBe(
      "Across the plausible range of the assumptions, seals save between 0.1 and 4.2 hours a truck (Kyrgyzstan → Kazakhstan, 5% to 95% of 12 plausible worlds); they save time in 0% of them."
      + " A world counts only when its own 95% interval (from 2 replications) excludes no change; more replications a world would sharpen that share.",
    );
    // Not when the share is already most worlds, nor when some worlds lose time (the range says so itself).
    expect(howSureLine("seals", { ...few, metrics: { [metric]: { ...few.metrics[metric]!, shareHelps: 0.5 } } })).toMatch(/in 50% of them\.$/);
    expect(howSureLine("seals", { ...few, metrics: { [metric]: { ...few.metrics[metric]!, p95: 0.6 } } })).toMatch(/in 0% of them\.$/);
    // One replication a world: no world has an interval, so more replications are not a sharpening but the only way to a share.
    expect(howSureLine("seals", { ...few, replications: 1 })).toMatch(
      /in 0% of them\. A world counts only when its own 95% interval excludes no change, and with 1 replication a world has no interval; run 2 or more a world to see that share\.$/,
    );
  });
});
